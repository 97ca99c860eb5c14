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

test('every invoice listed under a service bills that service, and a domain\'s are its own', async ({ page, request }) => {
  const get = await portal(request);
  const services: any[] = (await get('/service')).services;
  await logIn(page);
  const shownUnder = new Map<string, string>();
  for (const s of services.filter((s) => ['Active', 'Suspended'].includes(s.status))) {
    await page.goto(`/services/${s.id}`);
    const section = page.getByRole('region', { name: 'Invoices for this service' });
    await expect(section.getByRole('table').or(section.getByText('No invoices for this service.'))).toBeVisible();
    for (const link of await section.getByRole('link').all()) {
      const href = (await link.getAttribute('href'))!;
      const inv = (await get(`/invoice/${href.split('/').pop()}`)).invoice;
      for (const item of inv.items) expect(item.item_id, `${inv.number} under service ${s.id}`).toBe(String(s.id));
      expect(shownUnder.get(inv.number), `${inv.number} under two services`).toBeUndefined();
      shownUnder.set(inv.number, s.id);
    }
  }
  expect(shownUnder.size).toBeGreaterThan(5);
});

test('a client billed in dong sees every price in dong, never in dollars', async ({ page }) => {
  await logIn(page, { email: 'other@atrium.test', password: 'other1234' });
  for (const path of ['/order', '/order/20', '/services', '/services/401', '/invoices', '/']) {
    await page.goto(path);
    const main = page.getByRole('main');
    await expect(main.getByText('₫').filter({ visible: true }).first(), path).toBeVisible();
    expect(await main.innerText(), path).not.toMatch(/\$|US\$|USD/);
  }
  // Cloud S: $9.00 a month in the catalogue, 225,000 ₫ to this client.
  await page.goto('/order/20');
  await expect(page.getByRole('main')).toContainText('225,000 ₫');
});
