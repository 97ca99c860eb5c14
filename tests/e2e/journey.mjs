// The journey a customer makes on a first visit, by role and label: sign in, the dashboard, the
// invoices and one invoice, the services and one service, support and one ticket, then adding
// funds. Counted by tests/perf/api-calls.mjs (every dialect) and asserted for BoxBilling by
// dialect-boxbilling.spec.ts: a portal that rate-limits per address (FOSSBilling) sees every
// customer behind atrium-server as one, so each call counts.

/** Every request to the portal's API the page makes from now on (the demo's own hooks aside). */
export function countApiCalls(page) {
  const calls = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/') && !path.startsWith('/api/__demo')) calls.push(`${r.method()} ${path}`);
  });
  return calls;
}

/** Waits until no API request has been on its way for a while (cards and prefetches done). */
async function settle(page) {
  let pending = 0;
  let last = Date.now();
  const on = (d) => (r) => { if (new URL(r.url()).pathname.startsWith('/api/')) { pending += d; last = Date.now(); } };
  const start = on(1), end = on(-1);
  page.on('request', start); page.on('requestfinished', end); page.on('requestfailed', end);
  while (pending > 0 || Date.now() - last < 500) await page.waitForTimeout(100);
  page.off('request', start); page.off('requestfinished', end); page.off('requestfailed', end);
}

/** Opens a menu area and the first item it lists; skipped where the billing system has no list. */
async function areaAndFirst(page, area, list) {
  const link = page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: area });
  if (!(await link.count())) return false;
  await link.click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await settle(page);
  // Kdata's wrapper lists nothing: its areas open items by number instead.
  const first = page.getByRole('main').getByRole(list).getByRole('link').first();
  if (!(await first.count())) return false;
  await first.click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await settle(page);
  return true;
}

/** Runs the journey; answers the areas it could visit. */
export async function journey(page, { email, password }) {
  await page.goto('/login');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /Welcome back/ }).waitFor();
  await settle(page);
  const visited = ['dashboard'];
  if (await areaAndFirst(page, 'Invoices', 'table')) visited.push('invoice');
  if (await areaAndFirst(page, 'Services', 'table')) visited.push('service');
  if (await areaAndFirst(page, 'Support', 'table')) visited.push('ticket');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Dashboard' }).click();
  const funds = page.getByRole('region', { name: 'Balance' }).getByRole('link', { name: /Add funds/ });
  await page.getByRole('region', { name: 'Balance' }).waitFor();
  await settle(page);
  if (await funds.count()) {
    await funds.click();
    await page.getByRole('heading', { name: 'Add funds' }).waitFor();
    await settle(page);
    visited.push('funds');
  }
  return visited;
}
