import { test, expect, logIn, apiToken, fault, DEMO } from './fixtures';
import { readFileSync } from 'fs';

const ZONE = '/dns/306/1'; // nguyenstudio.com
const API_ZONE = '/api/service/306/dns/1';

async function records(request: any) {
  const token = await apiToken(request);
  const r = await request.get(API_ZONE, { headers: { Authorization: `Bearer ${token}` } });
  return (await r.json()).records as any[];
}

async function openForm(page: any, type: string, name: string) {
  await page.getByRole('button', { name: 'Add record' }).first().click();
  const form = page.getByRole('region', { name: 'Add record' });
  await form.getByLabel('Type').selectOption(type);
  await form.getByLabel('Name', { exact: true }).fill(name);
  return form;
}

test('records of every type are staged, shown as a diff, and applied once', async ({ page, request }) => {
  await logIn(page);
  await page.goto(ZONE);
  const cases: [string, string, Record<string, string>, string, string][] = [
    ['A', 'e2e-a', { 'IPv4 address': '192.0.2.50' }, '192.0.2.50', '0'],
    ['AAAA', 'e2e-aaaa', { 'IPv6 address': '2001:DB8:0:0::50' }, '2001:db8::50', '0'],
    ['CNAME', 'e2e-cname', { 'Target host': 'target.example.net.' }, 'target.example.net.', '0'],
    ['MX', 'e2e-mx', { Preference: '15', 'Mail server': 'mx.example.net.' }, 'mx.example.net.', '15'],
    ['TXT', 'e2e-txt', { Text: 'hello "world"' }, '"hello \\"world\\""', '0'],
    ['SRV', '_e2e._tcp', { Priority: '5', Weight: '20', Port: '443', 'Target host': 'srv.example.net.' }, '20 443 srv.example.net.', '5'],
    ['CAA', 'e2e-caa', { Flags: '0', Tag: 'issuewild', 'Value (CA domain or URL)': 'letsencrypt.org' }, '0 issuewild "letsencrypt.org"', '0'],
    ['NS', 'e2e-sub', { 'Target host': 'ns1.example.net.' }, 'ns1.example.net.', '0'],
    ['PTR', 'e2e-ptr', { 'Target host': 'host.example.net.' }, 'host.example.net.', '0'],
  ];
  for (const [type, name, fields] of cases) {
    const form = await openForm(page, type, name);
    for (const [label, value] of Object.entries(fields)) await form.getByLabel(label, { exact: true }).fill(value);
    await form.getByRole('button', { name: 'Stage change' }).click();
    await expect(form).toHaveCount(0);
  }
  const panel = page.getByRole('region', { name: 'Staged changes' });
  await expect(panel.locator('[data-figure="staged-count"]')).toHaveText(String(cases.length));
  let posts = 0;
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().includes('/dns/1/records')) posts++; });
  await panel.getByRole('button', { name: `Apply ${cases.length} changes` }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: `All ${cases.length} changes were applied.` })).toBeVisible();
  expect(posts).toBe(cases.length);
  const live = await records(request);
  for (const [type, name, , content, priority] of cases) {
    const found = live.filter((r) => r.name === name && r.type === type);
    expect(found, `${type} ${name}`).toHaveLength(1);
    expect(found[0].content).toBe(content);
    expect(found[0].priority).toBe(priority);
  }
});

test('an invalid record shows its error and sends nothing; a CNAME beside an A is refused', async ({ page }) => {
  await logIn(page);
  await page.goto(ZONE);
  let writes = 0;
  page.on('request', (r) => { if (r.url().includes('/records') && r.method() !== 'GET') writes++; });
  let form = await openForm(page, 'A', 'bad-ip');
  await form.getByLabel('IPv4 address').fill('192.168.01.1');
  await form.getByRole('button', { name: 'Stage change' }).click();
  await expect(form.getByText('Enter an IPv4 address like 192.0.2.10')).toBeVisible();
  await form.getByLabel('Name', { exact: true }).fill('www.nguyenstudio.com');
  await form.getByLabel('IPv4 address').fill('192.0.2.1');
  await form.getByRole('button', { name: 'Stage change' }).click();
  await expect(form.getByText('This would repeat the zone name. Did you mean www?')).toBeVisible();
  await form.getByLabel('Name', { exact: true }).fill('www');
  await form.getByRole('button', { name: 'Stage change' }).click();
  await expect(form.getByRole('alert')).toContainText('a CNAME must be the only record at its name');
  await form.getByRole('button', { name: 'Cancel' }).click();
  form = await openForm(page, 'MX', '@');
  await form.getByLabel('Mail server').fill('mx.other.net');
  await form.getByRole('button', { name: 'Stage change' }).click();
  await expect(form.getByText('Did you mean mx.other.net.?')).toBeVisible();
  expect(writes).toBe(0);
  await expect(page.getByRole('region', { name: 'Staged changes' }).locator('[data-figure="staged-count"]')).toHaveText('0');
});

