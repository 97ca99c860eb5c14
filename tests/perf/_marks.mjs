import { chromium, chromiumArgs as args, startPortal, median } from './lib.mjs';
const server = await startPortal(8286);
const rows = [];
try {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
  for (let run = 0; run < 7; run++) {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      window.__t = {};
      new MutationObserver((_, o) => { if (document.getElementById('login-email')) { window.__t.login = performance.now(); o.disconnect(); } }).observe(document, { childList: true, subtree: true });
      new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.entryType === 'paint') window.__t[e.name] = e.startTime; }).observe({ type: 'paint', buffered: true });
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto('http://127.0.0.1:8286/login', { waitUntil: 'commit' });
    await page.waitForTimeout(2500);
    const r = await page.evaluate(() => {
      const out = { ...window.__t };
      for (const e of performance.getEntriesByType('resource')) {
        const n = e.name.split('/').pop().replace(/-[0-9a-f]{16}/, '');
        out[n + '.end'] = e.responseEnd;
      }
      const m = performance.getEntriesByName('atrium-ready')[0]; if (m) out.ready = m.startTime;
      const nav = performance.getEntriesByType('navigation')[0]; out['html.end'] = nav.responseEnd; out.dcl = nav.domContentLoadedEventEnd;
      return out;
    });
    rows.push(r);
    await context.close();
  }
  await browser.close();
} finally { server.kill(); }
const keys = [...new Set(rows.flatMap(Object.keys))];
for (const k of keys.sort((a, b) => median(rows.map(r => r[a] ?? 0)) - median(rows.map(r => r[b] ?? 0)))) console.log(k.padEnd(28), median(rows.map(r => r[k] ?? NaN).filter(x => !isNaN(x))).toFixed(0));
