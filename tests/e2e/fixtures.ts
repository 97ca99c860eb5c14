// Shared fixture: every test fails on a page error, a Rust panic in the console, a CSP
// violation, or a JWT-shaped string in any request URL. Helpers log in the way a customer does.
import { test as base, expect, Page, APIRequestContext } from '@playwright/test';

export const DEMO = { email: 'demo@atrium.test', password: 'demo1234' };
const APP_HOST = '127.0.0.1';
const JWT_IN_URL = /eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}/;

type Watch = { problems: string[] };

export function watchPage(page: Page, watch: Watch) {
  page.on('pageerror', (e) => watch.problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    const text = m.text();
    if (/panicked|RuntimeError: unreachable/.test(text)) watch.problems.push(`panic: ${text}`);
    if (/Content Security Policy/i.test(text)) watch.problems.push(`CSP: ${text}`);
  });
  page.on('request', (r) => {
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
    const watch: Watch = { problems: [] };
    // Faults queued by an earlier test must not leak into this one.
    await request.delete('/api/__demo/faults');
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    context.on('page', (p) => watchPage(p, watch));
    await use(watch);
    expect(watch.problems, 'page errors, panics, CSP violations or tokens in URLs').toEqual([]);
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
export async function userMenu(page: Page) {
  const toggle = page.getByRole('banner').getByRole('button', { name: /Alex Nguyen|Account|Tài khoản/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** Signs out through the user menu. */
export async function signOut(page: Page) {
  await userMenu(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
}

/** A token straight from the demo portal, for computing expected figures. */
export async function apiToken(request: APIRequestContext, who = DEMO): Promise<string> {
  const r = await request.post('/api/login', { data: { username: who.email, password: who.password } });
  expect(r.ok()).toBeTruthy();
  return (await r.json()).token;
}

/** Queues a demo-portal fault for `path` (below /api). */
export async function fault(request: APIRequestContext, path: string, kind: string, value = 0, times = 1) {
  const r = await request.post('/api/__demo/faults', { data: { path, kind, value, times } });
  expect(r.ok()).toBeTruthy();
}
