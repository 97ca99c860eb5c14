// Accessibility: axe-core (WCAG 2.1 A and AA rules) on every page a customer reaches, in the light
// and dark themes, at a phone's width (390 px) and a desktop's (1280 px). Zero violations: a
// failure lists each rule, its impact and the elements that break it.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, logIn } from './fixtures';
import { holdTheApp } from './first-paint';

const PAGES: [string, string][] = [
  ['/', 'Welcome back'],
  ['/invoices', 'Invoices'],
  ['/invoices/1040', 'Invoice #'],
  ['/invoices/pay-all', ''],
  ['/funds', ''],
  ['/estimates', ''],
  ['/estimates/1', ''],
  ['/services', 'Services'],
  ['/services/303', ''],
  ['/services/308', ''],
  ['/services/301', ''],
  ['/services/303/vms/9001', ''],
  ['/dns', 'DNS zones'],
  ['/dns/306/1', ''],
  ['/order', ''],
  ['/order/20', 'Cloud S'],
  ['/cart', ''],
  ['/support', ''],
  ['/support/new', ''],
  ['/support/736633', ''],
  ['/account', ''],
  ['/certificates', 'SSL certificates'],
  ['/certificates/320', 'PositiveSSL'],
  ['/certificates/order', 'Order an SSL certificate'],
  ['/affiliate', 'Affiliate programme'],
  ['/news', 'News and downloads'],
  ['/domains?name=nguyenstudio', 'Results'],
  ['/services/306', ''],
  ['/notifications', 'Notifications'],
];

async function violations(page: any) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v: any) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')).join(' | ')}`);
}

for (const theme of ['light', 'dark']) {
  for (const width of [390, 1280]) {
    test(`no axe violations on any page, ${theme} theme, ${width} px`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/login');
      await page.evaluate((t) => localStorage.setItem('atrium.prefs', JSON.stringify({ lang: 'en', theme: t })), theme);
      await page.reload();
      // The app's form, not the one the server paints before it (checked on its own below).
      await expect(page.locator('#app form:not([data-painted])')).toBeVisible();
      const found: string[] = (await violations(page)).map((v) => `/login: ${v}`);
      await logIn(page);
      for (const [path, heading] of PAGES) {
        await page.goto(path);
        await expect(page.getByRole('main')).toBeVisible();
        if (heading) await expect(page.getByRole('heading', { name: heading }).first()).toBeVisible();
        // Let the page's data arrive: nothing left saying it is loading.
        await expect(page.getByText('Loading…')).toHaveCount(0, { timeout: 10_000 });
        found.push(...(await violations(page)).map((v) => `${path}: ${v}`));
      }
      expect(found).toEqual([]);
    });
  }
}

test('the sign-in form atrium-server paints before the app has no axe violations either', async ({ page }) => {
  for (const theme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: theme as 'light' | 'dark' });
    const release = await holdTheApp(page);
    await page.goto('/login');
    await expect(page.locator('form[data-painted]')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    // Its Sign in taken before the app: "Signing in…" is announced the same way.
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: 'Signing in…' })).toBeDisabled();
    expect(await violations(page)).toEqual([]);
    release();
    await expect(page.locator('#app form:not([data-painted])')).toBeVisible();
  }
});
