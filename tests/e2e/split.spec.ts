// The app is split by area: the first load is the sign-in page, the shell and the dashboard;
// each other area's wasm arrives when it is first opened. Sizes are deterministic, so a size
// budget is a test; timings are not, so they stay in tests/perf.
import { test, expect, logIn } from './fixtures';

/** Interim budget for the first load of /login (encoded bytes as fetched). Issue 18's target is
 * 200 KB; the split build is at about 377 KB today, so this stops growth while work goes on. */
const FIRST_LOAD_BUDGET = 400 * 1024;

test('the first load of /login stays within its budget and fetches no area chunk', async ({ page }) => {
  const chunks: string[] = [];
  page.on('request', (r) => { if (/\/(split_|chunk_)[^/]*\.wasm$/.test(r.url())) chunks.push(r.url()); });
  await page.goto('/login');
  await expect(page.getByLabel('Email address')).toBeVisible();
  const bytes = await page.evaluate(() => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
    .reduce((n, e: any) => n + e.encodedBodySize, 0));
  expect(bytes).toBeGreaterThan(50 * 1024);
  expect(bytes, `first load ${Math.round(bytes / 1024)} KB`).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  expect(chunks).toEqual([]);
});

test('an area\'s chunk arrives on navigation and by deep link, and not twice', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => { if (/split_[^/]*\.wasm$/.test(r.url())) fetched.push(r.url().replace(/.*split___(.*)_route_view.*/, '$1')); });
  await logIn(page);
  expect(fetched).toEqual([]);
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Invoices' }).click();
  await expect(page.getByRole('heading', { name: 'Invoices', level: 1 })).toBeVisible();
  expect(fetched).toEqual(['invoices']);
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Invoices' }).click();
  await expect(page.getByRole('heading', { name: 'Invoices', level: 1 })).toBeVisible();
  expect(fetched).toEqual(['invoices']);
  // A deep link loads the app and that area's chunk.
  await page.goto('/dns/306/1');
  await expect(page.getByRole('heading', { name: 'nguyenstudio.com' })).toBeVisible();
  expect(fetched).toContain('zone');
});

test('hashed files are cached for good; the page, its config and its policy are not', async ({ page, request }) => {
  const wasm: string[] = [];
  page.on('response', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
  await logIn(page);
  expect(wasm.length).toBeGreaterThan(0);
  for (const url of wasm) {
    const r = await request.get(url);
    expect(r.status(), url).toBe(200);
    expect(r.headers()['cache-control'], url).toBe('public, max-age=31536000, immutable');
    expect(r.headers()['content-type'], url).toBe('application/wasm');
    expect(new URL(url).pathname, url).toMatch(/^\/pkg-[0-9a-f]{16}\//);
  }
  for (const path of ['/', '/login', '/config.json']) {
    const r = await request.get(path);
    expect(r.headers()['cache-control'], path).toBe('no-cache');
  }
  const csp = (await request.get('/login')).headers()['content-security-policy'];
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
  expect(csp).not.toContain('unsafe-inline');
});
