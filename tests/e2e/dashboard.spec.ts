import { test, expect, logIn, apiToken, fault } from './fixtures';
import { toHundredths, formatEn } from './money';

test('dashboard figures equal the demo portal data', async ({ page, request }) => {
  const token = await apiToken(request);
  const get = async (p: string) => (await request.get(`/api${p}`, { headers: { Authorization: `Bearer ${token}` } })).json();
  const balance = (await get('/balance')).details;
  const invoices: any[] = (await get('/invoice')).invoices;
  const services: any[] = (await get('/service')).services;
  const tickets: any[] = (await get('/tickets')).tickets;

  // The services card asks only for live services (`/services/0` with the portal's filters).
  const servicesAsked: string[] = [];
  page.on('request', (r) => { if (/\/api\/services\/0\?/.test(r.url())) servicesAsked.push(decodeURIComponent(r.url())); });
  await logIn(page);
  const balanceCard = page.getByRole('region', { name: 'Balance' });
  await expect(balanceCard).toContainText(formatEn(toHundredths(balance.acc_credit), balance.currency));
  // What is owed is on the unpaid card, every currency: the portal's own figure (account
  // currency only) is one of them, never the whole.
  await expect(balanceCard).not.toContainText('Outstanding');

  const unpaid = invoices.filter((i) => i.status === 'Unpaid');
  const today = new Date().toISOString().slice(0, 10);
  const overdue = unpaid.filter((i) => i.duedate < today);
  const unpaidCard = page.getByRole('region', { name: 'Unpaid invoices' });
  await expect(unpaidCard.locator('[data-figure="unpaid-count"]')).toHaveText(String(unpaid.length));
  await expect(unpaidCard.locator('[data-figure="overdue-count"]')).toHaveText(String(overdue.length));
  const totals = new Map<string, bigint>();
  for (const i of unpaid) totals.set(i.currency, (totals.get(i.currency) ?? 0n) + toHundredths(i.total));
  expect(totals.size).toBe(2); // USD and VND, never added together
  const outstanding = unpaidCard.locator('[data-figure="outstanding"]');
  for (const [cur, sum] of totals) await expect(outstanding).toContainText(formatEn(sum, cur));
  await expect(outstanding).toContainText(formatEn(toHundredths(balance.acc_balance), balance.currency));
  await expect(unpaidCard).toContainText('Outstanding');

  const servicesCard = page.getByRole('region', { name: 'Services' });
  await expect(servicesCard.locator('[data-figure="active-services"]'))
    .toHaveText(String(services.filter((s) => s.status === 'Active').length));
  await expect(servicesCard.locator('[data-figure="suspended-services"]'))
    .toHaveText(String(services.filter((s) => s.status === 'Suspended').length));
  expect(servicesAsked).toHaveLength(1);
  for (const hidden of ['terminated', 'cancelled', 'fraud']) expect(servicesAsked[0]).toContain(`filter[hide_${hidden}]=1`);
  const ticketsCard = page.getByRole('region', { name: 'Support tickets' });
  await expect(ticketsCard.locator('[data-figure="open-tickets"]'))
    .toHaveText(String(tickets.filter((t) => t.status !== 'Closed').length));
});

test('a 500 on one card shows an error there only, and Try again recovers', async ({ page, request }) => {
  await logIn(page);
  // The first visit's own read of the balance is over before the fault is armed (otherwise it
  // could take the failures meant for the visit after the reload).
  await expect(page.getByRole('region', { name: 'Balance' }).getByText('Account credit')).toBeVisible();
  // More failures than the read retries: the card must give up and say so.
  await fault(request, '/balance', 'status', 500, 4);
  await page.reload();
  const balanceCard = page.getByRole('region', { name: 'Balance' });
  await expect(balanceCard.getByRole('alert')).toContainText('The billing portal had a problem');
  await expect(page.getByRole('region', { name: 'Unpaid invoices' }).locator('[data-figure="unpaid-count"]')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Services' }).getByRole('alert')).toHaveCount(0);
  await balanceCard.getByRole('button', { name: 'Try again' }).click();
  await expect(balanceCard.getByText('Account credit')).toBeVisible();
  await expect(balanceCard.getByRole('alert')).toHaveCount(0);
});

test('malformed and truncated JSON show an error state, never a blank or a zero', async ({ page, request }) => {
  await logIn(page);
  await fault(request, '/balance', 'malformed');
  await fault(request, '/services/0', 'truncated'); // the services card's read
  await page.reload();
  await expect(page.getByRole('region', { name: 'Balance' }).getByRole('alert'))
    .toContainText('sent an answer we could not read');
  await expect(page.getByRole('region', { name: 'Services' }).getByRole('alert'))
    .toContainText('sent an answer we could not read');
  await expect(page.getByRole('region', { name: 'Balance' })).not.toContainText('$0.00');
  await expect(page.getByRole('region', { name: 'Support tickets' }).locator('[data-figure="open-tickets"]')).toBeVisible();
});

test('a rate-limited read waits for Retry-After and then succeeds', async ({ page, request }) => {
  await logIn(page);
  await fault(request, '/tickets', 'rate_limit', 1);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Support tickets' }).locator('[data-figure="open-tickets"]')).toBeVisible();
});

test('a notification can be marked as read', async ({ page }) => {
  await logIn(page);
  const card = page.getByRole('region', { name: 'Notifications' });
  const button = card.getByRole('button', { name: /Mark as read: Scheduled maintenance/ });
  await expect(button).toBeVisible();
  await button.click();
  await expect(card.getByText('Scheduled maintenance')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Notifications' }).getByText('New invoice issued')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Notifications' }).getByText('Scheduled maintenance')).toHaveCount(0);
});
