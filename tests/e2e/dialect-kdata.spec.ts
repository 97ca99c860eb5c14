import { test, expect, logIn, DEMO } from './fixtures';
import type { APIRequestContext } from '@playwright/test';
import { expectSignInPaintedInPlace } from './first-paint';

// The same app against the demo portal speaking the "Kdata" WHMCS wrapper (seeds 000/001):
// form-encoded calls under /api/v1, HTTP 200 envelopes, no lists, no refresh token. The served
// config.json names the backend and the VPS order form's packages (Cloud S is 9.00 a month,
// extra IPs 3.00 each, 8 % sales tax on the demo account).

/** Logs in to the wrapper directly and answers a caller for its calls, and the client record. */
async function wrapper(request: APIRequestContext) {
  const login = await (await request.post('/api/login', { form: { email: DEMO.email, password: DEMO.password } })).json();
  const token = login['0'].token as string;
  const call = async (name: string, form: Record<string, string>) =>
    (await request.post(`/api/api/v1/${name}`, { form, headers: { Authorization: `Bearer ${token}` } })).json();
  return { call, user: login.user[0] };
}

const cents = (s: string) => Math.round(Number(s) * 100);

test('the dashboard shows what the wrapper can do, and pages it lacks explain themselves', async ({ page }) => {
  await logIn(page);
  await expect(page.getByRole('region', { name: 'Balance' })).toContainText('As of when you signed in.');
  await expect(page.getByRole('region', { name: 'Find an invoice or a service' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Unpaid invoices' })).toHaveCount(0);
  const nav = page.getByRole('navigation', { name: 'Menu' });
  await expect(nav.getByRole('link', { name: 'DNS' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Invoices' })).toBeVisible();
  // Reached by URL: an explanation, never a broken page or a call to a path the wrapper lacks.
  let strayCalls = 0;
  page.on('request', (r) => { if (/\/api\/(estimates|dns|invoice$|service$|balance)/.test(r.url())) strayCalls++; });
  await page.goto('/estimates');
  await expect(page.getByRole('heading', { name: /Estimates: not offered here/ })).toBeVisible();
  await expect(page.getByText(/runs on WHMCS \(Kdata API\)/)).toBeVisible();
  await page.goto('/services/304/vms/1');
  await expect(page.getByRole('heading', { name: /not offered here/ })).toBeVisible();
  await page.goto('/dns');
  await expect(page.getByRole('heading', { name: /DNS/ })).toBeVisible();
  await page.goto('/invoices');
  await expect(page.getByText(/does not list your invoices/)).toBeVisible();
  await page.getByLabel('Invoice number').fill('12a');
  await page.getByRole('button', { name: 'Open Invoice number' }).click();
  await expect(page.getByText('Enter the number, digits only.')).toBeVisible();
  expect(strayCalls).toBe(0);
});

test('a VPS is ordered once, its invoice opens, and it is paid with credit', async ({ page, request }) => {
  const { user } = await wrapper(request);
  const creditBefore = cents(user.credit);
  await logIn(page);
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Order' }).click();
  await expect(page.getByRole('heading', { name: 'Order a virtual server', level: 1 })).toBeVisible();
  await page.getByLabel('Package').selectOption('Cloud S');
  await page.getByLabel('Billing cycle').selectOption({ label: 'monthly' });
  await page.getByLabel('Operating system').selectOption('Debian 12');
  await page.getByLabel('Extra IPv4 addresses (0 to 5)').fill('2');
  await page.getByLabel('Hostname (optional)').fill('web1');
  let orders = 0;
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/api/v1/addorder')) orders++; });
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByText('Enter a host name like web1.example.com (letters, digits and hyphens).')).toBeVisible();
  await expect(page.getByText('Please accept the terms of service to place the order.')).toBeVisible();
  expect(orders).toBe(0);
  await page.getByLabel('Hostname (optional)').fill('web1.example.vn');
  await page.getByRole('checkbox', { name: 'I have read and accept the terms of service' }).check();
  await page.getByRole('button', { name: 'Place order' }).dblclick();
  await expect(page).toHaveURL(/\/invoices\/\d+\?order=\d+$/);
  await expect(page.getByRole('status').filter({ hasText: /^Order \d+ placed\.$/ })).toBeVisible();
  expect(orders).toBe(1);
  await expect(page.locator('[data-figure="balance-due"] dd')).toHaveText('$16.20');
  // Kdata applies as much credit as the invoice needs: the amount is shown, not typed.
  const panel = page.getByRole('region', { name: 'Apply credit' });
  await expect(panel.getByLabel('Amount to apply')).toHaveValue('16.20');
  await expect(panel.getByLabel('Amount to apply')).not.toBeEditable();
  await panel.getByRole('button', { name: 'Apply credit' }).click();
  await page.getByRole('dialog', { name: 'Apply credit' }).getByRole('button', { name: /^Apply / }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'Credit applied.' })).toBeVisible();
  await expect(page.getByRole('article')).toContainText('Paid');
  const after = (await wrapper(request)).user;
  expect(creditBefore - cents(after.credit)).toBe(1620);
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Balance' })).toContainText(`$${(cents(after.credit) / 100).toFixed(2)}`);
});

test('an expired token mid-action asks for the password in place and the credit is applied once', async ({ page, request }) => {
  const { call, user } = await wrapper(request);
  const order = await call('addorder', { product: 'Cloud S', billingcycle: 'monthly', os: 'Ubuntu 24.04 LTS' });
  expect(order.result).toBe('success');
  const invoice = String(order.invoiceid);
  const due = cents((await call('getinvoice', { invoiceid: invoice })).balance);
  const expected = Math.min(due, cents(user.credit));
  expect(expected).toBeGreaterThan(0);
  await logIn(page);
  await page.goto(`/invoices/${invoice}`);
  let posts = 0;
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/api/v1/applycredit')) posts++; });
  // The wrapper refuses the token as expired (HTTP 200, its own words) on the next apply.
  await request.post('/api/__demo/faults', { data: { path: '/api/v1/applycredit', kind: 'token_expired' } });
  const panel = page.getByRole('region', { name: 'Apply credit' });
  await panel.getByRole('button', { name: 'Apply credit' }).click();
  await page.getByRole('dialog', { name: 'Apply credit' }).getByRole('button', { name: /^Apply / }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign in again' });
  await expect(dialog).toBeVisible();
  // Whose session it is, filled in and fixed: the page behind holds this account's data.
  await expect(dialog).toContainText(`Account: ${DEMO.email}`);
  await expect(dialog.getByLabel('Email address')).toHaveValue(DEMO.email);
  await expect(dialog.getByLabel('Email address')).toHaveAttribute('readonly', '');
  await dialog.getByLabel('Password').fill(DEMO.password);
  await dialog.getByRole('button', { name: 'Sign in again' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/invoices/${invoice}$`));
  await panel.getByRole('button', { name: 'Apply credit' }).click();
  await page.getByRole('dialog', { name: 'Apply credit' }).getByRole('button', { name: /^Apply / }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Credit applied.' })).toBeVisible();
  expect(posts).toBe(2);
  const after = await call('getinvoice', { invoiceid: invoice });
  expect(cents(after.credit)).toBe(expected);
});

test('a service is opened by its number, shows its configuration, and takes one cancellation request', async ({ page }) => {
  await logIn(page);
  await page.getByRole('region', { name: 'Find an invoice or a service' }).getByLabel('Service number').fill('#304');
  await page.getByRole('button', { name: 'Open Service number' }).click();
  await expect(page).toHaveURL(/\/services\/304$/);
  const config = page.getByLabel('Configuration');
  await expect(config).toContainText('OS');
  await expect(config).toContainText('CPU');
  // The service's invoices come from getinvoiceproduct.
  await expect(page.getByRole('region', { name: 'Invoices for this service' }).getByRole('row').nth(1)).toBeVisible();
  let cancels = 0;
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/api/v1/cancelrequest')) cancels++; });
  await page.getByLabel('Reason').fill('Moving to a bigger plan');
  // WHMCS's cancellation request has no "immediately": no choice is offered that would not hold.
  await expect(page.getByRole('group', { name: 'When' })).toBeHidden();
  await page.getByRole('button', { name: 'Request cancellation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Request cancellation' });
  await expect(dialog).toContainText('at the end of the paid period');
  await dialog.getByRole('button', { name: 'Confirm' }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'Cancellation requested' })).toBeVisible();
  expect(cancels).toBe(1);
  await page.goto('/services/999999');
  await expect(page.getByText(/not found|does not exist|no longer/i).first()).toBeVisible();
});

test('a quote is accepted by its number, once, and becomes the invoice that opens', async ({ page }) => {
  await logIn(page);
  const card = page.getByRole('region', { name: 'Accept a quote' });
  await card.getByLabel('Quote number').fill('3');
  await card.getByRole('button', { name: 'Accept quote' }).click();
  let accepts = 0;
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/api/v1/acceptQuote')) accepts++; });
  await page.getByRole('dialog', { name: 'Accept quote' }).getByRole('button', { name: 'Confirm' }).click();
  // Quote 3 is a draft the customer never received: the wrapper's own words come back.
  await expect(card.getByText('Quote ID Not Found')).toBeVisible();
  await card.getByLabel('Quote number').fill('1');
  await card.getByRole('button', { name: 'Accept quote' }).click();
  const dialog = page.getByRole('dialog', { name: 'Accept quote' });
  await expect(dialog).toContainText('Accept quote #1? It becomes an invoice to pay.');
  await dialog.getByRole('button', { name: 'Confirm' }).dblclick();
  await expect(page).toHaveURL(/\/invoices\/\d+$/);
  await expect(page.locator('[data-figure="balance-due"] dd')).toHaveText('$518.40');
  expect(accepts).toBe(2);
});

test('the account page shows the details read-only and offers no password change', async ({ page }) => {
  await logIn(page);
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Account' }).click();
  const details = page.getByRole('region', { name: 'Your details' });
  await expect(details.getByText('Your billing system does not let these be changed here; contact support to change them.')).toBeVisible();
  await expect(details.getByLabel('Email address')).toHaveValue('demo@atrium.test');
  await expect(details.getByLabel('Email address')).toHaveAttribute('readonly', '');
  await expect(page.getByRole('button', { name: 'Save details' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Change password' })).toHaveCount(0);
});

test('the sign-in card painted before the app (no forgotten-password line here) is where the app draws its own', async ({ page }) => {
  await expectSignInPaintedInPlace(page, { title: 'Sign in to your account', brand: 'Atrium Hosting' });
});