test('undo restores a deleted record before apply, and redo deletes it again', async ({ page }) => {
  await logIn(page);
  await page.goto(ZONE);
  const table = page.getByRole('region', { name: 'Records' });
  await table.getByLabel('Filter by name or content').fill('_dmarc');
  await table.getByRole('button', { name: /^Delete _dmarc/ }).click();
  const row = table.getByRole('row').filter({ hasText: '_dmarc' });
  await expect(row).toContainText('to delete');
  const panel = page.getByRole('region', { name: 'Staged changes' });
  await expect(panel.getByRole('listitem')).toContainText('v=DMARC1');
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(row).not.toContainText('to delete');
  await expect(panel.locator('[data-figure="staged-count"]')).toHaveText('0');
  await panel.getByRole('button', { name: 'Redo' }).click();
  await expect(row).toContainText('to delete');
  await panel.getByRole('button', { name: 'Discard all' }).click();
  await expect(row).not.toContainText('to delete');
});

test('a change the portal refuses stays staged with its message; the others are applied', async ({ page, request }) => {
  await logIn(page);
  await page.goto(ZONE);
  for (const [name, ip] of [['refused-1', '192.0.2.61'], ['accepted-2', '192.0.2.62']]) {
    const form = await openForm(page, 'A', name);
    await form.getByLabel('IPv4 address').fill(ip);
    await form.getByRole('button', { name: 'Stage change' }).click();
  }
  await fault(request, '/service/306/dns/1/records', 'status', 400);
  const panel = page.getByRole('region', { name: 'Staged changes' });
  await panel.getByRole('button', { name: 'Apply 2 changes' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Changes applied: 1. Refused, and still staged with the portal\'s reason: 1.' })).toBeVisible();
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expect(panel.getByRole('listitem')).toContainText('refused-1');
  await expect(panel.getByRole('listitem')).toContainText('Injected failure');
  const live = await records(request);
  expect(live.filter((r) => r.name === 'accepted-2')).toHaveLength(1);
  expect(live.filter((r) => r.name === 'refused-1')).toHaveLength(0);
  await panel.getByRole('button', { name: 'Apply 1 change' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The change was applied.' })).toBeVisible();
  expect((await records(request)).filter((r) => r.name === 'refused-1')).toHaveLength(1);
});

test('an expired session during apply keeps the changes and sends each once after signing in again', async ({ page, request }) => {
  await logIn(page);
  await page.goto(ZONE);
  for (const [name, ip] of [['resume-1', '192.0.2.71'], ['resume-2', '192.0.2.72']]) {
    const form = await openForm(page, 'A', name);
    await form.getByLabel('IPv4 address').fill(ip);
    await form.getByRole('button', { name: 'Stage change' }).click();
  }
  await page.route('**/api/service/306/dns/1/records', (route) =>
    route.fulfill({ status: 401, contentType: 'application/json', body: '{"error":["Invalid or expired token"]}' }));
  await page.route('**/api/token', (route) =>
    route.fulfill({ status: 401, contentType: 'application/json', body: '{"error":["Invalid refresh token"]}' }));
  await page.getByRole('region', { name: 'Staged changes' }).getByRole('button', { name: 'Apply 2 changes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign in again' });
  await expect(dialog).toBeVisible();
  await page.unroute('**/api/service/306/dns/1/records');
  await page.unroute('**/api/token');
  // Whose session it is, filled in and fixed: the page behind holds this account's data.
  await expect(dialog).toContainText(`Account: ${DEMO.email}`);
  await expect(dialog.getByLabel('Email address')).toHaveValue(DEMO.email);
  await expect(dialog.getByLabel('Email address')).toHaveAttribute('readonly', '');
  await dialog.getByLabel('Password').fill(DEMO.password);
  await dialog.getByRole('button', { name: 'Sign in again' }).click();
  await expect(dialog).toHaveCount(0);
  const panel = page.getByRole('region', { name: 'Staged changes' });
  await expect(panel.locator('[data-figure="staged-count"]')).toHaveText('2');
  await panel.getByRole('button', { name: 'Apply 2 changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All 2 changes were applied.' })).toBeVisible();
  const live = await records(request);
  expect(live.filter((r) => r.name.startsWith('resume-'))).toHaveLength(2);
});

