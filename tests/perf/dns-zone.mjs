// The 5,000-record zone (PERFORMANCE.md G8), 4x CPU throttling, median over RUNS:
//  - open: the zone's data arrives (responseEnd of its GET) -> first rows painted;
//  - filter keystroke: Event Timing duration (input to next paint) of typing one character in the
//    filter box (a real key press: the worst of keydown / input / keyup is taken);
//  - edit to staged: Event Timing duration of the click on "Stage change" after editing a TTL
//    (the change set, the diff and the table update before the next paint).
// Run with `bash tests/perf/run.sh` or `node tests/perf/dns-zone.mjs` after `bash scripts/build.sh`.
import { chromium, chromiumArgs, RUNS, fmt, median, startPortal } from './lib.mjs';

const PORT = Number(process.env.PORT ?? 8284);
const base = `http://127.0.0.1:${PORT}`;

const instrument = () => {
  window.__perf = { events: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__perf.events.push({ name: e.name, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new MutationObserver(() => {
    const p = window.__perf;
    if (!p.rows && document.querySelector('.records-table tbody tr:not(.records-table__spacer)')) {
      p.rows = performance.now();
      requestAnimationFrame(() => setTimeout(() => { p.painted = performance.now(); }, 0));
    }
  }).observe(document, { childList: true, subtree: true });
};

async function worst(page, from, names) {
  await page.waitForTimeout(300);
  const evs = await page.evaluate(([n, names]) => window.__perf.events.slice(n).filter((e) => names.includes(e.name)), [from, names]);
  return evs.length ? Math.max(...evs.map((e) => e.duration)) : 16;
}

const server = await startPortal(PORT);
const open = [], filter = [], stage = [];
try {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    await context.addInitScript(instrument);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${base}/login`);
    await page.getByLabel('Email address').fill('demo@atrium.test');
    await page.getByLabel('Password').fill('demo1234');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Welcome back' }).waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${base}/dns/303/3`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__perf.painted, null, { timeout: 60_000 });
    open.push(await page.evaluate(() => {
      const r = performance.getEntriesByType('resource').find((e) => /\/api\/service\/303\/dns\/3$/.test(e.name));
      return window.__perf.painted - r.responseEnd;
    }));

    const box = page.getByLabel('Filter by name or content');
    await box.click();
    let n = await page.evaluate(() => window.__perf.events.length);
    await page.keyboard.press('7');
    filter.push(await worst(page, n, ['keydown', 'keypress', 'input', 'keyup']));
    await box.fill('');

    await page.getByRole('button', { name: /^Edit host-0\.big-zone\.test A$/ }).click();
    const form = page.getByRole('region', { name: 'Edit record' });
    await form.getByLabel('TTL', { exact: true }).selectOption('3600');
    n = await page.evaluate(() => window.__perf.events.length);
    await form.getByRole('button', { name: 'Stage change' }).click();
    await page.getByRole('region', { name: 'Staged changes' }).getByText('Apply 1 changes').waitFor();
    stage.push(await worst(page, n, ['click', 'pointerup', 'pointerdown']));
    await context.close();
  }
  await browser.close();
} finally {
  server.kill();
}
const ev = (xs) => `median ${median(xs) <= 16 ? '<= 16' : median(xs).toFixed(0)} ms (runs: ${xs.map((x) => (x <= 16 ? '<=16' : x.toFixed(0))).join(', ')})`;
console.log(`G8 5,000-record zone: data arrival -> rows painted, 4x CPU: ${fmt(open)}`);
console.log(`G8 filter keystroke, Event Timing, 4x CPU: ${ev(filter)}`);
console.log(`G8 edit -> staged (click on Stage change), Event Timing, 4x CPU: ${ev(stage)}`);
