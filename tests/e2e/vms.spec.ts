import { test, expect, logIn, apiToken } from './fixtures';

// The demo portal simulates its VMs with real timings (a start takes 3 s, a reboot 4 s, a
// rebuild 12 s) and locks a VM while a task runs, as a hypervisor does.

async function portal(request: any) {
  const token = await apiToken(request);
  const headers = { Authorization: `Bearer ${token}` };
  return {
    get: async (p: string) => (await request.get(`/api${p}`, { headers })).json(),
    post: async (p: string, data: any = {}) => request.post(`/api${p}`, { headers, data }),
  };
}

const state = (page: any) => page.getByRole('article').locator('.vm-state');

test('a stopped VM starts and becomes running without a reload', async ({ page }) => {
  await logIn(page);
  await page.goto('/services/303');
  await page.getByRole('link', { name: 'db-01' }).click();
  await expect(page).toHaveURL(/\/services\/303\/vms\/9003$/);
  await expect(page.getByRole('heading', { name: 'db-01', level: 1 })).toBeVisible();
  await expect(state(page)).toHaveText('Stopped');
  await page.evaluate(() => ((window as any).__noReload = true));
  const power = page.getByRole('group', { name: 'Power' });
  await expect(power.getByRole('button', { name: 'Power off' })).toBeDisabled();
  await power.getByRole('button', { name: 'Start' }).click();
  // The portal's transitional state, then its settled one, by polling alone.
  await expect(state(page)).toHaveText('Starting…');
  await expect(power.getByRole('button', { name: 'Start' })).toBeDisabled();
  await expect(state(page)).toHaveText('Running', { timeout: 15_000 });
  await expect(power.getByRole('button', { name: 'Start' })).toBeDisabled();
  await expect(power.getByRole('button', { name: 'Reboot' })).toBeEnabled();
  expect(await page.evaluate(() => (window as any).__noReload)).toBe(true);
});

test('a reboot asks first, naming the machine, and is sent once', async ({ page }) => {
  let posts = 0;
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/vms/9001/reboot')) posts++; });
  await logIn(page);
  await page.goto('/services/303/vms/9001');
  await expect(state(page)).toHaveText('Running');
  const power = page.getByRole('group', { name: 'Power' });
  await power.getByRole('button', { name: 'Reboot' }).click();
  const dialog = page.getByRole('dialog', { name: 'Power' });
  await expect(dialog).toContainText('Reboot web-01?');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(posts).toBe(0);
  await power.getByRole('button', { name: 'Reboot' }).click();
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(state(page)).toHaveText('Rebooting…');
  await expect(power.getByRole('button', { name: 'Reboot' })).toBeDisabled();
  await expect(state(page)).toHaveText('Running', { timeout: 15_000 });
  expect(posts).toBe(1);
});

test('a VM locked by another task shows the portal\'s reason and keeps following the task', async ({ page, request }) => {
  const api = await portal(request);
  await logIn(page);
  await page.goto('/services/304/vms/9004');
  await expect(state(page)).toHaveText('Running');
  // Someone else (another tab, the provider) starts a reboot; this page has not seen it yet.
  expect((await api.post('/service/304/vms/9004/reboot')).ok()).toBeTruthy();
  const power = page.getByRole('group', { name: 'Power' });
  await power.getByRole('button', { name: 'Shut down' }).click();
  await page.getByRole('dialog', { name: 'Power' }).getByRole('button', { name: 'Confirm' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'locked by another task' });
  await expect(alert).toBeVisible();
  await expect(page.getByText('try again once the current task has finished')).toBeVisible();
  await expect(state(page)).toHaveText('Rebooting…');
  await expect(state(page)).toHaveText('Running', { timeout: 15_000 });
});

