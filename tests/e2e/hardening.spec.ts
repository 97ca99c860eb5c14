// The reliability guarantees that need more than a happy path (../shared/RELIABILITY.md; the
// table in tests/README.md names each guarantee's tests): refreshes that overlap across tabs by
// construction rather than by timing luck, keyboard double submits, Escape on destructive
// dialogs, the crash screen after a real panic, and a read that hangs past its deadline.
import { test, expect, logIn, apiToken, DEMO } from './fixtures';
import type { BrowserContext, Locator, Page } from '@playwright/test';

/**
 * Holds every `/token` answer until another tab is queued behind the cross-tab refresh lock, so
 * the two refreshes overlap for certain. Without a lock no tab ever queues, the answer goes on
 * after a few seconds, and the second tab spends the same refresh token: the test fails.
 */
async function overlapRefreshes(context: BrowserContext, observer: Page) {
  await context.route('**/api/token', async (route) => {
    for (let i = 0; i < 50; i++) {
      const queued = await observer
        .evaluate(async () => (await navigator.locks.query()).pending?.some((l) => l.name === 'atrium-refresh'))
        .catch(() => false);
      if (queued) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await route.continue();
  });
}

async function refreshesOnceAcross(context: BrowserContext, tabs: Page[]) {
  const tokenCalls: string[] = [];
  context.on('request', (r) => { if (r.url().endsWith('/api/token')) tokenCalls.push(r.url()); });
  await overlapRefreshes(context, tabs[0]);
  for (const p of tabs) await p.clock.fastForward('03:00:00');
  // Every tab reloads with an expired access token at once.
  await Promise.all(tabs.map((p) => p.reload()));
  for (const p of tabs) {
    await expect(p.getByRole('region', { name: 'Balance' }).getByText('Account credit')).toBeVisible();
  }
  expect(tokenCalls.length).toBe(1);
  const pairs = await Promise.all(tabs.map((p) => p.evaluate(() => JSON.parse(localStorage.getItem('atrium.session')!).refresh)));
  expect(new Set(pairs).size).toBe(1);
  // The rotated pair is the live one: the portal (which revokes a whole family on reuse) still
  // accepts it, so nobody was signed out behind the customer's back.
  await tabs[0].getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Invoices' }).click();
  await expect(tabs[0].getByRole('table').getByRole('link').first()).toBeVisible();
}

test('two tabs whose refreshes overlap spend the refresh token once and share the new pair', async ({ context }) => {
  await context.clock.install();
  const a = await context.newPage();
  await logIn(a);
  const b = await context.newPage();
  await b.goto('/');
  await expect(b.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  await refreshesOnceAcross(context, [a, b]);
});

test('a duplicated tab does not break the rotation', async ({ context }) => {
  await context.clock.install();
  const a = await context.newPage();
  await logIn(a);
  // window.open of the same page: what "Duplicate tab" does, sessionStorage copied and all.
  const [dup] = await Promise.all([context.waitForEvent('page'), a.evaluate(() => window.open(location.href))]);
  await expect(dup.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  await refreshesOnceAcross(context, [a, dup]);
});

type Twice = 'click then Enter' | 'Enter twice';

/** Submits with the keyboard (and the mouse) twice, as fast as a customer can. */
async function submitTwice(page: Page, button: Locator, how: Twice) {
  if (how === 'click then Enter') {
    await button.click();
  } else {
    await button.focus();
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Enter');
}

/** Answers of `pattern` come 600 ms late, so the second submit lands while the first is pending. */
async function slow(page: Page, pattern: string) {
  await page.route(pattern, async (route) => {
    await new Promise((r) => setTimeout(r, 600));
    await route.continue();
  });
}

function counter(page: Page, method: string, test: (url: string) => boolean) {
  const calls: string[] = [];
  page.on('request', (r) => { if (r.method() === method && test(r.url())) calls.push(r.url()); });
  return calls;
}

async function portal(request: any) {
  const token = await apiToken(request);
  return async (p: string) => (await request.get(`/api${p}`, { headers: { Authorization: `Bearer ${token}` } })).json();
}

for (const how of ['click then Enter', 'Enter twice'] as Twice[]) {
  test(`sign in (${how}) sends one login`, async ({ page }) => {
    const logins = counter(page, 'POST', (u) => u.endsWith('/api/login'));
    await slow(page, '**/api/login');
    await page.goto('/login');
    await page.getByLabel('Email address').fill(DEMO.email);
    await page.getByLabel('Password').fill(DEMO.password);
    await submitTwice(page, page.getByRole('button', { name: 'Sign in' }), how);
    await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
    expect(logins).toHaveLength(1);
  });

  test(`apply credit (${how}) applies once`, async ({ page, request }) => {
    const get = await portal(request);
    const due = (await get('/invoices/due')).invoices.find((i: any) => i.currency === 'USD');
    await logIn(page);
    await page.goto(`/invoices/${due.id}`);
    const posts = counter(page, 'POST', (u) => u.endsWith(`/invoice/${due.id}/credit`));
    await slow(page, `**/api/invoice/${due.id}/credit`);
    const panel = page.getByRole('region', { name: 'Apply credit' });
    await panel.getByLabel('Amount to apply').fill('0.10');
    await panel.getByRole('button', { name: 'Apply credit' }).click();
    const confirm = page.getByRole('dialog', { name: 'Apply credit' }).getByRole('button', { name: /^Apply / });
    await submitTwice(page, confirm, how);
    await expect(page.getByRole('status').filter({ hasText: 'Credit applied.' })).toBeVisible();
    await page.waitForTimeout(700);
    expect(posts).toHaveLength(1);
  });

  test(`pay an invoice (${how}) asks the gateway once`, async ({ page, request }) => {
    const get = await portal(request);
    const due = (await get('/invoices/due')).invoices.find((i: any) => i.currency === 'USD');
    await logIn(page);
    await page.goto(`/invoices/${due.id}`);
    const links = counter(page, 'GET', (u) => u.includes(`/api/billing/${due.id}/pay/`));
    await slow(page, `**/api/billing/${due.id}/pay/**`);
    const panel = page.getByRole('region', { name: 'Pay this invoice' });
    await panel.getByRole('radio', { name: /Bank Transfer/ }).check();
    await panel.getByRole('button', { name: 'Continue to payment' }).click();
    const confirm = page.getByRole('dialog', { name: 'Pay this invoice' }).getByRole('button', { name: /^Pay / });
    await submitTwice(page, confirm, how);
    await expect(page.getByRole('heading', { name: 'Demo payment gateway' })).toBeVisible();
    expect(links).toHaveLength(1);
  });

  test(`add funds (${how}) creates one top-up invoice`, async ({ page }) => {
    await logIn(page);
    await page.goto('/funds');
    const creates = counter(page, 'POST', (u) => u.endsWith('/api/billing/addfunds'));
    await slow(page, '**/api/billing/addfunds');
    // Amounts of their own: two equal top-ups would tie in other tests' sort by total.
    await page.getByLabel('Amount (USD)').fill(how === 'Enter twice' ? '15.41' : '15.37');
    await page.getByLabel('Payment method').selectOption({ label: 'Bank Transfer' });
    await submitTwice(page, page.getByRole('button', { name: 'Create top-up invoice' }), how);
    await expect(page.getByRole('heading', { name: /Invoice #/ })).toBeVisible();
    expect(creates).toHaveLength(1);
  });

  test(`a power action (${how}) is sent once`, async ({ page }) => {
    await logIn(page);
    await page.goto('/services/303/vms/9001');
    const state = page.getByRole('article').locator('.vm-state');
    await expect(state).toHaveText('Running', { timeout: 15_000 });
    const posts = counter(page, 'POST', (u) => u.endsWith('/vms/9001/reboot'));
    await slow(page, '**/api/service/303/vms/9001/reboot');
    await page.getByRole('group', { name: 'Power' }).getByRole('button', { name: 'Reboot' }).click();
    const confirm = page.getByRole('dialog', { name: 'Power' }).getByRole('button', { name: 'Confirm' });
    // Every text the badge shows is recorded: on a loaded machine "Rebooting…" can come and go
    // between two of Playwright's polls.
    await state.evaluate((el) => {
      const seen: string[] = [];
      (window as any).__vmStates = seen;
      new MutationObserver(() => seen.push(el.textContent?.trim() ?? '')).observe(el, { childList: true, subtree: true, characterData: true });
    });
    await submitTwice(page, confirm, how);
    await expect.poll(() => page.evaluate(() => (window as any).__vmStates)).toContain('Rebooting…');
    await expect(state).toHaveText('Running', { timeout: 15_000 });
    expect(posts).toHaveLength(1);
  });

  test(`DNS apply (${how}) sends each change once`, async ({ page }) => {
    await logIn(page);
    await page.goto('/dns/306/1');
    await page.getByRole('button', { name: 'Add record' }).first().click();
    const form = page.getByRole('region', { name: 'Add record' });
    await form.getByLabel('Type').selectOption('A');
    const name = `twice-${how.startsWith('click') ? 'c' : 'e'}${Date.now() % 100000}`;
    await form.getByLabel('Name', { exact: true }).fill(name);
    await form.getByLabel('IPv4 address', { exact: true }).fill('192.0.2.77');
    await form.getByRole('button', { name: 'Stage change' }).click();
    const posts = counter(page, 'POST', (u) => u.includes('/dns/1/records'));
    await slow(page, '**/api/service/306/dns/1/records');
    const panel = page.getByRole('region', { name: 'Staged changes' });
    await submitTwice(page, panel.getByRole('button', { name: /^Apply 1 changes?$/ }), how);
    await expect(page.getByRole('status').filter({ hasText: /changes? (was|were) applied/ })).toBeVisible();
    expect(posts).toHaveLength(1);
  });
}

test('Escape on an armed rebuild, destroy or power confirmation sends nothing', async ({ page }) => {
  const sent: string[] = [];
  page.on('request', (r) => {
    if (['POST', 'DELETE', 'PUT'].includes(r.method()) && /\/vms\/900[15]/.test(r.url())) sent.push(`${r.method()} ${r.url()}`);
  });
  await logIn(page);
  await page.goto('/services/304/vms/9005');
  await expect(page.getByRole('heading', { name: 'staging-ci', level: 1 })).toBeVisible();
  // Rebuild: the exact name typed (the action armed), then Escape.
  await page.getByLabel('Operating system').selectOption({ label: 'Debian 12' });
  await page.getByRole('button', { name: 'Rebuild staging-ci' }).click();
  const rebuild = page.getByRole('dialog', { name: 'Rebuild' });
  await rebuild.getByLabel(/Type staging-ci/).fill('staging-ci');
  await expect(rebuild.getByRole('button', { name: 'Rebuild' })).toBeEnabled();
  await page.keyboard.press('Escape');
  await expect(rebuild).toHaveCount(0);
  // Destroy: the same.
  await page.getByRole('button', { name: 'Destroy staging-ci' }).click();
  const destroy = page.getByRole('dialog', { name: 'Destroy server' });
  await destroy.getByLabel(/Type staging-ci/).fill('staging-ci');
  await expect(destroy.getByRole('button', { name: 'Destroy server' })).toBeEnabled();
  await page.keyboard.press('Escape');
  await expect(destroy).toHaveCount(0);
  // A plain confirmation, with focus on Confirm: Escape still cancels.
  await page.goto('/services/303/vms/9001');
  const state = page.getByRole('article').locator('.vm-state');
  await expect(state).toHaveText('Running', { timeout: 15_000 });
  await page.getByRole('group', { name: 'Power' }).getByRole('button', { name: 'Reboot' }).click();
  const power = page.getByRole('dialog', { name: 'Power' });
  await expect(power).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(power).toHaveCount(0);
  await page.waitForTimeout(500);
  expect(sent).toEqual([]);
  await expect(state).toHaveText('Running');
});

test('a real panic shows the crash screen, which reloads into a working app', async ({ page, watch }) => {
  await logIn(page);
  await page.evaluate(() => { try { (window as any).atriumTestPanic(); } catch { /* the wasm trap */ } });
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
  // This panic was asked for: the fixture's "no panic" rule is for every other one.
  expect(watch.problems.every((p) => /atriumTestPanic|unreachable|panic/.test(p))).toBe(true);
  watch.problems.length = 0;
  await alert.getByRole('link', { name: 'Reload' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Balance' }).getByText('Account credit')).toBeVisible();
});

test('a read that hangs past its deadline shows an error with Try again, which then works', async ({ page }) => {
  await page.clock.install();
  await logIn(page);
  let hung = 0;
  await page.route('**/api/invoice', (route) => { hung++; /* never answered */ void route; });
  // Opened directly: the dashboard's invoice list, read a moment ago, would otherwise serve the
  // page (reads are shared between pages for 30 s).
  await page.goto('/invoices');
  // The invoices area arrives as its own chunk: its first read is on its way before the clock runs.
  await expect.poll(() => hung).toBeGreaterThan(0);
  // Each try times out after 15 s; reads are retried 3 times with backoff: let the clock run.
  const error = page.getByRole('alert').filter({ hasText: 'took too long to answer' });
  for (let i = 0; i < 20 && !(await error.isVisible()); i++) await page.clock.runFor(5_000);
  await expect(error).toBeVisible();
  // The fourth try may reach the route handler a moment after its timeout has fired.
  await expect.poll(() => hung).toBe(4);
  await page.unroute('**/api/invoice');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('table').getByRole('link').first()).toBeVisible();
});
