import { test, expect, logIn, userMenu, signOut, DEMO } from './fixtures';

test('a customer logs in and out', async ({ page }) => {
  await logIn(page);
  await expect(page).toHaveURL(/\/$/);
  await signOut(page);
  await expect(page.getByRole('heading', { name: 'Sign in to your account' })).toBeVisible();
  // Storage holds no session any more, and Back shows no private page.
  expect(await page.evaluate(() => localStorage.getItem('atrium.session'))).toBeNull();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Sign in to your account' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toHaveCount(0);
});

test('sign out works offline and clears the session at once', async ({ page, context }) => {
  await logIn(page);
  await context.setOffline(true);
  await expect(page.getByText('You are offline.')).toBeVisible();
  await signOut(page);
  await expect(page.getByRole('heading', { name: 'Sign in to your account' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('atrium.session'))).toBeNull();
  await context.setOffline(false);
});

test('a wrong password is refused clearly and the email is kept', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email address').fill(DEMO.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('The email address or password is incorrect.');
  await expect(page.getByLabel('Email address')).toHaveValue(DEMO.email);
  await expect(page.getByLabel('Password')).toHaveValue('');
});

test('empty and malformed emails are caught before any request', async ({ page }) => {
  let logins = 0;
  page.on('request', (r) => { if (r.url().endsWith('/api/login')) logins++; });
  await page.goto('/login');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('This field is required.')).toBeVisible();
  await expect(page.getByLabel('Email address')).toBeFocused();
  await page.getByLabel('Email address').fill('no-at-sign');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter a valid email address.')).toBeVisible();
  await expect(page.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true');
  expect(logins).toBe(0);
});

test('a double click on Sign in sends one login', async ({ page }) => {
  let logins = 0;
  page.on('request', (r) => { if (r.url().endsWith('/api/login')) logins++; });
  await page.route('**/api/login', async (route) => {
    await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  });
  await page.goto('/login');
  await page.getByLabel('Email address').fill(DEMO.email);
  await page.getByLabel('Password').fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).dblclick();
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  expect(logins).toBe(1);
});

test('a private page asked for while signed out returns there after login', async ({ page }) => {
  await page.goto('/services');
  await expect(page).toHaveURL(/\/login\?next=%2Fservices$/);
  await page.getByLabel('Email address').fill(DEMO.email);
  await page.getByLabel('Password').fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/services$/);
});

test('the forgotten-password form answers without revealing accounts', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  // Its own chunk: the sign-in form (with its own email field) stays until the page arrives.
  await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
  await page.getByLabel('Email address').fill('someone@example.com');
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('status')).toContainText('reset link is on its way');
});

test('an unknown page says so', async ({ page }) => {
  await logIn(page);
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
