import { test, expect, logIn, signOut, DEMO } from './fixtures';

test('an expired token is refreshed once for all parallel requests', async ({ page }) => {
  await page.clock.install();
  await logIn(page);
  const tokenCalls: string[] = [];
  const apiCalls: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/token')) tokenCalls.push(r.url());
    else if (r.url().includes('/api/')) apiCalls.push(r.url());
  });
  const before = await page.evaluate(() => JSON.parse(localStorage.getItem('atrium.session')!).refresh);
  // The customer's laptop sleeps for three hours; the token is long expired.
  await page.clock.fastForward('03:00:00');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Services' }).click();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('region', { name: 'Balance' }).getByText('Account credit')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Support tickets' }).locator('[data-figure="open-tickets"]')).toBeVisible();
  expect(tokenCalls.length).toBe(1);
  expect(apiCalls.length).toBeGreaterThanOrEqual(5);
  const after = await page.evaluate(() => JSON.parse(localStorage.getItem('atrium.session')!).refresh);
  expect(after).not.toBe(before); // rotated
});

test('a 401 on a token believed valid is answered by one refresh and one replay', async ({ page }) => {
  await logIn(page);
  let tokenCalls = 0;
  page.on('request', (r) => { if (r.url().endsWith('/api/token')) tokenCalls++; });
  let rejected = 0;
  await page.route('**/api/balance', async (route) => {
    if (rejected++ === 0) {
      await route.fulfill({ status: 401, contentType: 'application/json', body: '{"error":["token revoked"]}' });
    } else {
      await route.continue();
    }
  });
  await page.reload();
  await expect(page.getByRole('region', { name: 'Balance' }).getByText('Account credit')).toBeVisible();
  expect(tokenCalls).toBe(1);
  expect(rejected).toBe(2);
});

test('a refused refresh asks to sign in again in place, and the page comes back', async ({ page }) => {
  await page.clock.install();
  await logIn(page);
  await page.route('**/api/token', (route) =>
    route.fulfill({ status: 401, contentType: 'application/json', body: '{"error":["Invalid refresh token"]}' }));
  await page.clock.fastForward('03:00:00');
  await page.reload();
  const dialog = page.getByRole('dialog', { name: 'Sign in again' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Your session expired.');
  // The page stays underneath: nothing the customer was doing is thrown away.
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeAttached();
  await page.unroute('**/api/token');
  // Whose session it is, filled in and fixed: the page behind holds this account's data.
  await expect(dialog).toContainText(`Account: ${DEMO.email}`);
  await expect(dialog.getByLabel('Email address')).toHaveValue(DEMO.email);
  await expect(dialog.getByLabel('Email address')).toHaveAttribute('readonly', '');
  await dialog.getByLabel('Password').fill(DEMO.password);
  await dialog.getByRole('button', { name: 'Sign in again' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Balance' }).getByText('Account credit')).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
});

test('giving up an expired session goes to the login page', async ({ page }) => {
  await page.clock.install();
  await logIn(page);
  await page.route('**/api/token', (route) =>
    route.fulfill({ status: 400, contentType: 'application/json', body: '{"error":["expired"]}' }));
  await page.clock.fastForward('03:00:00');
  await page.reload();
  const dialog = page.getByRole('dialog', { name: 'Sign in again' });
  await dialog.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to your account' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('atrium.session'))).toBeNull();
});

test('a portal outage during refresh keeps the session', async ({ page }) => {
  await page.clock.install();
  await logIn(page);
  await page.route('**/api/token', (route) => route.fulfill({ status: 503, body: '' }));
  await page.clock.fastForward('03:00:00');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Services' }).click();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByText('Connection problems')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('atrium.session'))).not.toBeNull();
  // The portal comes back: the next read refreshes and the notice goes away.
  await page.unroute('**/api/token');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Services' }).click();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('region', { name: 'Balance' }).getByText('Account credit')).toBeVisible();
  await expect(page.getByText('Connection problems')).toHaveCount(0);
});

test('a reload keeps the session without showing the login page', async ({ page }) => {
  await logIn(page);
  await page.addInitScript(() => {
    (window as any).__paths = [location.pathname];
    for (const fn of ['pushState', 'replaceState'] as const) {
      const orig = history[fn].bind(history);
      history[fn] = (...args: any[]) => { orig(...args); (window as any).__paths.push(location.pathname); };
    }
  });
  await page.reload();
  await expect(page.getByRole('region', { name: 'Balance' }).getByText('Account credit')).toBeVisible();
  const paths: string[] = await page.evaluate(() => (window as any).__paths);
  expect(paths.some((p) => p.startsWith('/login'))).toBe(false);
});

test('logout in one tab logs out the other within a second', async ({ context }) => {
  const a = await context.newPage();
  await logIn(a);
  const b = await context.newPage();
  await b.goto('/');
  await expect(b.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  let revokes = 0;
  a.on('request', (r) => { if (r.url().endsWith('/api/revoke')) revokes++; });
  await signOut(a);
  await expect(b.getByRole('heading', { name: 'Sign in to your account' })).toBeVisible({ timeout: 1_000 });
  await expect.poll(() => revokes).toBe(1);
});

test('login in one tab reaches the other', async ({ context }) => {
  const a = await context.newPage();
  await a.goto('/login');
  const b = await context.newPage();
  await logIn(b);
  await expect(a.getByRole('heading', { name: 'Welcome back' })).toBeVisible({ timeout: 1_000 });
});

test('two tabs needing a refresh at once spend the refresh token once', async ({ context }) => {
  const a = await context.newPage();
  await a.clock.install();
  await logIn(a);
  const b = await context.newPage();
  await b.clock.install();
  await b.goto('/');
  await expect(b.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  const tokenCalls: string[] = [];
  context.on('request', (r) => { if (r.url().endsWith('/api/token')) tokenCalls.push(r.url()); });
  await Promise.all([a.clock.fastForward('03:00:00'), b.clock.fastForward('03:00:00')]);
  // Both tabs reload with an expired access token at the same moment.
  await Promise.all([a.reload(), b.reload()]);
  for (const p of [a, b]) {
    await expect(p.getByRole('region', { name: 'Balance' }).getByText('Account credit')).toBeVisible();
  }
  expect(tokenCalls.length).toBe(1);
  const [ra, rb] = await Promise.all([a, b].map((p) => p.evaluate(() => JSON.parse(localStorage.getItem('atrium.session')!).refresh)));
  expect(ra).toBe(rb);
});
