import { test, expect, logIn, apiToken, fault } from './fixtures';
import { toHundredths, formatEn } from './money';

async function portal(request: any) {
  const token = await apiToken(request);
  return async (p: string) => (await request.get(`/api${p}`, { headers: { Authorization: `Bearer ${token}` } })).json();
}

test('an invoice shows every figure the portal has', async ({ page, request }) => {
  const get = await portal(request);
  const due = (await get('/invoices/due')).invoices.find((i: any) => i.currency === 'VND');
  const inv = (await get(`/invoice/${due.id}`)).invoice;
  await logIn(page);
  await page.goto(`/invoices/${inv.id}`);
  await expect(page.getByRole('heading', { name: `Invoice #${inv.number}` })).toBeVisible();
  const doc = page.getByRole('article');
  for (const item of inv.items) {
    const row = doc.getByRole('row').filter({ hasText: item.description });
    await expect(row).toContainText(formatEn(toHundredths(item.linetotal), 'VND'));
  }
  const hundredths = (n: number) => toHundredths(n.toFixed(2));
  await expect(doc).toContainText(formatEn(hundredths(inv.subtotal), 'VND'));
  await expect(doc).toContainText(formatEn(hundredths(inv.tax), 'VND'));
  await expect(doc.locator('[data-figure="balance-due"]')).toContainText(formatEn(hundredths(inv.total) - hundredths(inv.credit), 'VND'));
  await expect(doc).toContainText('Alex Nguyen');
  // One status rule on every page: unpaid and past its due date reads "Overdue".
  const today = new Date().toISOString().slice(0, 10);
  await expect(doc.locator('.invoice__head .badge')).toHaveText(inv.duedate < today ? 'Overdue' : 'Unpaid');
});

test('credit is applied once, after a confirmation that names invoice, amount and currency', async ({ page, request }) => {
  const get = await portal(request);
  const due = (await get('/invoices/due')).invoices.find((i: any) => i.currency === 'USD');
  const creditBefore = toHundredths((await get('/balance')).details.acc_credit);
  await logIn(page);
  await page.goto(`/invoices/${due.id}`);
  let posts = 0;
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/credit')) posts++; });
  const panel = page.getByRole('region', { name: 'Apply credit' });
  await panel.getByLabel('Amount to apply').fill('1.25');
  await panel.getByRole('button', { name: 'Apply credit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Apply credit' });
  await expect(dialog).toContainText(`Apply $1.25 of account credit to invoice #${due.number} (USD)?`);
  await dialog.getByRole('button', { name: 'Apply $1.25' }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'Credit applied.' })).toBeVisible();
  expect(posts).toBe(1);
  const creditAfter = toHundredths((await get('/balance')).details.acc_credit);
  expect(creditBefore - creditAfter).toBe(125n);
  await expect(page.getByRole('article')).toContainText('Credit applied');
  await expect(panel).toContainText(formatEn(creditAfter, 'USD'));
});

