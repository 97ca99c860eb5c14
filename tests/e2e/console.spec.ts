import { test, expect, logIn, apiToken } from './fixtures';

// The demo's live-01 is a real QEMU machine (Debian's kernel, busybox): its console is its VGA
// screen through noVNC. What is on that screen is read two ways: the pixels noVNC drew on its
// canvas, and the characters in the guest's VGA text buffer (the demo's test-only
// /api/__demo/vm/9006/screen, read over QMP), so "we typed echo and saw hello" needs no OCR.

const LIVE = '/services/303/vms/9006';

async function screenText(request: any): Promise<string> {
  const r = await request.get('/api/__demo/vm/9006/screen');
  expect(r.ok()).toBe(true);
  return (await r.json()).screen as string;
}

/** Lit pixels on the console's canvas (anything not black). */
async function litPixels(page: any): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('atrium-console canvas') as HTMLCanvasElement | null;
    if (!canvas || !canvas.width) return 0;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let lit = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] > 96) lit++;
    return lit;
  });
}

const badge = (page: any) => page.getByRole('article').locator('.vm-state');
const consoleSection = (page: any) => page.getByRole('region', { name: 'Console', exact: true });

async function openConsole(page: any, signedIn = false) {
  if (!signedIn) await logIn(page);
  await page.goto(LIVE);
  await expect(page.getByRole('heading', { name: 'live-01', level: 1 })).toBeVisible();
  // The machine boots when the demo starts (a few seconds under TCG).
  await expect(badge(page)).toHaveText('Running', { timeout: 90_000 });
  await page.getByRole('button', { name: 'Open console' }).click();
  await expect(page.locator('[data-figure="vm-console-link"]')).toHaveText('Connected', { timeout: 15_000 });
  await expect.poll(() => litPixels(page), { timeout: 10_000 }).toBeGreaterThan(500);
}

