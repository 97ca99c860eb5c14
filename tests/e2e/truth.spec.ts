// Truth in every figure: invariants over all of the demo client's invoices, not one example
// each. Every invoice reads the same status on its page, in the list and on its service's page
// (one overdue rule), and its balance due is its total less what was paid and credited: nothing
// once it is settled.
import { test, expect, logIn, apiToken } from './fixtures';
import { toHundredths, formatEn } from './money';

const WORDS: Record<string, string> = {
  Unpaid: 'Unpaid', Paid: 'Paid', Cancelled: 'Cancelled', Refunded: 'Refunded', Collections: 'Collections',
};

function shownStatus(inv: any, today: string): string {
  return inv.status === 'Unpaid' && inv.duedate < today ? 'Overdue' : WORDS[inv.status] ?? inv.status;
}

async function portal(request: any) {
  const token = await apiToken(request);
  return async (p: string) => (await request.get(`/api${p}`, { headers: { Authorization: `Bearer ${token}` } })).json();
}

test('every invoice shows one status and a true balance due on its page and in the list', async ({ page, request }) => {
  test.setTimeout(180_000);
  const get = await portal(request);
  const invoices: any[] = (await get('/invoice')).invoices;
  const today = new Date().toISOString().slice(0, 10);
  expect(invoices.length).toBeGreaterThan(30);
  await logIn(page);
  const listed = new Map<string, string>();
  await page.goto('/invoices');
  for (;;) {
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows.nth(1)).toBeVisible();
    for (const row of await rows.all()) {
      const cells = await row.locator('th, td').allTextContents();
      if (cells.length < 5 || cells[0] === 'Number') continue;
      listed.set(cells[0].trim(), (await row.locator('.badge').last().textContent())!.trim());
    }
    const next = page.getByRole('button', { name: 'Next page' });
    if (!(await next.isVisible()) || (await next.isDisabled())) break;
    await next.click();
  }
  for (const summary of invoices) {
    const inv = (await get(`/invoice/${summary.id}`)).invoice;
    const expected = shownStatus(inv, today);
    expect(listed.get(inv.number), `list: ${inv.number}`).toBe(expected);
    await page.goto(`/invoices/${inv.id}`);
    const doc = page.getByRole('article');
    await expect(doc.getByRole('heading', { name: `Invoice #${inv.number}` })).toBeVisible();
    await expect(doc.locator('.invoice__head .badge'), `page: ${inv.number}`).toHaveText(expected);
    // HostBill's invoice detail sends its figures as JSON numbers.
    const h = (v: any) => toHundredths(typeof v === 'number' ? v.toFixed(2) : String(v ?? '0'));
    const total = h(inv.total);
    const credit = h(inv.credit);
    const settled = ['Paid', 'Cancelled', 'Refunded'].includes(inv.status);
    const due = settled ? 0n : (total - credit > 0n ? total - credit : 0n);
    await expect(doc.locator('[data-figure="balance-due"]'), `balance due: ${inv.number}`).toContainText(formatEn(due, inv.currency));
    if (inv.status === 'Paid') {
      await expect(doc.locator('[data-figure="amount-paid"]')).toContainText(formatEn(total - credit, inv.currency));
    }
  }
});

test('a service page reads its invoices\' status by the same rule', async ({ page, request }) => {
  const get = await portal(request);
  const today = new Date().toISOString().slice(0, 10);
  const list: any[] = (await get('/invoices?perpage=100&filter%5Bservice%5D=303')).invoices;
  expect(list.length).toBeGreaterThan(0);
  await logIn(page);
  await page.goto('/services/303');
  const section = page.getByRole('region', { name: 'Invoices for this service' });
  for (const inv of list.slice(0, 12)) {
    const row = section.getByRole('row').filter({ hasText: inv.number });
    await expect(row.locator('.badge')).toHaveText(shownStatus(inv, today));
  }
});
