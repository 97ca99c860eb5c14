// Ad-hoc screenshots: node shot.mjs <base> <email> <password> <out-prefix> <path>...
// (env THEME, WIDTH, LOCALE; PREFS='{"lang":"vi","theme":"dark"}' sets the app's own preferences;
// SELECTOR='#vm-backups-title' shots only the section that holds that element)
import { chromium } from '@playwright/test';
const [base, email, password, prefix, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(process.env.WIDTH || 1280), height: 900 }, colorScheme: process.env.THEME || 'light', locale: process.env.LOCALE || 'en-US' });
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
page.on('console', (m) => { if (m.type() === 'error') console.log('CONSOLE', m.text()); });
await page.goto(base + '/login');
await page.getByLabel(/Email|Địa chỉ email/).fill(email);
await page.getByLabel(/^Password|^Mật khẩu/).fill(password);
await page.getByRole('button', { name: /Sign in|Đăng nhập/ }).click();
await page.waitForURL((u) => !u.pathname.startsWith('/login'));
if (process.env.PREFS) await page.evaluate((p) => localStorage.setItem('atrium.prefs', p), process.env.PREFS);
let n = 0;
for (const p of paths) {
  await page.goto(base + p);
  await page.waitForTimeout(1200);
  if (process.env.SELECTOR) {
    await page.locator('section, article', { has: page.locator(process.env.SELECTOR) }).last().screenshot({ path: `${prefix}-${n++}.png` });
  } else {
    await page.screenshot({ path: `${prefix}-${n++}.png`, fullPage: true });
  }
}
await browser.close();
