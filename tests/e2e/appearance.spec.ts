import { test, expect, logIn, userMenu, signOut } from './fixtures';
import * as path from 'node:path';

const shots = path.resolve(__dirname, '../../target/screenshots');

test('Vietnamese renders and is remembered', async ({ page }) => {
  await logIn(page);
  await userMenu(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('vi');
  await expect(page.getByRole('heading', { name: 'Chào mừng bạn quay lại' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  // Vietnamese number style: decimal comma, "US$" after the amount.
  await expect(page.getByRole('region', { name: 'Số dư' })).toContainText(/\d+,\d{2} US\$/);
  await page.screenshot({ path: `${shots}/dashboard-vi.png`, fullPage: true });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Chào mừng bạn quay lại' })).toBeVisible();
  await userMenu(page);
  await page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en');
});

test('dark theme renders with the dark tokens', async ({ page }) => {
  await logIn(page);
  await userMenu(page);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(15, 20, 32)');
  // The brand's dark primary from config.json is applied at run time.
  const primary = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand-primary').trim());
  expect(primary).toBe('#7b9cff');
  await page.screenshot({ path: `${shots}/dashboard-dark.png`, fullPage: true });
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
});

test('the layout works at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/login');
  await page.screenshot({ path: `${shots}/login-narrow.png` });
  await logIn(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Invoices' })).toBeVisible();
  await page.screenshot({ path: `${shots}/dashboard-narrow.png`, fullPage: true });
});

test('the strict CSP is served and the app runs under it', async ({ page, request }) => {
  const r = await request.get('/');
  const csp = r.headers()['content-security-policy'];
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(r.headers()['x-content-type-options']).toBe('nosniff');
  await logIn(page); // the fixture fails the test on any CSP violation
});
