import { test, expect, logIn } from './fixtures';
import * as fs from 'node:fs';
import * as path from 'node:path';

const secondBrand = fs.readFileSync(path.resolve(__dirname, '../../public/config.example-second-brand.json'), 'utf8');

test('a reseller re-brands by editing config.json, without a rebuild', async ({ page }) => {
  await page.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body: secondBrand }));
  await page.goto('/login');
  // Vietnamese first for this brand, its name in the title and the card.
  await expect(page.getByRole('heading', { name: 'Đăng nhập vào tài khoản của bạn' })).toBeVisible();
  await expect(page).toHaveTitle('Sao Viet Cloud');
  const primary = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand-primary').trim());
  expect(primary).toBe('#c2410c');
  const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(font).toContain('Georgia');
  await page.getByLabel('Địa chỉ email').fill('demo@atrium.test');
  await page.getByLabel('Mật khẩu').fill('demo1234');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Chào mừng bạn quay lại' })).toBeVisible();
  // DNS is switched off for this reseller: not in the navigation, and explained if reached by URL.
  await expect(page.getByRole('navigation').getByRole('link', { name: 'DNS' })).toHaveCount(0);
  await page.goto('/dns');
  await expect(page.getByRole('heading', { name: /Không khả dụng/ })).toBeVisible();
});

test('an invalid config.json shows every problem, never a blank page', async ({ page }) => {
  const bad = JSON.stringify({ backend: 'plesk', theme: { light: { primary: 'red;background:url(//x)' } }, areas: ['casino'] });
  await page.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body: bad }));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'This client area is misconfigured' })).toBeVisible();
  const problems = page.getByRole('listitem');
  await expect(problems).toHaveCount(3);
  await expect(problems.nth(0)).toContainText('backend');
  // The rejected colour never reached the page.
  const primary = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand-primary').trim());
  expect(primary).toContain('#2453d4'); // the stylesheet's own default
  expect(primary).not.toContain('url');
});

test('a missing config.json is reported too', async ({ page }) => {
  await page.route('**/config.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'This client area is misconfigured' })).toBeVisible();
  await expect(page.getByRole('listitem')).toContainText('HTTP 404');
});

test('a logged-in customer sees the dashboard after reload even with a slow portal', async ({ page, request }) => {
  await logIn(page);
  const card = page.getByRole('region', { name: 'Balance' });
  // The dashboard's own read is done first, so the slow answer is the reloaded page's.
  await expect(card.getByText('Account credit')).toBeVisible();
  await request.post('/api/__demo/faults', { data: { path: '/balance', kind: 'latency', value: 1500 } });
  await page.reload();
  await expect(card.getByRole('status')).toBeVisible(); // skeleton while loading
  await expect(card.getByText('Account credit')).toBeVisible();
});
