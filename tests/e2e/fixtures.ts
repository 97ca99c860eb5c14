// Shared fixture: every test fails on a page error, a Rust panic in the console, a CSP
// violation, a JWT-shaped string in any request URL, or one of the real secrets the portal
// handed out during the test (access token, refresh token, API key) found anywhere but the
// Authorization header and the session's own storage entry: in a URL, in the console, in another
// storage key or in a cookie. Helpers log in the way a customer does.
import { test as base, expect, Page, APIRequestContext } from '@playwright/test';

export const DEMO = { email: 'demo@atrium.test', password: 'demo1234' };
const APP_HOST = '127.0.0.1';
const JWT_IN_URL = /eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}/;

type Watch = {
  problems: string[];
  /** CSP reports from inside sandboxed e-mail frames (expected: they block remote content). */
  framedCsp: string[];
  /** Secrets the portal answered with during the test. */
  secrets: Set<string>;
  /** Every request URL and console line seen, checked against the secrets at the end. */
  seen: { where: string; text: string }[];
  /** Pending reads of response bodies. */
  pending: Promise<unknown>[];
};

/** Where the portal hands out secrets: sign-in, refresh, and BoxBilling's API key calls. */
const SECRET_ANSWERS = /\/api\/(login|token|v1\/login|guest\/client\/login|client\/profile\/api_key_(get|reset))$/;

function collectSecrets(v: any, into: Set<string>) {
  const add = (s: unknown) => { if (typeof s === 'string' && s.length >= 16) into.add(s); };
  if (!v || typeof v !== 'object') return;
  add(v.token); add(v.refresh); add(v.refresh_token); add(v.access_token);
  if (v['0']) add(v['0'].token);
  // BoxBilling: the API key is the whole result of api_key_get / api_key_reset.
  add(v.result);
}

export function watchPage(page: Page, watch: Watch) {
  page.on('pageerror', (e) => watch.problems.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (!SECRET_ANSWERS.test(new URL(r.url()).pathname)) return;
    watch.pending.push(r.json().then((v) => collectSecrets(v, watch.secrets)).catch(() => {}));
  });
  page.on('console', (m) => {
    const text = m.text();
    watch.seen.push({ where: 'console', text });
    if (/panicked|RuntimeError: unreachable/.test(text)) watch.problems.push(`panic: ${text}`);
    // A sandboxed e-mail frame (about:srcdoc) inherits the page's CSP on purpose: its remote
    // images and styles are blocked there by design, and the e-mail test asserts it.
    const framed = m.location().url.startsWith('about:srcdoc');
    if (/Content Security Policy/i.test(text)) (framed ? watch.framedCsp : watch.problems).push(`CSP: ${text}`);
  });
  page.on('request', (r) => {
    watch.seen.push({ where: 'URL', text: r.url() });
    if (JWT_IN_URL.test(r.url())) watch.problems.push(`token in URL: ${r.url()}`);
    // One app per origin, no third party: nothing leaves the app's own origin.
    const url = new URL(r.url());
    if (['http:', 'https:'].includes(url.protocol) && url.hostname !== APP_HOST) {
      watch.problems.push(`request to another origin: ${r.url()}`);
    }
  });
}

export const test = base.extend<{ watch: Watch }>({
  watch: [async ({ context, request }, use) => {
    const watch: Watch = { problems: [], framedCsp: [], secrets: new Set(), seen: [], pending: [] };
    // Faults queued by an earlier test must not leak into this one.
    await request.delete('/api/__demo/faults');
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    context.on('page', (p) => watchPage(p, watch));
    await use(watch);
    await Promise.allSettled(watch.pending);
    for (const p of context.pages()) {
      if (p.isClosed()) continue;
      const stores = await p.evaluate(() => {
        const out: { where: string; text: string }[] = [];
        for (const [name, store] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]] as const) {
          for (let i = 0; i < store.length; i++) {
            const key = store.key(i)!;
            // The session's own entry is where the design keeps the tokens.
            if (name === 'localStorage' && key === 'atrium.session') continue;
            out.push({ where: `${name} key ${key}`, text: `${key}=${store.getItem(key)}` });
          }
        }
        out.push({ where: 'cookie', text: document.cookie });
        return out;
      }).catch(() => []);
      watch.seen.push(...stores);
    }
    for (const secret of watch.secrets) {
      for (const { where, text } of watch.seen) {
        if (text.includes(secret)) watch.problems.push(`a secret (${secret.slice(0, 6)}…) in ${where}`);
      }
    }
    expect(watch.problems, 'page errors, panics, CSP violations or secrets out of place').toEqual([]);
  }, { auto: true }],
});

export { expect };

/** Logs in through the form, as a customer would. */
export async function logIn(page: Page, opts: { remember?: boolean; email?: string; password?: string } = {}) {
  await page.goto('/login');
  await page.getByLabel('Email address').fill(opts.email ?? DEMO.email);
  await page.getByLabel('Password').fill(opts.password ?? DEMO.password);
  if (opts.remember) await page.getByLabel('Keep me signed in on this device').check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
}

/** Opens the user menu (language, theme, sign out). */
export async function userMenu(page: Page, name: RegExp = /Alex Nguyen|Account|Tài khoản/) {
  const toggle = page.getByRole('banner').getByRole('button', { name });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** Signs out through the user menu. */
export async function signOut(page: Page, name?: RegExp) {
  await userMenu(page, name);
  await page.getByRole('button', { name: 'Sign out' }).click();
}

/** A token straight from the demo portal, for computing expected figures. */
export async function apiToken(request: APIRequestContext, who = DEMO): Promise<string> {
  const r = await request.post('/api/login', { data: { username: who.email, password: who.password } });
  expect(r.ok()).toBeTruthy();
  return (await r.json()).token;
}

/** Queues a demo-portal fault for `path` (below /api). */
export async function fault(request: APIRequestContext, path: string, kind: string, value = 0, times = 1, method?: string) {
  const r = await request.post('/api/__demo/faults', { data: { path, kind, value, times, method } });
  expect(r.ok()).toBeTruthy();
}