test('export matches the portal; importing a zone file previews, stages and applies the difference', async ({ page, request }) => {
  await logIn(page);
  await page.goto('/dns/301/2'); // café.vn
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download zone file' }).click(),
  ]);
  const exported = readFileSync(await download.path(), 'utf8');
  const token = await apiToken(request);
  const zone = await (await request.get('/api/service/301/dns/2', { headers: { Authorization: `Bearer ${token}` } })).json();
  for (const r of zone.records) {
    const data = ['MX', 'SRV'].includes(r.type) ? `${r.priority} ${r.content}` : r.content;
    expect(exported).toContain(`${r.name}\t${r.ttl}\tIN\t${r.type}\t${data}`);
  }
  const importBox = page.getByLabel('Import: paste a BIND zone file');
  await importBox.fill(exported);
  await expect(page.getByRole('region', { name: 'Import preview' })).toContainText(`${zone.records.length} records read; 0 differences`);
  await importBox.fill(`${exported}imported 300 IN A 192.0.2.99\nbroken IN A 300.1.1.1\n`);
  const preview = page.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('1 differences');
  await expect(preview).toContainText(/Line \d+/);
  await preview.getByRole('button', { name: 'Stage 1 change' }).click();
  await page.getByRole('region', { name: 'Staged changes' }).getByRole('button', { name: 'Apply 1 change' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The change was applied.' })).toBeVisible();
  const after = await (await request.get('/api/service/301/dns/2', { headers: { Authorization: `Bearer ${token}` } })).json();
  expect(after.records.filter((r: any) => r.name === 'imported' && r.content === '192.0.2.99')).toHaveLength(1);
});

test('the 5,000-record zone filters and scrolls with a small DOM', async ({ page }) => {
  await logIn(page);
  await page.goto('/dns/303/3');
  const region = page.getByRole('region', { name: 'Records' });
  await expect(region.getByRole('status')).toHaveText('Showing 5000 of 5000 records');
  const rendered = await page.locator('.records-table tbody tr:not(.records-table__spacer)').count();
  expect(rendered).toBeLessThan(60);
  await page.locator('#records-scroll').evaluate((el) => { el.scrollTop = el.scrollHeight; });
  await expect(region.getByRole('row').filter({ hasText: /^.*host-999\.big-zone/ }).first()).toBeVisible();
  await region.getByLabel('Filter by name or content').fill('host-4321');
  await expect(region.getByRole('status')).toHaveText('Showing 1 of 5000 records');
  await region.getByRole('button', { name: /^CNAME/ }).click();
  await region.getByLabel('Filter by name or content').fill('');
  await expect(region.getByRole('status')).toHaveText('Showing 500 of 5000 records');
});

