// The sign-in page's first paint (server/src/first_paint.rs): atrium-server writes the sign-in
// card into the page, and the app's card must take its place without anything moving.
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
    // The form's outlines stand where the app's controls come.
    email: at('.field:nth-of-type(1) :is(input, .first-paint__input)'),
    password: at('.field:nth-of-type(2) :is(input, .first-paint__input)'),
    button: at(':is(button, .first-paint__button)'),
  };
});

/** Opens /login with the app held back, checks what was painted, then lets the app in and checks
 * that its card covers the painted one exactly (within a pixel). */
export async function expectSignInPaintedInPlace(page: Page, words: { title: string; brand: string }) {
  const release = await holdTheApp(page);
  await page.goto('/login');
  await expect(page.getByText(words.title)).toBeVisible();
  await expect(page.locator('.auth-card .brand__name')).toHaveText(words.brand);
  // Nothing to type into before the app is there.
  await expect(page.locator('.auth-card input, .auth-card button')).toHaveCount(0);
  const painted = await boxes(page);
  release();
  await expect(page.getByRole('button', { name: /Sign in|Đăng nhập/ })).toBeVisible();
  const drawn = await boxes(page);
  for (const part of Object.keys(painted) as (keyof typeof painted)[]) {
    for (const side of ['x', 'y', 'width', 'height'] as (keyof Box)[]) {
      expect(Math.abs(drawn[part][side] - painted[part][side]), `${part}.${side}: painted ${painted[part][side]}, drawn ${drawn[part][side]}`).toBeLessThanOrEqual(1);
    }
  }
}
