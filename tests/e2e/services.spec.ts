import { test, expect, logIn, apiToken } from './fixtures';
import { toHundredths, formatEn } from './money';

async function portal(request: any) {
  const token = await apiToken(request);
  return async (p: string) => (await request.get(`/api${p}`, { headers: { Authorization: `Bearer ${token}` } })).json();
}

test('the service list filters by status and the URL keeps the filter', async ({ page, request }) => {
  const get = await portal(request);
  const all: any[] = (await get('/service')).services;
  await logIn(page);
  await page.goto('/services');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(1 + all.length);
  await page.getByRole('navigation', { name: 'Status' }).getByRole('link', { name: 'Suspended' }).click();
  await expect(page).toHaveURL(/\/services\?status=suspended$/);
  const suspended = all.filter((s) => s.status === 'Suspended');
  await expect(rows).toHaveCount(1 + suspended.length);
  await page.reload();
  await expect(rows).toHaveCount(1 + suspended.length);
  await expect(rows.nth(1)).toContainText(suspended[0].name);
});

test('a search finds services at once by name, then by address through the portal, and keeps the list when the portal fails', async ({ page, request }) => {
  const get = await portal(request);
  const all: any[] = (await get('/service')).services;
  const server = all.find((s) => s.id === '308');
  const address = '103.56.158.11'; // one of the dedicated server's addresses (the list does not show it)
  const searches: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/api/clientarea/search/')) searches.push(decodeURIComponent(r.url().split('/search/')[1])); });
  await logIn(page);
  await page.goto('/services');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(1 + all.length);
  const search = page.getByRole('searchbox', { name: 'Search services' });
  const found = page.getByRole('status').filter({ hasText: /found/ });

  // By domain: matched here at once, and the address keeps the search.
  await search.fill('nguyenstudio.com');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('nguyenstudio.com');
  await expect(page).toHaveURL(/\/services\?q=nguyenstudio\.com$/);
  await expect(found).toHaveText('1 service found.');

  // By address: nothing here matches; the portal's answer adds the server. Typed key by key,
  // the portal is asked after the pauses, not once per key, and last for the whole address.
  await search.fill('');
  await expect(rows).toHaveCount(1 + all.length);
  searches.length = 0;
  await search.pressSequentially(address, { delay: 20 });
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(server.name);
  expect(searches.length).toBeLessThan(address.length / 2);
  expect(searches[searches.length - 1]).toBe(address);
  await page.reload();
  await expect(search).toHaveValue(address);
  await expect(rows).toHaveCount(2);

  // The portal's search fails: what matches here is still shown, and the page says so.
  await page.route('**/api/clientarea/search/**', (r) => r.fulfill({ status: 500, body: '{}' }));
  await search.fill('cloud');
  const cloud = all.filter((s) => /cloud/i.test(`${s.name} ${s.domain}`));
  await expect(page.getByRole('status').filter({ hasText: 'did not answer' })).toBeVisible();
  await expect(rows).toHaveCount(1 + cloud.length);

  // The status tab keeps the search, and the search keeps the tab.
  await page.getByRole('navigation', { name: 'Status' }).getByRole('link', { name: 'Active' }).click();
  await expect(page).toHaveURL(/\/services\?status=active&q=cloud$/);
  await expect(rows).toHaveCount(1 + cloud.filter((s) => s.status === 'Active').length);
});

test('a service shows the portal\'s figures, hides the password until asked, and its label is saved once', async ({ page, request }) => {
  const get = await portal(request);
  const s = (await get('/service/301')).service;
  await logIn(page);
  await page.goto('/services');
  await page.getByRole('link', { name: s.name }).first().click();
  await expect(page).toHaveURL(/\/services\/\d+$/);
  await page.goto('/services/301');
  const doc = page.getByRole('article');
  await expect(doc.getByRole('heading', { name: s.label || s.name })).toBeVisible();
  await expect(doc.locator('[data-figure="service-price"]')).toHaveText(formatEn(toHundredths(s.total), 'USD'));
  await expect(doc).toContainText(s.billingcycle);
  await expect(doc).not.toContainText(s.password);
  await doc.getByRole('button', { name: 'Show' }).click();
  await expect(doc).toContainText(s.password);
  let posts = 0;
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/api/service/301/label')) posts++; });
  await page.getByLabel('Your own name for this service').fill('Marketing site');
  await page.getByRole('button', { name: 'Save' }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'Label saved.' })).toBeVisible();
  await expect(doc.getByRole('heading', { name: 'Marketing site' })).toBeVisible();
  expect(posts).toBe(1);
  expect((await get('/service/301')).service.label).toBe('Marketing site');
  await page.getByLabel('Your own name for this service').fill('x'.repeat(70));
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('A label can be at most 64 characters.')).toBeVisible();
});