test('the real VM\'s console shows its screen, and what is typed in the page reaches it', async ({ page, request }) => {
  test.setTimeout(150_000);
  let noVncLoads = 0;
  page.on('request', (r) => { if (/\/pkg-[0-9a-f]{16}\/console\.js$/.test(r.url())) noVncLoads++; });
  await logIn(page);
  await page.goto('/services/303/vms/9001');
  await expect(badge(page)).toHaveText(/Running|Rebooting…|Starting…/);
  expect(noVncLoads).toBe(0); // the viewer is not fetched until a console is opened
  await openConsole(page, true);
  expect(noVncLoads).toBe(1);
  expect(await screenText(request)).toContain('Atrium demo VM live-01 - a real machine, running busybox');

  // The keyboard: click the screen, type, and the server runs it.
  await page.locator('atrium-console canvas').click();
  await page.keyboard.type('echo hello-from-the-page', { delay: 20 });
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await screenText(request)).split('\n'), { timeout: 15_000 })
    .toContain('hello-from-the-page');

  // Text typed as keystrokes (Shift included), and refused whole when a character cannot be.
  const section = consoleSection(page);
  await section.getByRole('button', { name: 'Paste text…' }).click();
  const field = section.getByLabel('Text to type on the server');
  await field.fill('echo Pasted_OK-42!');
  await section.getByRole('button', { name: 'Type it' }).click();
  await expect(section.getByRole('status')).toHaveText('Typed 18 characters.');
  await field.fill('\n');
  await section.getByRole('button', { name: 'Type it' }).click();
  await expect.poll(async () => (await screenText(request)).split('\n'), { timeout: 15_000 })
    .toContain('Pasted_OK-42!');
  await field.fill('mật khẩu');
  await section.getByRole('button', { name: 'Type it' }).click();
  await expect(section.getByRole('status')).toHaveText(/^Nothing was typed: 2 characters cannot be typed/);
  await expect(field).toHaveValue('mật khẩu');

  // The keyboard can leave the screen: Ctrl+] hands it back to the page's controls.
  await page.locator('atrium-console canvas').click();
  await page.keyboard.press('Control+BracketRight');
  await expect(section.getByRole('button', { name: 'Type on the screen' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(section.getByRole('button', { name: 'Full screen' })).toBeFocused();
});

test('a reboot from the power panel shows on the console: the screen goes dark and the machine comes back', async ({ page, request }) => {
  test.setTimeout(150_000);
  await openConsole(page);
  const before = await litPixels(page);
  const section = consoleSection(page);
  await page.getByRole('group', { name: 'Power' }).getByRole('button', { name: 'Reboot' }).click();
  await page.getByRole('dialog', { name: 'Power' }).getByRole('button', { name: 'Confirm' }).click();
  // The console's header follows the machine's state live.
  await expect(section.locator('.console__state [data-vm-state]')).toHaveText('Rebooting…');
  // Watch the canvas closely (every 50 ms) and the text buffer now and then, until the shell
  // is back: a real restart passes through a blank screen and the BIOS before the banner returns.
  const lit: number[] = [];
  let bannerGone = false;
  let sawBios = false;
  let lastText = 0;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    lit.push(await litPixels(page));
    if (Date.now() - lastText > 400) {
      lastText = Date.now();
      const text = await screenText(request);
      if (!text.includes('Atrium demo VM live-01')) bannerGone = true;
      if (/SeaBIOS|Booting from ROM/.test(text)) sawBios = true;
      if (bannerGone && text.includes('root@live-01:/#')) break;
    }
    await page.waitForTimeout(50);
  }
  console.log(`lit pixels during the reboot: before ${before}: ${lit.filter((v, i) => i === 0 || v !== lit[i - 1]).join(' ')}`);
  expect(bannerGone).toBe(true);
  expect(sawBios).toBe(true);
  await expect(badge(page)).toHaveText('Running', { timeout: 30_000 });
  // Lit again: the boot banner and a prompt (the lines typed before the reboot are gone).
  await expect.poll(() => litPixels(page), { timeout: 10_000 }).toBeGreaterThan(500);
  // The screen was wiped: after the guest's last shutdown messages (the brightest frame), the
  // canvas showed a cleared screen (black, or the BIOS's two lines) before the banner came back.
  // QEMU slows its screen updates while nothing changes, so the all-black frame itself is not
  // always caught; the wipe always is.
  const peak = lit.indexOf(Math.max(...lit));
  expect(Math.min(...lit.slice(peak))).toBeLessThan(lit[peak] * 0.4);
  expect(await screenText(request)).toContain('Atrium demo VM live-01 - a real machine, running busybox');
  // The viewer stayed connected through the reboot, as on a physical console.
  await expect(page.locator('[data-figure="vm-console-link"]')).toHaveText('Connected');
});

test('console tickets: a simulated server has none, another client gets none, and a ticket opens once', async ({ page, request }) => {
  await logIn(page);
  await page.goto('/services/303/vms/9001');
  await page.getByRole('button', { name: 'Open console' }).click();
  await expect(consoleSection(page).getByRole('alert')).toContainText('This server is simulated by the demo and has no screen');
  await expect(page.getByRole('button', { name: 'Open console' })).toBeVisible();

  const other = await apiToken(request, { email: 'other@atrium.test', password: 'other1234' });
  const refused = await request.post('/api/service/303/vms/9006/console', { headers: { Authorization: `Bearer ${other}` } });
  expect(refused.status()).toBe(404);

  const mine = await apiToken(request);
  const issued = await request.post('/api/service/303/vms/9006/console', { headers: { Authorization: `Bearer ${mine}` } });
  expect(issued.status()).toBe(200);
  const url = (await issued.json()).console.url as string;
  expect(url).toMatch(/^\/console\/[A-Za-z0-9_-]{40,}$/);
  const outcome = (u: string) => page.evaluate((u) => new Promise<string>((resolve) => {
    const ws = new WebSocket(`ws://${location.host}${u}`, ['binary']);
    ws.onopen = () => { ws.close(); resolve('opened'); };
    ws.onerror = () => resolve('refused');
  }), u);
  expect(await outcome(url)).toBe('opened');
  expect(await outcome(url)).toBe('refused');
});
