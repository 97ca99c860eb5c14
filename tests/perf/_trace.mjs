import { chromium, chromiumArgs as args, startPortal } from './lib.mjs';
const server = await startPortal(8285);
try {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
  for (let run = 0; run < 1; run++) {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      new MutationObserver((_, o) => { if (document.getElementById('login-email')) { window.__login = performance.now(); performance.mark('login-ready'); o.disconnect(); } }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const events = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline,blink.user_timing,loading,v8,disabled-by-default-v8.compile', transferMode: 'ReportEvents' });
    await page.goto('http://127.0.0.1:8285/login', { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__login);
    const login = await page.evaluate(() => window.__login);
    await cdp.send('Tracing.end'); await done;
    const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStart' ) ;
    const mark = events.find((e) => e.name === 'login-ready');
    // main thread of the renderer: the thread with ParseHTML
    const tid = events.find((e) => e.name === 'ParseHTML')?.tid;
    const main = events.filter((e) => e.tid === tid && e.ph === 'X' && e.dur);
    main.sort((a, b) => a.ts - b.ts);
    const t0 = events.filter(e=>e.name==='ResourceSendRequest')[0]?.ts ?? main[0].ts;
    const end = mark ? mark.ts : Infinity;
    // top-level events only
    const top = []; let lastEnd = 0;
    for (const e of main) { if (e.ts >= lastEnd && e.ts < end) { top.push(e); lastEnd = e.ts + e.dur; } }
    console.log(`run ${run}: login at ${login.toFixed(0)} ms (page clock)`);
    for (const e of top.filter(e=>e.dur>8000)) {
      const kids = main.filter(k => k !== e && k.ts >= e.ts && k.ts + k.dur <= e.ts + e.dur && k.dur > 2000 && k.name !== 'RunTask');
      console.log(`  +${((e.ts - t0)/1000).toFixed(0)} ms  ${(e.dur/1000).toFixed(1)} ms: ` + kids.slice(0,6).map(k => `${k.name}${k.args?.data?.url ? '(' + k.args.data.url.split('/').pop().slice(0,20) + ')' : ''}${k.args?.data?.functionName ? '(' + k.args.data.functionName.slice(0,20)+')' : ''} ${(k.dur/1000).toFixed(0)}`).join(', '));
    }
    for (const e of events.filter(e => /EvaluateScript|v8.compile|V8.ParseProgram|v8.evaluateModule|v8.produceModuleCache|v8.compileModule/.test(e.name) && e.dur > 1000)) console.log('   ', e.name, (e.dur/1000).toFixed(1), JSON.stringify(e.args).slice(0,140));
    const sum = {}; for (const e of top) sum[e.name] = (sum[e.name] ?? 0) + e.dur/1000;
    console.log('  busy by kind:', Object.entries(sum).sort((a,b)=>b[1]-a[1]).slice(0,8).map(([k,v])=>`${k} ${v.toFixed(0)}`).join(', '));
    const wasm = events.filter(e => /wasm/i.test(e.name) && e.dur).map(e=>`${e.name} ${(e.dur/1000).toFixed(1)} tid=${e.tid===tid?'main':e.tid}`);
    console.log('  wasm events:', [...new Set(wasm)].slice(0,12).join(' | '));
    await context.close();
  }
  await browser.close();
} finally { server.kill(); }