test('a label changed elsewhere since the page opened is shown, not overwritten, until the customer chooses', async ({ page, request }) => {
  const token = await apiToken(request);
  const setElsewhere = async (label: string) => {
    const r = await request.post('/api/service/302/label', { headers: { Authorization: `Bearer ${token}` }, data: { label } });
    expect(r.ok()).toBeTruthy();
  };
  await setElsewhere('Before');
  await logIn(page);
  await page.goto('/services/302');
  const doc = page.getByRole('article');
  const field = page.getByLabel('Your own name for this service');
  await expect(field).toHaveValue('Before');
  let posts = 0;
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/api/service/302/label')) posts++; });
  // Another tab renames the service; this page still shows the old label.
  await setElsewhere('Shop front');
  await field.fill('Landing page');
  await page.getByRole('button', { name: 'Save' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'Nothing was saved' });
  await expect(warning).toContainText('the label was changed elsewhere to “Shop front”.');
  expect(posts).toBe(0);
  // Keeping theirs: the field and the heading show it, nothing is sent.
  await warning.getByRole('button', { name: 'Keep that label' }).click();
  await expect(field).toHaveValue('Shop front');
  await expect(doc.getByRole('heading', { name: 'Shop front' })).toBeVisible();
  await expect(warning).toHaveCount(0);
  expect(posts).toBe(0);
  // Changed elsewhere again: this time the customer's own label wins, sent once.
  await setElsewhere('Third');
  await field.fill('Mine');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: 'Save mine instead' }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'Label saved.' })).toBeVisible();
  expect(posts).toBe(1);
  const get = await portal(request);
  expect((await get('/service/302')).service.label).toBe('Mine');
});

test('another client\'s service is refused clearly', async ({ page }) => {
  await logIn(page, { email: 'other@atrium.test', password: 'other1234' });
  await page.goto('/services/301');
  await expect(page.getByText('This service does not exist or belongs to another account.')).toBeVisible();
});

test('a dedicated server lists its addresses; a reverse-DNS name is checked before sending and saved once', async ({ page, request }) => {
  const get = await portal(request);
  const listed: any[] = (await get('/service/308/ip')).ips;
  const posts: string[] = [];
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/api/service/308/rdns')) posts.push(r.postData() ?? ''); });
  await logIn(page);
  await page.goto('/services/308');
  const section = page.getByRole('region', { name: 'IP addresses' });
  await expect(section.getByRole('row')).toHaveCount(1 + listed.length);
  await expect(section.getByLabel('Reverse DNS of 103.56.158.10')).toHaveValue('db1.nguyenstudio.vn');
  const second = section.getByLabel('Reverse DNS of 103.56.158.11');
  // Nothing changed: nothing is sent, and the page says so.
  await section.getByRole('button', { name: 'Save reverse DNS' }).click();
  await expect(section.getByText('Nothing to save: no name was changed.')).toBeVisible();
  // Not a host name: refused on the spot.
  await second.fill('not a host');
  await section.getByRole('button', { name: 'Save reverse DNS' }).click();
  await expect(second).toHaveAttribute('aria-invalid', 'true');
  await expect(section.getByText(/Not a host name/)).toBeVisible();
  expect(posts).toEqual([]);
  // A good one, double-clicked: one request, with only the changed name.
  const name = `mx-${Date.now()}.nguyenstudio.vn`;
  await second.fill(name);
  await section.getByRole('button', { name: 'Save reverse DNS' }).dblclick();
  await expect(section.getByText('Reverse DNS saved.')).toBeVisible();
  expect(posts.length).toBe(1);
  expect(JSON.parse(posts[0])).toEqual({ ipaddress: { '103.56.158.11': name } });
  await page.reload();
  await expect(page.getByRole('region', { name: 'IP addresses' }).getByLabel('Reverse DNS of 103.56.158.11')).toHaveValue(name);
});

test('a cPanel account lists the backups its panel keeps; a cloud server has no such list', async ({ page, request }) => {
  const get = await portal(request);
  const backups: any[] = (await get('/service/cpanel2/301/backup')).backups;
  await logIn(page);
  await page.goto('/services/301');
  const section = page.getByRole('region', { name: 'Control panel backups' });
  await expect(section.getByRole('row')).toHaveCount(1 + backups.length);
  await expect(section.getByRole('row').nth(1)).toContainText(backups[0].file);
  await expect(section.getByRole('row').nth(1)).toContainText(backups[0].date);
  await expect(section).toContainText('open cPanel and choose Backup');
  await page.goto('/services/303');
  await expect(page.getByRole('heading', { name: /Cloud M|web cluster/ }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Control panel backups' })).toHaveCount(0);
});