test('a rebuild is impossible until the exact name is typed and sends one request', async ({ page }) => {
  const bodies: string[] = [];
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/vms/9005/rebuild')) bodies.push(r.postData() ?? ''); });
  await logIn(page);
  await page.goto('/services/304/vms/9005');
  await expect(state(page)).toHaveText('Stopped');
  await page.getByLabel('Operating system').selectOption({ label: 'Debian 12' });
  await page.getByRole('button', { name: 'Rebuild staging-ci' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rebuild' });
  await expect(dialog).toContainText('wipes its disk');
  await expect(dialog).toContainText('Debian 12');
  const go = dialog.getByRole('button', { name: 'Rebuild' });
  const name = dialog.getByLabel(/Type staging-ci/);
  await expect(go).toBeDisabled();
  await name.fill('staging-c');
  await expect(go).toBeDisabled();
  await name.fill('Staging-ci');
  await expect(go).toBeDisabled();
  await name.fill('staging-ci');
  await expect(go).toBeEnabled();
  await name.press('Enter');
  await expect(state(page)).toHaveText('Rebuilding…');
  await expect(page.getByRole('status').filter({ hasText: 'Rebuild started' })).toBeVisible();
  expect(bodies).toHaveLength(1);
  expect(JSON.parse(bodies[0])).toEqual({ template: 'debian-12' });
});

test('usage graphs are drawn from the demo portal\'s figures, with a table alternative', async ({ page, request }) => {
  const api = await portal(request);
  const points: any[] = (await api.get('/service/303/vms/9002/usage')).usage.points;
  await logIn(page);
  await page.goto('/services/303/vms/9002');
  const cpu = page.locator('figure[data-chart="vm-cpu"]');
  await expect(cpu.getByRole('img')).toBeVisible();
  await expect(cpu.locator('circle')).toHaveCount(points.length);
  const peak = Math.max(...points.map((p) => Number(p.cpu)));
  await expect(cpu.locator('desc')).toContainText(`peak ${peak.toFixed(1)} %`);
  await expect(page.locator('figure[data-chart="vm-net"] path.chart__line')).toHaveCount(2);
  await page.getByText('Show the figures as a table').click();
  const rows = page.locator('.chart-table tbody tr');
  await expect(rows).toHaveCount(points.length);
  const last = points[points.length - 1];
  await expect(rows.last().getByRole('rowheader')).toHaveText(last.time);
  await expect(rows.last().getByRole('cell').first()).toHaveText(Number(last.cpu).toFixed(1));
  const traffic = (await api.get('/service/303/vms/9002/traffic')).traffic;
  await expect(page.locator('[data-figure="vm-traffic"]')).toHaveText(`${Number(traffic.used_gb)} GB of ${traffic.limit_gb} GB used`);
});

test('an invalid reverse DNS name is refused before sending; a valid one is saved once', async ({ page, request }) => {
  const api = await portal(request);
  let posts = 0;
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/vms/9004/rdns')) posts++; });
  await logIn(page);
  await page.goto('/services/304/vms/9004');
  const field = page.getByLabel('Reverse DNS 198.51.100.21');
  await field.fill('not a name');
  await page.getByRole('button', { name: 'Save reverse DNS' }).click();
  await expect(page.getByText('Not a host name')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(posts).toBe(0);
  await field.fill('app.nguyenstudio.com');
  await page.getByRole('button', { name: 'Save reverse DNS' }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'Reverse DNS saved.' })).toBeVisible();
  expect(posts).toBe(1);
  const rdns: any[] = (await api.get('/service/304/vms/9004/rdns')).rdns;
  expect(rdns.find((r) => r.ipaddress === '198.51.100.21').hostname).toBe('app.nguyenstudio.com');
});

test('polling stops when the VM page is left', async ({ page, request }) => {
  const api = await portal(request);
  let polls = 0;
  page.on('request', (r) => { if (r.method() === 'GET' && r.url().endsWith('/api/service/303/vms/9002')) polls++; });
  await logIn(page);
  // A task under way makes the page poll every second or two.
  expect((await api.post('/service/303/vms/9002/reboot')).ok()).toBeTruthy();
  await page.goto('/services/303/vms/9002');
  await expect.poll(() => polls, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
  await page.getByRole('link', { name: /Back to the service/ }).click();
  await expect(page.getByRole('heading', { name: 'Virtual servers' })).toBeVisible();
  const left = polls;
  await page.waitForTimeout(4_000);
  expect(polls).toBe(left);
});

test('polling pauses while the tab is hidden and resumes when it is shown', async ({ page, request }) => {
  const api = await portal(request);
  let polls = 0;
  page.on('request', (r) => { if (r.method() === 'GET' && r.url().endsWith('/api/service/304/vms/9004')) polls++; });
  await logIn(page);
  expect((await api.post('/service/304/vms/9004/reboot')).ok()).toBeTruthy();
  await page.goto('/services/304/vms/9004');
  await expect.poll(() => polls, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  const setHidden = (hidden: boolean) => page.evaluate((h) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
  await setHidden(true);
  await page.waitForTimeout(1_500);
  const hiddenAt = polls;
  await page.waitForTimeout(4_000);
  expect(polls).toBe(hiddenAt);
  await setHidden(false);
  await expect.poll(() => polls, { timeout: 10_000 }).toBeGreaterThan(hiddenAt);
});

test('another client\'s VM is refused clearly', async ({ page }) => {
  await logIn(page, { email: 'other@atrium.test', password: 'other1234' });
  await page.goto('/services/303/vms/9001');
  await expect(page.getByText('This virtual server does not exist or belongs to another account.')).toBeVisible();
});

test('a service lists its invoices and takes one cancellation request, confirmed', async ({ page, request }) => {
  const api = await portal(request);
  const invoices: any[] = (await api.get('/invoices?perpage=100&filter[service]=303')).invoices;
  expect(invoices.length).toBeGreaterThan(0);
  let posts = 0;
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/service/301/cancel')) posts++; });
  await logIn(page);
  await page.goto('/services/303');
  const section = page.getByRole('region', { name: 'Invoices for this service' });
  await expect(section.getByRole('row')).toHaveCount(1 + Math.min(12, invoices.length));
  const newest = [...invoices].sort((a, b) => (a.date < b.date ? 1 : -1))[0];
  await expect(section.getByRole('row').nth(1)).toContainText(newest.number ?? newest.id);
  await page.goto('/services/301');
  await page.getByRole('button', { name: 'Request cancellation' }).click();
  await expect(page.getByText('Please say why you are cancelling.')).toBeVisible();
  await page.getByLabel('Reason').fill('Moving the shop to a new host');
  await page.getByRole('button', { name: 'Request cancellation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Request cancellation' });
  await expect(dialog).toContainText('at the end of the paid period');
  await dialog.getByRole('button', { name: 'Confirm' }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'Cancellation requested: At the end of the paid period.' })).toBeVisible();
  expect(posts).toBe(1);
  await page.reload();
  await expect(page.getByText('Cancellation requested: End of billing period.')).toBeVisible();
});

test('a VM is created only within the service\'s resources', async ({ page, request }) => {
  const api = await portal(request);
  const cpu = (await api.get('/service/303/resources')).resources.find((r: any) => r.name === 'cpu');
  let posts = 0;
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/api/service/303/vms')) posts++; });
  await logIn(page);
  await page.goto('/services/303');
  await expect(page.getByText(`${cpu.used} cores of ${cpu.total} cores used, ${cpu.available} cores available`)).toBeVisible();
  await page.getByText('Create a server').click();
  await page.getByLabel('Server name').fill('cache-01');
  await page.getByLabel('Operating system').selectOption({ label: 'Debian 12' });
  const cpus = page.getByRole('spinbutton', { name: 'CPU' });
  await cpus.fill(String(Number(cpu.available) + 1));
  await page.getByRole('button', { name: 'Create server' }).click();
  await expect(page.getByText(`More than this service has left: at most ${cpu.available} CPU.`)).toBeVisible();
  expect(posts).toBe(0);
  await cpus.fill('1');
  await page.getByLabel('Memory (MB)').fill('1024');
  await page.getByLabel('Disk (GB)').fill('20');
  await page.getByRole('button', { name: 'Create server' }).dblclick();
  const row = page.getByRole('row').filter({ hasText: 'cache-01' });
  await expect(row).toBeVisible();
  await expect(row).toContainText(/Creating…|Running/);
  expect(posts).toBe(1);
});

test('an extra address is attached only after a confirmation that says it may be billed', async ({ page }) => {
  const posts: string[] = [];
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/vms/9001/ips')) posts.push(r.url()); });
  await logIn(page);
  await page.goto('/services/303/vms/9001');
  const select = page.getByLabel('Add an address').first();
  const address = (await select.locator('option').nth(1).textContent())!.trim();
  await select.selectOption({ label: address });
  await page.getByRole('button', { name: 'Add an address' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add an address' });
  await expect(dialog).toContainText(`Attach ${address} to eth0?`);
  await expect(dialog).toContainText('may be billed');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  expect(posts).toHaveLength(0);
  await page.getByRole('button', { name: 'Add an address' }).first().click();
  await dialog.getByRole('button', { name: 'Add an address' }).click();
  await expect(page.getByRole('region', { name: 'Network' }).getByRole('table').getByText(address, { exact: true }).first()).toBeVisible();
  expect(posts).toHaveLength(1);
});

test('a backup the portal cannot restore is one click from a ticket that names it', async ({ page }) => {
  await logIn(page);
  await page.goto('/services/303/vms/9001');
  const panel = page.getByRole('region', { name: 'Backups' });
  await expect(panel).toContainText('This portal does not restore backups or take one on demand from here');
  const ask = panel.getByRole('link', { name: /^Ask to restore / }).first();
  const backup = (await ask.getAttribute('aria-label'))!.replace('Ask to restore ', '');
  await ask.click();
  await expect(page).toHaveURL(/\/support\/new\?subject=/);
  await expect(page.getByLabel('Subject')).toHaveValue(new RegExp(`^Please restore backup ${backup} of server \\S+`));
});

test('the VM page links to each of its sections, and resizing says what fits without a price change', async ({ page }) => {
  await logIn(page);
  await page.goto('/services/303/vms/9001');
  const nav = page.getByRole('navigation', { name: 'On this page' });
  await expect(nav.getByRole('link')).toHaveText(['Power', 'Console', 'Usage', 'Network', 'Rebuild network', 'Storage', 'Backups', 'Rebuild', 'Access', 'Resize', 'Destroy server']);
  await nav.getByRole('link', { name: 'Backups' }).click();
  await expect(page.getByRole('heading', { name: 'Backups' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Backups' })).toBeInViewport();
  const resize = page.getByRole('region', { name: 'Resize' });
  await expect(resize.locator('[data-figure="vm-resize-room"]')).toContainText(/^Up to \d+ cores? and [\d.]+ [GM]B of memory fit in this service's resources: resizing within them does not change what you pay\./);
  await expect(resize.getByRole('link', { name: 'Need more? Change plan' })).toHaveAttribute('href', '/services/303/upgrade');
});

test('an ISO image is added by its download address, checked first and sent once', async ({ page }) => {
  const posts: string[] = [];
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/service/303/images')) posts.push(r.postData() ?? ''); });
  await logIn(page);
  await page.goto('/services/303/vms/9001');
  const images = page.getByRole('list', { name: 'Images of this service' });
  await expect(images.getByRole('listitem')).toContainText(['SystemRescue 11']);
  // No attach or detach: no portal documents such a call.
  await expect(page.getByRole('button', { name: /^(Attach|Detach)$/ })).toHaveCount(0);
  const form = page.getByRole('form', { name: 'Add an ISO image' });
  await form.getByLabel('Name').fill('Alpine 3.20');
  await form.getByLabel('Download address (URL)').fill('https://dl.example.com/alpine/');
  await form.getByLabel('Least memory it needs, MB (optional)').fill('12');
  await form.getByRole('button', { name: 'Add an ISO image' }).click();
  await expect(form.getByText('Enter the address of an .iso file')).toBeVisible();
  await expect(form.getByText('Enter a whole number of MB, at least 64.')).toBeVisible();
  expect(posts).toEqual([]);
  await form.getByLabel('Download address (URL)').fill('https://dl.example.com/alpine/alpine-virt-3.20.iso');
  await form.getByLabel('Least memory it needs, MB (optional)').fill('256');
  await form.getByRole('button', { name: 'Add an ISO image' }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'The portal accepted the image' })).toBeVisible();
  expect(posts.length).toBe(1);
  expect(JSON.parse(posts[0])).toMatchObject({ label: 'Alpine 3.20', file_url: 'https://dl.example.com/alpine/alpine-virt-3.20.iso', os: 'linux', min_memory: 256 });
  await expect(images.getByRole('listitem').last()).toHaveText('Alpine 3.20');
  await expect(form.getByLabel('Name')).toHaveValue('');
});

test('a network rebuild says how the VM is stopped and whether it starts again, and is sent once', async ({ page }) => {
  const posts: string[] = [];
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/vms/9001/rebuild_network')) posts.push(r.postData() ?? ''); });
  await logIn(page);
  await page.goto('/services/303/vms/9001');
  await expect(state(page)).toHaveText('Running');
  const panel = page.getByRole('region', { name: 'Rebuild network' });
  await panel.getByRole('radio', { name: /Power off/ }).check();
  await panel.getByRole('checkbox', { name: 'Start it again afterwards' }).uncheck();
  await panel.getByRole('button', { name: 'Rebuild network of web-01' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('web-01 will be powered off and its network configuration written again. It stays stopped until you start it.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(posts).toEqual([]);
  // Started again after all: the confirmation says so.
  await panel.getByRole('checkbox', { name: 'Start it again afterwards' }).check();
  await panel.getByRole('button', { name: 'Rebuild network of web-01' }).click();
  await expect(page.getByRole('dialog')).toContainText('web-01 will be powered off, its network configuration written again, and started again.');
  await page.getByRole('dialog').getByRole('button', { name: 'Rebuild network' }).dblclick();
  await expect(panel.getByRole('status')).toHaveText('The network is being rebuilt; the status above follows it.');
  await expect(state(page)).toHaveText('Running', { timeout: 15_000 });
  expect(posts.map((p) => JSON.parse(p))).toEqual([{ shutdown_type: 'poweroff', force: '1', startup: '1' }]);
});
