import { test, expect, logIn, apiToken, fault } from './fixtures';
import { toHundredths, formatEn } from './money';
import { readFileSync } from 'fs';

const BULK = { email: 'bulk@atrium.test', password: 'bulk1234' };

async function portal(request: any, who?: { email: string; password: string }) {
  const token = await apiToken(request, who);
  return async (p: string) => (await request.get(`/api${p}`, { headers: { Authorization: `Bearer ${token}` } })).json();
}

test('pay several: the chosen invoices are gathered once and paying settles each of them', async ({ page, request }) => {
  const get = await portal(request);
  // The two USD invoices due last, so other tests keep their first-due invoices.
  const usd = (await get('/invoices/due')).invoices.filter((i: any) => i.currency === 'USD');
  const picked = usd.slice(-2);
  await logIn(page);
  await page.goto('/invoices');
  await page.getByRole('link', { name: 'Pay several invoices' }).click();
  await expect(page.getByRole('heading', { name: 'Pay several invoices' })).toBeVisible();
  for (const i of usd) {
    const box = page.getByRole('checkbox', { name: i.number });
    if (picked.some((p: any) => p.id === i.id)) await expect(box).toBeChecked();
    else await box.uncheck();
  }
  const sum = picked.reduce((s: bigint, i: any) => s + toHundredths(i.total), 0n);
  await expect(page.locator('[data-figure="selected-total"]')).toContainText(formatEn(sum, 'USD'));
  let posts = 0;
  page.on('request', (r) => { if (r.url().endsWith('/api/invoices/payall')) posts++; });
  await page.getByRole('button', { name: 'Gather 2 invoices into one' }).dblclick();
  const dialog = page.getByRole('dialog', { name: 'Pay several invoices' });
  await expect(dialog).toContainText(`Gather 2 invoices totalling ${formatEn(sum, 'USD')} into one invoice to pay?`);
  await dialog.getByRole('button', { name: 'Confirm' }).dblclick();
  await expect(page.getByRole('heading', { name: /Invoice #/ })).toBeVisible();
  expect(posts).toBe(1);
  const doc = page.getByRole('article');
  for (const i of picked) await expect(doc.getByRole('row').filter({ hasText: i.number })).toBeVisible();
  await expect(doc.locator('[data-figure="balance-due"]')).toContainText(formatEn(sum, 'USD'));
  const panel = page.getByRole('region', { name: 'Pay this invoice' });
  await panel.getByRole('radio', { name: /Bank Transfer/ }).check();
  await panel.getByRole('button', { name: 'Continue to payment' }).click();
  await page.getByRole('dialog').getByRole('button', { name: `Pay ${formatEn(sum, 'USD')}` }).click();
  await page.getByRole('button', { name: 'Pay now' }).click();
  await expect(page.getByRole('article').getByText('Paid', { exact: true })).toBeVisible();
  for (const i of picked) expect((await get(`/invoice/${i.id}`)).invoice.status).toBe('Paid');
});

test('a voucher is redeemed once, shows in the credit history, and a spent code is refused in the user\'s words', async ({ page, request }) => {
  const get = await portal(request);
  const before = toHundredths((await get('/balance')).details.acc_credit);
  await logIn(page);
  await page.goto('/funds');
  const form = page.getByRole('region', { name: 'Redeem a voucher' });
  await form.getByLabel('Voucher code').fill('NOT-A-CODE');
  await form.getByRole('button', { name: 'Redeem' }).click();
  await expect(form.getByRole('alert')).toContainText('This voucher code is not valid.');
  let posts = 0;
  page.on('request', (r) => { if (r.url().endsWith('/api/billing/creditvoucher')) posts++; });
  await form.getByLabel('Voucher code').fill('save10-002');
  await form.getByRole('button', { name: 'Redeem' }).dblclick();
  await expect(form.getByRole('status')).toHaveText('$10.00 was added to your credit.');
  expect(posts).toBe(1);
  const history = page.getByRole('region', { name: 'Credit history' });
  const top = history.getByRole('row').nth(1);
  await expect(top).toContainText('Voucher SAVE10-002 redeemed');
  await expect(top).toContainText('+$10.00');
  await expect(top).toContainText(formatEn(before + 1000n, 'USD'));
  await form.getByLabel('Voucher code').fill('SAVE10-002');
  await form.getByRole('button', { name: 'Redeem' }).click();
  await expect(form.getByRole('alert')).toContainText('This voucher has already been used.');
  expect(toHundredths((await get('/balance')).details.acc_credit)).toBe(before + 1000n);
});

test('estimates list and detail match the portal; the PDF downloads without a token in any URL', async ({ page, request }) => {
  const get = await portal(request);
  const all = (await get('/estimates')).estimates;
  // Drafts are the provider's unfinished work: never shown to the customer.
  const drafts = all.filter((x: any) => x.status === 'Draft');
  expect(drafts.length).toBeGreaterThan(0);
  const list = all.filter((x: any) => x.status !== 'Draft');
  await logIn(page);
  await page.goto('/invoices');
  await page.getByRole('link', { name: 'Estimates' }).click();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(1 + list.length);
  for (const d of drafts) await expect(page.getByRole('link', { name: `#${d.id}` })).toHaveCount(0);
  const sent = list.find((x: any) => x.status === 'Sent');
  if (sent) {
    await page.getByRole('link', { name: `#${sent.id}` }).click();
    // HostBill's API cannot accept or decline: the page says how to answer instead.
    await expect(page.locator('[data-figure="estimate-how-to-answer"]')).toContainText('To accept or decline this estimate');
    await page.goBack();
  }
  await page.goto(`/estimates/${drafts[0].id}`);
  await expect(page.getByText('This estimate does not exist or belongs to another account.')).toBeVisible();
  await page.goto('/estimates');
  const e = (await get(`/estimates/${list[list.length - 1].id}`)).estimate;
  await page.getByRole('link', { name: `#${e.id}` }).click();
  await expect(page.getByRole('heading', { name: `Estimate #${e.id}` })).toBeVisible();
  const doc = page.getByRole('article');
  await expect(doc).toContainText(e.subject);
  for (const item of e.items) {
    await expect(doc.getByRole('row').filter({ hasText: item.description })).toContainText(formatEn(toHundredths(item.linetotal), e.currency));
  }
  await expect(doc.locator('[data-figure="estimate-total"]')).toContainText(formatEn(toHundredths(e.total), e.currency));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    doc.getByRole('button', { name: 'Download PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`estimate-${e.id}.pdf`);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(bytes.toString('latin1')).toContain(`ESTIMATE #${e.id}`);
});

test('an invoice PDF downloads from the invoice page', async ({ page, request }) => {
  const get = await portal(request);
  const inv = (await get('/invoice')).invoices.find((i: any) => i.status === 'Paid');
  await logIn(page);
  await page.goto(`/invoices/${inv.id}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`invoice-${inv.number.replaceAll('/', '-')}.pdf`);
  const text = readFileSync(await download.path()).toString('latin1');
  expect(text).toContain(`INVOICE #${inv.number}`);
  expect(text).toContain(`Total: ${inv.total} ${inv.currency}`);
});

test('another client\'s estimate is refused clearly', async ({ page }) => {
  await logIn(page, { email: 'other@atrium.test', password: 'other1234' });
  await page.goto('/estimates/1');
  await expect(page.getByText('This estimate does not exist or belongs to another account.')).toBeVisible();
});

test('ten thousand invoices: filter, sort, search and a date range, one page at a time', async ({ page, request }) => {
  const get = await portal(request, BULK);
  const all: any[] = (await get('/invoice')).invoices;
  expect(all.length).toBe(10000);
  await logIn(page, BULK);
  await page.goto('/invoices');
  await expect(page.getByRole('status').filter({ hasText: 'invoices' })).toHaveText('10000 invoices');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(26);
  await page.getByLabel('Sort by').selectOption('Total');
  await page.getByRole('button', { name: 'Descending' }).click();
  await expect(page).toHaveURL(/sort=total&dir=asc/);
  const smallest = all.reduce((m, i) => (toHundredths(i.total) < toHundredths(m.total) ? i : m));
  await expect(rows.nth(1)).toContainText(formatEn(toHundredths(smallest.total), 'USD'));
  const unpaid = all.filter((i) => i.status === 'Unpaid').length;
  await page.getByRole('navigation', { name: 'Status' }).getByRole('link', { name: 'Unpaid' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'invoices' })).toHaveText(`${unpaid} invoices`);
  // A date range of one month, kept across a reload.
  const from = all[5200].date, to = all[5000].date; // the list is newest first
  const inRange = all.filter((i) => i.status === 'Unpaid' && i.date >= from && i.date <= to).length;
  await page.getByLabel('Issued from').fill(from);
  await page.getByLabel('Issued until').fill(to);
  await expect(page).toHaveURL(new RegExp(`from=${from}&to=${to}`));
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'invoices' })).toHaveText(`${inRange} invoices`);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  const one = all[1234];
  await page.getByLabel('Search by number').fill(one.number);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(one.number);
});

test('a lost answer to "pay several" is reconciled from the portal, and nothing is sent twice', async ({ page, request }) => {
  const get = await portal(request);
  const usd = (await get('/invoices/due')).invoices.filter((i: any) => i.currency === 'USD');
  const picked = usd.slice(-2);
  await logIn(page);
  await page.goto('/invoices/pay-all');
  for (const i of usd) {
    if (!picked.some((p: any) => p.id === i.id)) await page.getByRole('checkbox', { name: i.number }).uncheck();
  }
  await fault(request, '/invoices/payall', 'lost');
  let posts = 0;
  page.on('request', (r) => { if (r.url().endsWith('/api/invoices/payall')) posts++; });
  await page.getByRole('button', { name: 'Gather 2 invoices into one' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  // The portal did gather them: the app finds the merged invoice and opens it.
  await expect(page.getByRole('heading', { name: /Invoice #/ })).toBeVisible();
  expect(posts).toBe(1);
  const merged = (await get('/invoice')).invoices.filter((i: any) => picked.some((p: any) => p.id === i.id));
  expect(new Set(merged.map((i: any) => i.merge_id)).size).toBe(1);
  expect(page.url()).toContain(`/invoices/${merged[0].merge_id}`);
});
