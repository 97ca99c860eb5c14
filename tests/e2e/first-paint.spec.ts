// The sign-in page is painted by atrium-server before the app runs (server/src/first_paint.rs):
// the brand and the page's words in the customer's language, in the place the app's card takes.
import { test, expect } from './fixtures';
import { expectSignInPaintedInPlace, holdTheApp } from './first-paint';

test('the sign-in card is painted before the app, and the app\'s card takes its place unmoved', async ({ page }) => {
  await expectSignInPaintedInPlace(page, { title: 'Sign in to your account', brand: 'Atrium Hosting' });
  // Also on a phone, where the card's padding is narrower.
  await page.setViewportSize({ width: 390, height: 844 });
  await expectSignInPaintedInPlace(page, { title: 'Sign in to your account', brand: 'Atrium Hosting' });
});

test('the first paint speaks the language the customer chose in the app', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  // The customer's choice, as the app keeps it; the app tells the server through a cookie.
  await page.evaluate(() => localStorage.setItem('atrium.prefs', JSON.stringify({ lang: 'vi', theme: 'system' })));
  await page.reload();
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
  await expectSignInPaintedInPlace(page, { title: 'Đăng nhập vào tài khoản của bạn', brand: 'Atrium Hosting' });
  expect(await page.getAttribute('html', 'lang')).toBe('vi');
});

test('a deep link does not flash a sign-in card at a signed-in customer', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('/invoices');
  await expect(page.locator('.auth-card')).toBeVisible();
  await expect(page.getByText('Sign in to your account')).toHaveCount(0);
  release();
});