test('a zone is created with a Unicode name and deleted only after its name is typed', async ({ page }) => {
  await logIn(page);
  await page.goto('/dns');
  await page.getByLabel('Zone name').fill('thử-nghiệm.vn');
  await expect(page.getByText('Stored as xn--th-nghim-')).toBeVisible();
  await page.getByRole('button', { name: 'Create zone' }).click();
  const link = page.getByRole('link', { name: 'thử-nghiệm.vn' });
  await expect(link).toBeVisible();
  await page.getByRole('button', { name: 'Delete zone thử-nghiệm.vn' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete zone' });
  await expect(dialog).toContainText('removes every record');
  const confirm = dialog.getByRole('button', { name: 'Delete zone' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Type thử-nghiệm.vn to confirm').fill('thử-nghiệm');
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Type thử-nghiệm.vn to confirm').fill('thử-nghiệm.vn');
  await confirm.click();
  await expect(link).toHaveCount(0);
});

test('another client\'s zone is refused clearly', async ({ page }) => {
  await logIn(page, { email: 'other@atrium.test', password: 'other1234' });
  await page.goto(ZONE);
  await expect(page.getByText('This zone does not exist or belongs to another account.')).toBeVisible();
});

test('leaving with staged changes asks first, and the changes are still there on return', async ({ page }) => {
  await logIn(page);
  await page.goto(ZONE);
  const form = await openForm(page, 'TXT', 'kept');
  await form.getByLabel('Text', { exact: true }).fill('kept across navigation');
  await form.getByRole('button', { name: 'Stage change' }).click();
  let asked = '';
  page.once('dialog', (d) => { asked = d.message(); d.dismiss(); });
  await page.getByRole('link', { name: '← DNS zones' }).click();
  await expect.poll(() => asked).toContain('You have 1 staged change that is not applied yet.');
  await expect(page).toHaveURL(new RegExp(`${ZONE}$`));
  page.once('dialog', (d) => d.accept());
  await page.getByRole('link', { name: '← DNS zones' }).click();
  await expect(page.getByRole('heading', { name: 'DNS zones' })).toBeVisible();
  await page.getByRole('link', { name: 'nguyenstudio.com' }).click();
  const panel = page.getByRole('region', { name: 'Staged changes' });
  await expect(panel.locator('[data-figure="staged-count"]')).toHaveText('1');
  await expect(panel).toContainText('kept across navigation');
  await expect(panel.getByRole('button', { name: 'Apply 1 change' })).toBeVisible();
  await panel.getByRole('button', { name: 'Discard all' }).click();
});

test('TTLs read as durations, with the seconds one hover away', async ({ page, request }) => {
  const live = await records(request);
  const hourly = live.find((r: any) => Number(r.ttl) === 3600);
  expect(hourly, 'the demo zone has a record with a one-hour TTL').toBeTruthy();
  await logIn(page);
  await page.goto(ZONE);
  const cell = page.getByRole('table').locator('td[title="3600 s"]').first();
  await expect(cell).toHaveText('1 hour');
});

test('Edit takes focus into the form, Esc closes it and focus returns to the row\'s Edit button', async ({ page }) => {
  await logIn(page);
  await page.goto(ZONE);
  const edit = page.getByRole('button', { name: 'Edit nguyenstudio.com A', exact: true });
  await edit.focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('region', { name: 'Edit record' });
  await expect(form.getByLabel('Type')).toBeFocused();
  // The name and TTL fields sit side by side without overlapping.
  const name = (await form.getByLabel('Name', { exact: true }).boundingBox())!;
  const ttl = (await form.getByLabel('TTL').boundingBox())!;
  expect(name.x + name.width <= ttl.x || name.y + name.height <= ttl.y).toBeTruthy();
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  await expect(edit).toBeFocused();
});

test('a service\'s page lists its zones and opens the editor; a service without DNS shows none', async ({ page, request }) => {
  await logIn(page);
  await page.goto('/services/306');
  const zones = page.getByRole('region', { name: 'DNS zones' });
  await zones.getByRole('link', { name: 'nguyenstudio.com' }).click();
  await expect(page).toHaveURL(/\/dns\/306\/1$/);
  await expect(page.getByRole('heading', { name: 'nguyenstudio.com', level: 1 })).toBeVisible();

  // A server with DNS but no zone yet says so and leads to where one is created.
  await page.goto('/services/308');
  await expect(page.getByRole('region', { name: 'DNS zones' })).toContainText('This service holds no DNS zone yet.');
  await page.getByRole('region', { name: 'DNS zones' }).getByRole('link', { name: /Create or delete zones/ }).click();
  await expect(page.getByRole('heading', { name: 'DNS zones', level: 1 })).toBeVisible();

  // A licence: the portal answers "invalid method", and the page offers nothing of DNS.
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/service/309/dns'));
  await page.goto('/services/309');
  expect((await answered).status()).toBe(400);
  await expect(page.getByRole('heading', { name: 'Atrium Pro licence', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'DNS zones' })).toHaveCount(0);
  await expect(page.getByText('invalid method')).toHaveCount(0);

  // A cancelled hosting account without a zone: no invitation to create one.
  const cancelled = page.waitForResponse((r) => r.url().endsWith('/api/service/305/dns'));
  await page.goto('/services/305');
  expect((await cancelled).status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'Starter Hosting', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'DNS zones' })).toHaveCount(0);

  // A broken answer is said in the section, not hidden, and the rest of the page stays.
  await fault(request, '/service/305/dns', 'malformed'); // a service no other test opens
  await page.goto('/services/305');
  await expect(page.getByRole('region', { name: 'DNS zones' }).getByRole('alert')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
