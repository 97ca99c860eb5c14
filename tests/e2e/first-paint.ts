// The sign-in page's first paint (server/src/first_paint.rs): atrium-server writes the sign-in
// card (its form included) into the page, and the app's card must take its place without
// anything moving.
import { expect, Page } from '@playwright/test';

/** Holds the main wasm back until the returned function is called, so the page shows only what
 * the server painted. */
export async function holdTheApp(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => { release = resolve; });
  await page.route(/\/atrium_bg\.wasm$/, async (route) => { await released; await route.continue(); });
  return release;
}

type Box = { x: number; y: number; width: number; height: number };
const boxes = (page: Page) => page.locator('.auth-card').evaluate((card) => {
  const box = (e: Element) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; };
  const at = (sel: string) => box(card.querySelector(sel)!);
  return {
    card: box(card), brand: at('.brand__name'), heading: at('h1'), lead: at('p.muted'),
    email: at('#login-email'),
    password: at('#login-password'),
    remember: at('input[name=remember]'),
    button: at('button[type=submit]'),
  };
});

/** Opens /login with the app held back, checks what was painted, then lets the app in and checks
 * that its card covers the painted one exactly (within a pixel). */
export async function expectSignInPaintedInPlace(page: Page, words: { title: string; brand: string }) {
  const release = await holdTheApp(page);
  await page.goto('/login');
  await expect(page.getByText(words.title)).toBeVisible();
  await expect(page.locator('.auth-card .brand__name')).toHaveText(words.brand);
  // The form can be typed into, and its Sign in is taken (the page's loader enabled it, to keep
  // a press for the app), with the app still held back.
  await expect(page.locator('form[data-painted]')).toHaveCount(1);
  await expect(page.getByRole('button', { name: /Sign in|Đăng nhập/ })).toBeEnabled();
  const footerLink = page.locator('.auth-card__footer a');
  const paintedLink = (await footerLink.count()) ? await footerLink.getAttribute('href') : null;
  const painted = await boxes(page);
  release();
  await expect(page.locator('form[data-painted]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Sign in|Đăng nhập/ })).toBeEnabled();
  const samePlaces = (drawn: Awaited<ReturnType<typeof boxes>>, when: string) => {
    for (const part of Object.keys(painted) as (keyof typeof painted)[]) {
      for (const side of ['x', 'y', 'width', 'height'] as (keyof Box)[]) {
        expect(Math.abs(drawn[part][side] - painted[part][side]), `${when}, ${part}.${side}: painted ${painted[part][side]}, drawn ${drawn[part][side]}`).toBeLessThanOrEqual(1);
      }
    }
  };
  samePlaces(await boxes(page), 'app drawn');
  // The forgotten-password link, where there is one, goes where the app's goes.
  if (paintedLink !== null) expect(await footerLink.getAttribute('href')).toBe(paintedLink);
  else await expect(footerLink).toHaveCount(0);
  // A customer who begins to type starts the dashboard's styles loading (web/split-runtime.js):
  // nothing of theirs may move the form under the cursor either.
  await page.locator('#login-email').click();
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('link[data-atrium-style][rel="stylesheet"]').length)).toBe(2);
  await page.evaluate(() => Promise.all([...document.querySelectorAll('link[rel="stylesheet"]')]
    .map((l) => (l as HTMLLinkElement).sheet ? null : new Promise((r) => l.addEventListener('load', r, { once: true })))));
  samePlaces(await boxes(page), 'signed-in styles loaded');
}
