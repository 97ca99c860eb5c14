// Lighthouse 13 (its default mobile preset: a mid-range phone, simulated slow 4G, 4x CPU) on
// /login served by atrium-server, median of RUNS (default 5). It measures and prints; it never
// fails on a slow machine. Run with `bash tests/perf/run.sh`, or on its own after
// `bash scripts/build.sh`: `node tests/perf/lighthouse.mjs` (tests/perf: `npm ci` first).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { median, root, startPortal } from './lib.mjs';

const require = createRequire(join(root, 'tests/perf/package.json'));
const { default: lighthouse } = await import(require.resolve('lighthouse'));
const chromeLauncher = await import(require.resolve('chrome-launcher'));

const PORT = Number(process.env.PORT ?? 8283);
const RUNS = Number(process.env.LH_RUNS ?? process.env.RUNS ?? 5);
const url = `http://127.0.0.1:${PORT}/login`;

const server = await startPortal(PORT);
const scores = [];
const lcp = [];
const cls = [];
const tbt = [];
const fcp = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    try {
      const { lhr } = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' });
      const audit = (id) => lhr.audits[id].numericValue;
      scores.push(lhr.categories.performance.score * 100);
      lcp.push(audit('largest-contentful-paint'));
      cls.push(audit('cumulative-layout-shift'));
      tbt.push(audit('total-blocking-time'));
      fcp.push(audit('first-contentful-paint'));
    } finally {
      await chrome.kill();
    }
  }
} finally {
  server.kill();
}
const show = (xs, digits = 0) => `median ${median(xs).toFixed(digits)} (runs: ${xs.map((x) => x.toFixed(digits)).join(', ')})`;
console.log(`Lighthouse 13 mobile, /login: performance ${show(scores)}`);
console.log(`Lighthouse 13 mobile, /login: LCP ms ${show(lcp)}, FCP ms ${show(fcp)}`);
console.log(`Lighthouse 13 mobile, /login: CLS ${show(cls, 3)}, TBT ms ${show(tbt)}`);
