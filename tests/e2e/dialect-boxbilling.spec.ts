import { test, expect, logIn, DEMO } from './fixtures';

// The same app against the demo portal speaking BoxBilling's client API (seed 003): a guest
// login, then the client's API key as HTTP Basic on every call; errors come back with HTTP 200
// inside {"result": null, "error": {...}}. Same account as the HostBill demo (credit 25.50 USD).

const state = (page: any) => page.getByRole('article').locator('.vm-state');

test('signing in fetches the API key once and every later call carries it, never a bearer token', async ({ page }) => {
  const auth: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/client/')) auth.push(r.headers()['authorization'] ?? 'none');
  });
  await logIn(page);
  await expect(page.getByRole('region', { name: 'Balance' })).toContainText('$25.50');
  await expect(page.getByRole('region', { name: 'Balance' })).toContainText('Outstanding');
  // BoxBilling makes top-up invoices (funds_invoice), paid on its own page.
  await expect(page.getByRole('region', { name: 'Balance' }).getByRole('link', { name: /Add funds/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Unpaid invoices' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Services', level: 2 })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Menu' });
  await expect(nav.getByRole('link', { name: 'DNS' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Order' })).toHaveCount(0);
  const basic = auth.filter((a) => a.startsWith('Basic '));
  expect(basic.length).toBeGreaterThan(0);
  expect(auth.filter((a) => a.startsWith('Bearer'))).toEqual([]);
  // Only the two cookie-authorised reads of the sign-in go without the key.
  expect(auth.filter((a) => a === 'none').length).toBeLessThanOrEqual(3);
});

test('invoices are listed and opened by their hash; pages BoxBilling lacks explain themselves', async ({ page }) => {
  await logIn(page);
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Invoices' }).click();
  const firstLink = page.getByRole('table').getByRole('link').first();
  const number = await firstLink.textContent();
  await firstLink.click();
  await expect(page).toHaveURL(/\/invoices\/[0-9a-f]{32}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(number!.trim());
  await expect(page.getByRole('article').getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Apply credit' })).toHaveCount(0);
  await page.goto('/invoices/0123456789abcdef0123456789abcdef');
  await expect(page.getByText('This invoice does not exist or belongs to another account.')).toBeVisible();
  await page.goto('/invoices/pay-all');
  await expect(page.getByText(/runs on BoxBilling/)).toBeVisible();
  await page.goto('/order');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Place order' })).toHaveCount(0);
});

test('a SolusVM server reboots once, asked first, and is followed back to running', async ({ page }) => {
  let posts = 0;
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/client/servicesolusvm/reboot')) posts++; });
  await logIn(page);
  await page.goto('/services/303');
  await page.getByRole('link', { name: 'web-01' }).click();
  await expect(page).toHaveURL(/\/services\/303\/vms\/303$/);
  await expect(state(page)).toHaveText('Running');
  const power = page.getByRole('group', { name: 'Power' });
  await power.getByRole('button', { name: 'Reboot' }).click();
  const dialog = page.getByRole('dialog', { name: 'Power' });
  await expect(dialog).toContainText('Reboot web-01?');
  await dialog.getByRole('button', { name: 'Confirm' }).dblclick();
  await expect(state(page)).toHaveText('Rebooting…');
  await expect(state(page)).toHaveText('Running', { timeout: 15_000 });
  expect(posts).toBe(1);
});

test('a refused API key asks for the password in place and the page loads after', async ({ page, request }) => {
  await logIn(page);
  // The dashboard's cards read the invoice list too: let them finish before the key is refused.
  await expect(page.getByRole('region', { name: 'Balance' })).toContainText('$25.50');
  await expect(page.getByRole('region', { name: 'Unpaid invoices' })).toContainText('Next due');
  await request.post('/api/__demo/faults', { data: { path: '/client/invoice/get_list', kind: 'token_expired' } });
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Invoices' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign in again' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Email address').fill(DEMO.email);
  await dialog.getByLabel('Password').fill(DEMO.password);
  await dialog.getByRole('button', { name: 'Sign in again' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(/\/invoices$/);
  await expect(page.getByRole('table').getByRole('link').first()).toBeVisible();
});

test('a top-up invoice is made, paid on BoxBilling\'s own page, and the credit grows', async ({ page }) => {
  await logIn(page);
  await page.getByRole('region', { name: 'Balance' }).getByRole('link', { name: /Add funds/ }).click();
  await expect(page.getByLabel('Payment method')).toBeHidden();
  await page.getByLabel('Amount (USD)').fill('20');
  let posts = 0;
  page.on('request', (r) => { if (r.url().endsWith('/client/invoice/funds_invoice')) posts++; });
  await page.getByRole('button', { name: 'Create top-up invoice' }).dblclick();
  await expect(page).toHaveURL(/\/invoices\/[0-9a-f]{32}$/);
  expect(posts).toBe(1);
  const invoiceUrl = page.url();
  await page.getByRole('link', { name: 'Pay on the billing site' }).click();
  await expect(page.getByRole('heading', { name: 'BoxBilling (demo)' })).toBeVisible();
  await page.getByRole('button', { name: 'Pay now' }).click();
  await expect(page).toHaveURL(invoiceUrl);
  await expect(page.getByRole('article')).toContainText('Paid');
  await page.goto('/funds');
  const payments = page.getByRole('region', { name: 'Payments received' });
  await expect(payments.getByRole('row').nth(1)).toContainText('$20.00');
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Balance' })).toContainText('$45.50');
});

test('a renewal invoice is asked for once, and an unpaid invoice is deleted once', async ({ page }) => {
  let renewals = 0;
  let deletes = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('/client/invoice/renewal_invoice')) renewals++;
    if (r.url().endsWith('/client/invoice/delete')) deletes++;
  });
  await logIn(page);
  await page.goto('/services/303');
  const extras = page.getByRole('region', { name: 'Add-ons and plans' });
  await expect(extras).toContainText('No add-ons on this service.');
  await expect(extras.getByRole('list', { name: 'Plans this service can move to' }).getByRole('listitem').first()).toBeVisible();
  await page.getByRole('button', { name: 'Renew now' }).click();
  const renew = page.getByRole('dialog', { name: 'Renew now' });
  await expect(renew).toContainText('Create the renewal invoice for');
  await renew.getByRole('button', { name: 'Confirm' }).dblclick();
  await expect(page).toHaveURL(/\/invoices\/[0-9a-f]{32}$/);
  await expect(page.getByRole('article')).toContainText('renewal');
  expect(renewals).toBe(1);
  const number = (await page.getByRole('heading', { level: 1 }).textContent())!.replace(/^.*#/, '').trim();
  await page.getByRole('button', { name: 'Delete invoice' }).click();
  const del = page.getByRole('dialog', { name: 'Delete invoice' });
  await expect(del).toContainText(`Delete invoice #${number}? This cannot be undone.`);
  await del.getByRole('button', { name: 'Confirm' }).dblclick();
  await expect(page).toHaveURL(/\/invoices$/);
  expect(deletes).toBe(1);
  await page.getByRole('searchbox').fill(number).catch(() => {});
  await expect(page.getByRole('link', { name: number, exact: true })).toHaveCount(0);
});

test('a SolusVM server takes a new hostname and a root password of the customer\'s choosing, checked first', async ({ page }) => {
  let sent = 0;
  page.on('request', (r) => { if (/servicesolusvm\/set_(hostname|root_password)$/.test(r.url())) sent++; });
  await logIn(page);
  await page.goto('/services/303/vms/303');
  await expect(state(page)).toHaveText(/Running|Rebooting…/);
  await page.getByLabel('Hostname').fill('web 01');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Enter a host name like web1.example.com (letters, digits and hyphens).')).toBeVisible();
  await page.getByLabel('New root password (8 to 64 characters)').fill('correct-horse');
  await page.getByLabel('Repeat the password').fill('correct-hose');
  await page.getByRole('button', { name: 'Set root password' }).click();
  await expect(page.getByText('The two passwords differ.')).toBeVisible();
  expect(sent).toBe(0);
  await page.getByLabel('Hostname').fill('web-01.example.vn');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Hostname saved.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('web-01.example.vn');
  await page.getByLabel('Repeat the password').fill('correct-horse');
  await page.getByRole('button', { name: 'Set root password' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The root password was changed.' })).toBeVisible();
  await expect(page.getByLabel('New root password (8 to 64 characters)')).toHaveValue('');
  expect(sent).toBe(2);
});
