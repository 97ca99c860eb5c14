import { chromium, chromiumArgs as args, startPortal } from './lib.mjs';
process.env.DIST = '/tmp/distprof';
const { spawn } = await import('node:child_process');
const server = spawn('/work/main/target/release/atrium-server', ['--addr', '127.0.0.1:8290', '--dist', '/tmp/distprof', 'demo', '--db', '/tmp/prof.sqlite', '--reset', '--no-live-vm'], { stdio: 'ignore' });
await new Promise(r => setTimeout(r, 1500));
const self = new Map(); let total = 0;
try {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
  for (let run = 0; run < 5; run++) {
    const context = await browser.newContext();
    await context.addInitScript(() => { new MutationObserver((_, o) => { if (document.getElementById('login-email')) { window.__login = performance.now(); o.disconnect(); } }).observe(document, { childList: true, subtree: true }); });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto('http://127.0.0.1:8290/login', { waitUntil: 'commit' });
    await page.waitForTimeout(2500);
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map(n => [n.id, n]));
    const dt = profile.timeDeltas; const counts = new Map();
    profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i + 1] ?? 0)));
    for (const [id, t] of counts) { const n = byId.get(id); const name = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop()})`; if (/idle|program|garbage/.test(name)) continue; self.set(name, (self.get(name) ?? 0) + t); total += t; }
    await context.close();
  }
  await browser.close();
} finally { server.kill(); }
console.log('total busy ms per run', (total / 5000).toFixed(0));
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log((v / 5000).toFixed(1).padStart(6), k.slice(0, 150));