test('cancel and Escape send nothing; bad amounts are caught before sending', async ({ page, request }) => {
  const get = await portal(request);
  const due = (await get('/invoices/due')).invoices.find((i: any) => i.currency === 'USD');
  await logIn(page);
  await page.goto(`/invoices/${due.id}`);
  let posts = 0;
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/credit')) posts++; });
  const panel = page.getByRole('region', { name: 'Apply credit' });
  await panel.getByLabel('Amount to apply').fill('0');
  await panel.getByRole('button', { name: 'Apply credit' }).click();
  await expect(panel.getByText('Enter an amount above zero.')).toBeVisible();
  await panel.getByLabel('Amount to apply').fill('99999');
  await panel.getByRole('button', { name: 'Apply credit' }).click();
  await expect(panel.getByText(/more than/)).toBeVisible();
  await panel.getByLabel('Amount to apply').fill('1.00');
  await panel.getByRole('button', { name: 'Apply credit' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Apply credit' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(posts).toBe(0);
});

test('a 502 on apply credit is reconciled by re-reading the invoice', async ({ page, request }) => {
  const get = await portal(request);
  const due = (await get('/invoices/due')).invoices.find((i: any) => i.currency === 'USD');
  await logIn(page);
  await page.goto(`/invoices/${due.id}`);
  await fault(request, `/invoice/${due.id}/credit`, 'status', 502);
  const panel = page.getByRole('region', { name: 'Apply credit' });
  await panel.getByLabel('Amount to apply').fill('1.00');
  await panel.getByRole('button', { name: 'Apply credit' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Apply $1.00' }).click();
  await expect(page.getByRole('alert')).toContainText('The credit was not applied. You can try again.');
  // Trying again works, and only once.
  await panel.getByRole('button', { name: 'Apply credit' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Apply $1.00' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Credit applied.' })).toBeVisible();
});

test('the portal\'s refusal is shown next to the action', async ({ page, request }) => {
  const get = await portal(request);
  const due = (await get('/invoices/due')).invoices.find((i: any) => i.currency === 'USD');
  await logIn(page);
  await page.goto(`/invoices/${due.id}`);
  await page.route(`**/api/invoice/${due.id}/credit`, (route) =>
    route.fulfill({ status: 400, contentType: 'application/json', body: '{"error":["Amount exceeds customer credit balance"]}' }));
  const panel = page.getByRole('region', { name: 'Apply credit' });
  await panel.getByLabel('Amount to apply').fill('1.00');
  await panel.getByRole('button', { name: 'Apply credit' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Apply $1.00' }).click();
  await expect(page.getByRole('alert')).toContainText('The amount is more than your available credit.');
  await expect(panel.getByRole('button', { name: 'Apply credit' })).toBeEnabled();
});

test('another client\'s invoice is refused clearly', async ({ page, request }) => {
  const r = await request.post('/api/login', { data: { username: 'other@atrium.test', password: 'other1234' } });
  const token = (await r.json()).token;
  const theirs = (await (await request.get('/api/invoice', { headers: { Authorization: `Bearer ${token}` } })).json()).invoices[0];
  await logIn(page);
  await page.goto(`/invoices/${theirs.id}`);
  await expect(page.getByText('This invoice does not exist or belongs to another account.')).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(0);
});

test('the list filters, searches and sorts, and the URL keeps the view', async ({ page, request }) => {
  const get = await portal(request);
  const all: any[] = (await get('/invoice')).invoices;
  await logIn(page);
  await page.goto('/invoices');
  await expect(page.getByRole('status').filter({ hasText: `${all.length} invoices` })).toBeVisible();
  await page.getByRole('navigation', { name: 'Status' }).getByRole('link', { name: 'Unpaid' }).click();
  await expect(page).toHaveURL(/\?status=unpaid$/);
  const unpaid = all.filter((i) => i.status === 'Unpaid');
  await expect(page.getByRole('status').filter({ hasText: `${unpaid.length} invoices` })).toBeVisible();
  await page.getByLabel('Sort by').selectOption('total');
  await page.getByRole('button', { name: 'Descending' }).click();
  await expect(page).toHaveURL(/status=unpaid&sort=total&dir=asc/);
  // Ascending by total within currency: the first USD row is the smallest USD invoice.
  const usd = unpaid.filter((i) => i.currency === 'USD').sort((a, b) => Number(toHundredths(a.total) - toHundredths(b.total)));
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toContainText(usd[0].number);
  // A reload shows the same view.
  await page.reload();
  await expect(page.getByLabel('Sort by')).toHaveValue('total');
  await expect(rows.nth(1)).toContainText(usd[0].number);
  // Search by number.
  const target = all[7];
  await page.getByRole('navigation', { name: 'Status' }).getByRole('link', { name: 'All' }).click();
  await page.getByLabel('Search by number').fill(target.number);
  await expect(page.getByRole('status').filter({ hasText: /^1 invoice$/ })).toBeVisible();
  await page.getByRole('link', { name: target.number }).click();
  await expect(page.getByRole('heading', { name: `Invoice #${target.number}` })).toBeVisible();
});

test('overdue invoices stand out and the dashboard links to them', async ({ page, request }) => {
  const get = await portal(request);
  const today = new Date().toISOString().slice(0, 10);
  const overdue = (await get('/invoice')).invoices.filter((i: any) => i.status === 'Unpaid' && i.duedate < today);
  await logIn(page);
  await page.getByRole('region', { name: 'Unpaid invoices' }).getByRole('link', { name: /View invoices/ }).click();
  await expect(page).toHaveURL(/\/invoices\?status=unpaid$/);
  await page.getByRole('navigation', { name: 'Status' }).getByRole('link', { name: 'Overdue' }).click();
  await expect(page.getByRole('table').getByText('Overdue')).toHaveCount(overdue.length);
});

test('pages of 25 with a pager that keeps the page in the URL', async ({ page, request }) => {
  const get = await portal(request);
  const all: any[] = (await get('/invoice')).invoices;
  await logIn(page);
  await page.goto('/invoices');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(26); // header + 25
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(rows).toHaveCount(1 + all.length - 25);
  await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();
  await page.reload();
  await expect(page.getByText('Page 2 of 2')).toBeVisible();
});

test('paying shows the fee and total first, asks once, and the gateway marks the invoice paid', async ({ page, request }) => {
  const get = await portal(request);
  const due = (await get('/invoices/due')).invoices.find((i: any) => i.currency === 'USD');
  const inv = (await get(`/invoice/${due.id}`)).invoice;
  const balance = toHundredths(inv.total.toFixed(2)) - toHundredths(Number(inv.credit).toFixed(2));
  // Stripe: 2.9% + 0.50, half up to the cent.
  const fee = (balance * 29n + 500n) / 1000n + 50n;
  await logIn(page);
  await page.goto(`/invoices/${due.id}`);
  let links = 0;
  page.on('request', (r) => { if (r.url().includes(`/api/billing/${due.id}/pay/`)) links++; });
  const panel = page.getByRole('region', { name: 'Pay this invoice' });
  await panel.getByRole('radio', { name: /Stripe/ }).check();
  await expect(panel.locator('[data-figure="total-to-pay"]')).toHaveText(formatEn(balance + fee, 'USD'));
  await panel.getByRole('button', { name: 'Continue to payment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pay this invoice' });
  await expect(dialog).toContainText(`Pay ${formatEn(balance + fee, 'USD')} for invoice #${due.number} (USD) with Stripe? This includes a fee of ${formatEn(fee, 'USD')}.`);
  // The button names the act and the amount; focus starts on Cancel, so an Enter pressed by
  // habit pays nothing; Tab stays inside the dialog.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  expect(links).toBe(0);
  await panel.getByRole('button', { name: 'Continue to payment' }).click();
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Shift+Tab');
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await dialog.getByRole('button', { name: `Pay ${formatEn(balance + fee, 'USD')}` }).dblclick();
  await expect(page.getByRole('heading', { name: 'Demo payment gateway' })).toBeVisible();
  expect(links).toBe(1);
  expect(page.url()).not.toMatch(/eyJ/);
  await page.getByRole('button', { name: 'Pay now' }).click();
  await expect(page.getByRole('heading', { name: `Invoice #${due.number}` })).toBeVisible();
  await expect(page.getByRole('article').getByText('Paid', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Pay this invoice' })).toHaveCount(0);
});

test('add funds creates a top-up invoice once; paying it raises the credit', async ({ page, request }) => {
  const get = await portal(request);
  const creditBefore = toHundredths((await get('/balance')).details.acc_credit);
  await logIn(page);
  await page.getByRole('region', { name: 'Balance' }).getByRole('link', { name: /Add funds/ }).click();
  await expect(page.getByRole('heading', { name: 'Add funds' })).toBeVisible();
  await page.getByLabel('Amount (USD)').fill('1');
  await page.getByRole('button', { name: 'Create top-up invoice' }).click();
  await expect(page.getByRole('alert')).toContainText('Minimum deposit is 5.00');
  let creates = 0;
  page.on('request', (r) => { if (r.url().endsWith('/api/billing/addfunds')) creates++; });
  await page.getByLabel('Amount (USD)').fill('20.00');
  await page.getByLabel('Payment method').selectOption({ label: 'Bank Transfer' });
  await page.getByRole('button', { name: 'Create top-up invoice' }).dblclick();
  await expect(page.getByRole('heading', { name: /Invoice #/ })).toBeVisible();
  expect(creates).toBe(1);
  const panel = page.getByRole('region', { name: 'Pay this invoice' });
  await panel.getByRole('radio', { name: /Bank Transfer/ }).check();
  await expect(panel.locator('[data-figure="total-to-pay"]')).toHaveText('$20.00');
  await panel.getByRole('button', { name: 'Continue to payment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pay this invoice' });
  // No fee with a bank transfer: the question does not speak of one.
  await expect(dialog).toContainText('Pay $20.00 for invoice #');
  await expect(dialog).not.toContainText('fee');
  await dialog.getByRole('button', { name: 'Pay $20.00' }).click();
  await page.getByRole('button', { name: 'Pay now' }).click();
  await expect(page.getByRole('article').getByText('Paid', { exact: true })).toBeVisible();
  const creditAfter = toHundredths((await get('/balance')).details.acc_credit);
  expect(creditAfter - creditBefore).toBe(2000n);
});

test('credit in another currency than the invoice is not offered', async ({ page, request }) => {
  const get = await portal(request);
  const vnd = (await get('/invoices/due')).invoices.find((i: any) => i.currency === 'VND');
  await logIn(page);
  await page.goto(`/invoices/${vnd.id}`);
  const panel = page.getByRole('region', { name: 'Apply credit' });
  await expect(panel.locator('[data-figure="credit-other-currency"]'))
    .toHaveText('Your account credit is in USD and this invoice in VND: credit can only pay invoices in its own currency.');
  await expect(panel.getByRole('button', { name: 'Apply credit' })).toHaveCount(0);
});

test('in Vietnamese the credit to apply is prefilled with a decimal comma, and read back either way', async ({ page, request }) => {
  const get = await portal(request);
  const due = (await get('/invoices/due')).invoices.find((i: any) => i.currency === 'USD');
  await logIn(page);
  await page.evaluate(() => localStorage.setItem('atrium.prefs', JSON.stringify({ lang: 'vi', theme: 'light' })));
  await page.goto(`/invoices/${due.id}`);
  const amount = page.getByLabel('Số tiền áp dụng');
  await expect(amount).toHaveValue(/^\d+,\d\d$/);
});

test('an unpaid top-up invoice is deleted once it is confirmed, and is gone', async ({ page }) => {
  await logIn(page);
  await page.goto('/funds');
  await page.getByLabel('Amount (USD)').fill('15.00');
  await page.getByLabel('Payment method').selectOption({ label: 'Bank Transfer' });
  await page.getByRole('button', { name: 'Create top-up invoice' }).click();
  const heading = page.getByRole('heading', { name: /Invoice #/ });
  await expect(heading).toBeVisible();
  const url = page.url();
  const number = (await heading.innerText()).replace('Invoice #', '').trim();
  let deletes = 0;
  page.on('request', (r) => { if (r.method() === 'DELETE' && /\/api\/invoice\/\d+$/.test(r.url())) deletes++; });
  const card = page.getByRole('region', { name: 'Delete invoice' });
  await card.getByRole('button', { name: 'Delete invoice' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete invoice' });
  await expect(dialog).toContainText(`Delete invoice #${number}? This cannot be undone.`);
  await dialog.getByRole('button', { name: 'Confirm' }).dblclick();
  await expect(page).toHaveURL(/\/invoices$/);
  expect(deletes).toBe(1);
  await page.goto(url);
  await expect(page.getByRole('alert')).toBeVisible();
});
