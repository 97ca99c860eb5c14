import { test, expect, logIn } from './fixtures';

// HostBill domains: finding a name (suggested and on-sale extensions, one bulk search after the
// name is checked here), ordering a free one through the domain product, and a domain's
// automatic renewal and DNSSEC keys on its service page.

test('a name is checked before one search, and a free one is ordered with its name and years filled in', async ({ page }) => {
  const searches: any[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/domain/bulksearch')) searches.push(JSON.parse(r.postData() ?? '{}'));
  });
  await logIn(page);
  await page.evaluate(() => localStorage.removeItem('atrium.cart'));
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Order' }).click();
  await page.getByRole('link', { name: 'Find a domain' }).click();
  await expect(page).toHaveURL(/\/domains$/);
  await expect(page.getByRole('heading', { name: 'Find a domain', level: 1 })).toBeVisible();
  // The portal's sale: the first year's price and the usual one.
  const sale = page.getByRole('region', { name: 'On sale' });
  await expect(sale).toContainText('.shop $1.99 the first year usually $24.99');

  // Nothing typed, a space, a symbol in the extension: said beside the field, nothing sent.
  const name = page.getByRole('searchbox', { name: 'Domain name' });
  const search = page.getByRole('button', { name: 'Search' });
  await search.click();
  await expect(page.getByText('Type a name to search for.')).toBeVisible();
  await name.fill('my shop');
  await search.click();
  await expect(page.getByText('A domain name has letters, digits and hyphens only')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await name.fill('nguyenstudio.c_m');
  await search.click();
  await expect(page.getByText('The extension after the dot is not one')).toBeVisible();
  expect(searches).toEqual([]);

  // The whole name typed: its extension is asked first, then the suggested ones, in one search.
  await name.fill('NguyenStudio.ai');
  await search.click();
  const results = page.getByRole('region', { name: 'Results' });
  const row = (d: string) => results.getByRole('listitem').filter({ hasText: new RegExp(`^${d.replace('.', '\\.')}`) });
  await expect(row('nguyenstudio.com')).toContainText('Taken');
  await expect(row('nguyenstudio.net')).toContainText('Available');
  await expect(row('nguyenstudio.net')).toContainText('$14.99 a year');
  await expect(row('nguyenstudio.ai')).toContainText('$160.00 for 2 years');
  // On sale: the first year's price, and what the renewals cost after it.
  await expect(row('nguyenstudio.shop')).toContainText('$1.99 the first year, then $24.99 a year');
  expect(searches).toEqual([{ name: 'nguyenstudio', tlds: '.ai,.com,.net,.vn,.shop' }]);
  await expect(page).toHaveURL(/\/domains\?name=NguyenStudio\.ai$/);
  // A taken name cannot be ordered.
  await expect(results.getByRole('link', { name: 'Order nguyenstudio.com' })).toHaveCount(0);

  // Back from the product, the search is run again from the address.
  await results.getByRole('link', { name: 'Order nguyenstudio.ai' }).click();
  await expect(page).toHaveURL(/\/order\/30\?domain=nguyenstudio\.ai&cycle=b$/);
  await expect(page.getByRole('textbox', { name: 'Domain name' })).toHaveValue('nguyenstudio.ai');
  await expect(page.getByLabel('Billing cycle')).toHaveValue('b');
  // The portal's quote charges what the search said, and the chosen period says the same.
  await expect(page.getByRole('complementary')).toContainText('$160.00');
  await expect(page.getByLabel('Billing cycle').locator('option:checked')).toHaveText('every 2 years — $160.00');
  await page.goBack();
  await expect(row('nguyenstudio.ai')).toContainText('$160.00 for 2 years');
  expect(searches.length).toBe(2);
  await results.getByRole('link', { name: 'Order nguyenstudio.ai' }).click();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await expect(page.getByRole('listitem').filter({ hasText: 'nguyenstudio.ai' })).toContainText('$160.00');
});

test('a domain\'s automatic renewal is switched (off only once confirmed) and a DNSSEC key is removed once', async ({ page }) => {
  const sent: string[] = [];
  page.on('request', (r) => {
    if (/\/api\/domain\/306\//.test(r.url())) sent.push(`${r.method()} ${new URL(r.url()).pathname} ${r.postData() ?? ''}`.trim());
  });
  await logIn(page);
  await page.goto('/services/306');
  const renewal = page.getByRole('region', { name: 'Automatic renewal' });
  const toggle = renewal.getByRole('switch', { name: 'Automatic renewal' });
  await expect(toggle).toHaveAttribute('aria-checked', 'true');

  // Turning it off says what it risks; Cancel sends nothing.
  await toggle.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('nguyenstudio.com will not be renewed by itself');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(sent).toEqual([]);
  await toggle.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Turn off' }).dblclick();
  await expect(renewal.getByRole('status')).toHaveText('Automatic renewal is off.');
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  expect(sent).toEqual(['PUT /api/domain/306/autorenew {"autorenew":"0"}']);
  // Turning it on risks nothing: sent straight away.
  await toggle.click();
  await expect(renewal.getByRole('status')).toHaveText('Automatic renewal is on.');
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  expect(sent.length).toBe(2);

  // The keys the portal lists with the domain; removing one is confirmed and sent once.
  const keys = renewal.getByRole('table', { name: 'DNSSEC keys' });
  await expect(keys.getByRole('row')).toHaveCount(3);
  await expect(keys).toContainText('13 · ECDSA P-256/SHA-256');
  await keys.getByRole('button', { name: 'Remove DNSSEC key 2371 (4 · SHA-384)' }).click();
  await expect(page.getByRole('dialog')).toContainText('Remove the DS record of key 2371 (4 · SHA-384) from nguyenstudio.com?');
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).dblclick();
  await expect(renewal.getByRole('status')).toHaveText('The DNSSEC key 2371 was removed.');
  await expect(keys.getByRole('row')).toHaveCount(2);
  await expect(keys).toContainText('2 · SHA-256');
  await expect(keys).not.toContainText('SHA-384');
  expect(sent.filter((s) => s.startsWith('DELETE'))).toEqual(['DELETE /api/domain/306/dnssec/2']);
});
