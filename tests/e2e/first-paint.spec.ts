// The sign-in page is painted by atrium-server before the app runs (server/src/first_paint.rs):
// the brand, the page's words in the customer's language and the form, in the place the app's
// card takes; what is typed into it before the app is there is carried into the app's form.
import { test, expect } from './fixtures';
import { expectSignInPaintedInPlace, holdTheApp } from './first-paint';

test('the sign-in card is painted before the app, and the app\'s card takes its place unmoved', async ({ page }) => {
  await expectSignInPaintedInPlace(page, { title: 'Sign in to your account', brand: 'Atrium Hosting' });
  // Also on a phone, where the card's padding is narrower.
  await page.setViewportSize({ width: 390, height: 844 });
  await expectSignInPaintedInPlace(page, { title: 'Sign in to your account', brand: 'Atrium Hosting' });
});

test('what is typed before the app is there is kept, cursor included, and signs in', async ({ page }) => {
  const release = await holdTheApp(page);
  const sent: string[] = [];
  let bundle = 0;
  page.on('request', (r) => {
    if (r.method() !== 'GET' || r.url().includes('demo1234')) sent.push(`${r.method()} ${r.url()}`);
    if (r.url().endsWith('/signed-in.bin')) bundle++;
  });
  await page.goto('/login');
  // The painted form, while the app is still held back.
  await page.getByLabel('Email address').fill('demo@atrium.test');
  await page.getByLabel('Keep me signed in on this device').check();
  const password = page.getByLabel('Password');
  await password.fill('demo1234');
  // The last four characters selected, as a customer about to retype them.
  for (let i = 0; i < 4; i++) await password.press('Shift+ArrowLeft');
  expect(await password.evaluate((e: HTMLInputElement) => [e.selectionStart, e.selectionEnd])).toEqual([4, 8]);
  release();
  // The app's form holds it all, and the cursor is where it was.
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  await expect(page.locator('form[data-painted]')).toHaveCount(0);
  await expect(page.getByLabel('Email address')).toHaveValue('demo@atrium.test');
  await expect(page.getByLabel('Keep me signed in on this device')).toBeChecked();
  await expect(password).toHaveValue('demo1234');
  await expect(password).toBeFocused();
  expect(await password.evaluate((e: HTMLInputElement) => [e.selectionStart, e.selectionEnd])).toEqual([4, 8]);
  // Typing goes on where it was: the selection is replaced.
  await page.keyboard.type('1234');
  await expect(password).toHaveValue('demo1234');
  expect(sent).toEqual([]);
  // The customer has begun: the signed-in shell and dashboard load without another touch.
  await expect.poll(() => bundle).toBe(1);
  // What was carried is what the app sends (its state, not only its fields' text).
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: /Welcome back/ })).toBeVisible();
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('atrium.session') ?? '{}').remember)).toBe(true);
});

test('Sign in pressed before the app is there is kept, said, and sent once when the app is in', async ({ page }) => {
  const release = await holdTheApp(page);
  const logins: string[] = [];
  page.on('request', (r) => { if (r.url().endsWith('/api/login')) logins.push(r.method()); });
  await page.goto('/login');
  await expect(page.locator('form[data-painted]')).toHaveCount(1);
  await page.getByLabel('Email address').fill('demo@atrium.test');
  await page.getByLabel('Password').fill('demo1234');
  // The page's loader takes the press (the app is still held back): the button says so at once.
  await page.getByRole('button', { name: 'Sign in' }).click();
  const busy = page.getByRole('button', { name: 'Signing in…' });
  await expect(busy).toBeDisabled();
  await expect(busy).toHaveAttribute('aria-busy', 'true');
  // Pressed again (Enter in the field): nothing more is kept, and the browser submits nothing.
  await page.getByLabel('Password').press('Enter');
  await page.waitForTimeout(300);
  expect(page.url()).toMatch(/\/login$/);
  expect(logins).toEqual([]);
  release();
  await expect(page.getByRole('heading', { name: /Welcome back/ })).toBeVisible();
  expect(logins).toEqual(['POST']);
});

test('Enter pressed before the app with a field left empty gets the app\'s own check, and sends nothing', async ({ page }) => {
  const release = await holdTheApp(page);
  let logins = 0;
  page.on('request', (r) => { if (r.url().endsWith('/api/login')) logins++; });
  await page.goto('/login');
  await page.getByLabel('Email address').fill('demo@atrium.test');
  await page.getByLabel('Email address').press('Enter');
  await expect(page.getByRole('button', { name: 'Signing in…' })).toBeDisabled();
  release();
  const password = page.getByLabel('Password');
  await expect(page.locator('form[data-painted]')).toHaveCount(0);
  await expect(password).toBeFocused();
  await expect(page.locator('#login-password-error')).toHaveText('This field is required.');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  await page.waitForTimeout(300);
  expect(logins).toBe(0);
  // And the customer goes on from there.
  await password.fill('demo1234');
  await password.press('Enter');
  await expect(page.getByRole('heading', { name: /Welcome back/ })).toBeVisible();
  expect(logins).toBe(1);
});

test('the painted forgotten-password link works before the app is there', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('/login');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page).toHaveURL(/\/login\/forgot$/);
  release();
  await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
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

test('with the stored choice gone but the cookie kept, the app goes on in the language painted', async ({ page, context, baseURL }) => {
  // Site storage cleared, cookies kept: the server paints Vietnamese from the cookie.
  await context.addCookies([{ name: 'atrium_lang', value: 'vi', url: baseURL! }]);
  const release = await holdTheApp(page);
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Đăng nhập vào tài khoản của bạn' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('atrium.prefs'))).toBeNull();
  release();
  await expect(page.locator('#app form:not([data-painted])')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Đăng nhập vào tài khoản của bạn' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeEnabled();
  expect(await page.getAttribute('html', 'lang')).toBe('vi');
  // And the cookie still says so.
  expect((await context.cookies()).find((c) => c.name === 'atrium_lang')?.value).toBe('vi');
});

test('a deep link does not flash a sign-in card at a signed-in customer', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('/invoices');
  await expect(page.locator('.auth-card')).toBeVisible();
  await expect(page.getByText('Sign in to your account')).toHaveCount(0);
  release();
});
