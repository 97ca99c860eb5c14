// Benchmarks (they measure and print; they never fail on a slow machine):
//  - first-load transfer: brotli-11 bytes of dist/*.wasm, *.js, *.css
//  - with 4x CPU throttling (CDP), median over N runs: navigation -> interactive login page,
//    and navigation -> dashboard with every card rendered.
// Run with `bash tests/perf/run.sh` (builds the release app first).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium, chromiumArgs as args, RUNS, dist, fmt, startPortal } from './lib.mjs';

const PORT = Number(process.env.PORT ?? 8282);
const base = `http://127.0.0.1:${PORT}`;

// 1. Size.
let total = 0;
const parts = [];
for (const f of readdirSync(dist)) {
  if (!/\.(wasm|js|css)$/.test(f)) continue;
  const br = brotliCompressSync(readFileSync(join(dist, f)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total += br;
  parts.push(`${f}: ${(br / 1024).toFixed(1)} KB`);
}
console.log(`G1 first-load transfer (brotli 11): ${(total / 1024).toFixed(1)} KB  [${parts.join(', ')}]`);

// 2. Timings against a fresh demo portal.
const server = await startPortal(PORT);
try {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
  // Timestamps are taken in the page, by a MutationObserver, when the awaited element appears:
  // Playwright's polling and CDP round trips (slow under throttling) are not counted.
  const observe = () => {
    const seen = {};
    const check = () => {
      const t = performance.now();
      if (!seen.login && document.getElementById('login-email')) seen.login = t;
      if (!seen.dashboard && ['unpaid-count', 'active-services', 'open-tickets']
        .every((f) => document.querySelector(`[data-figure="${f}"]`))
        && document.querySelector('[data-card="balance"] .figure__value')) seen.dashboard = t;
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true });
    window.__seen = seen;
  };
  const login = [];
  const dashboard = [];
  for (let run = 0; run < RUNS; run++) {
    // Login page, cold (new context: empty cache).
    {
      const context = await browser.newContext();
      await context.addInitScript(observe);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`${base}/login`, { waitUntil: 'commit' });
      await page.getByLabel('Email address').waitFor();
      login.push(await page.evaluate(() => window.__seen.login));
      // Log in (unthrottled) to measure the dashboard next.
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await page.getByLabel('Email address').fill('demo@atrium.test');
      await page.getByLabel('Password').fill('demo1234');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Welcome back' }).waitFor();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`${base}/`, { waitUntil: 'commit' });
      await page.locator('[data-figure="open-tickets"]').waitFor();
      await page.locator('[data-figure="unpaid-count"]').waitFor();
      await page.locator('[data-figure="active-services"]').waitFor();
      await page.getByRole('region', { name: 'Balance' }).getByText('Account credit').waitFor();
      dashboard.push(await page.evaluate(() => window.__seen.dashboard));
      await context.close();
    }
  }
  await browser.close();
  console.log(`navigation -> interactive login page, 4x CPU: ${fmt(login)}`);
  console.log(`navigation -> dashboard rendered (5 cards, 5 API reads), 4x CPU: ${fmt(dashboard)}`);
} finally {
  server.kill();
}
