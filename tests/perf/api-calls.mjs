// API calls of a first visit (tests/e2e/journey.mjs: sign-in, dashboard, an invoice, a service, a
// ticket, funds) on each billing system's demo portal, listed by call. A portal that rate-limits
// per address (FOSSBilling) sees every customer behind atrium-server as one. The count is
// deterministic; dialect-boxbilling.spec.ts asserts BoxBilling's (at most 30).
import { chromium, chromiumArgs as args, root, startPortal } from './lib.mjs';

const { journey, countApiCalls } = await import(`${root}/tests/e2e/journey.mjs`);
const dialects = [
  ['hostbill', 8290],
  ['kdata', 8291],
  ['boxbilling', 8292],
];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
try {
  for (const [dialect, port] of dialects) {
    const server = await startPortal(port, ['--dialect', dialect]);
    try {
      const page = await browser.newPage({ baseURL: `http://127.0.0.1:${port}` });
      const calls = countApiCalls(page);
      const visited = await journey(page, { email: 'demo@atrium.test', password: 'demo1234' });
      const byCall = {};
      for (const c of calls) byCall[c] = (byCall[c] ?? 0) + 1;
      const top = Object.entries(byCall).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ×${n}`).join(', ');
      console.log(`API calls of a first visit, ${dialect} (${visited.join(' -> ')}): ${calls.length} [${top}]`);
      await page.close();
    } finally {
      server.kill();
    }
  }
} finally {
  await browser.close();
}
