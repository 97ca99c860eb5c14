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

test('a reset link from the e-mail resets the password once, and the e-mailed one signs in', async ({ page, request }) => {
  const email = 'reset@atrium.test';
  const mailbox = async () => (await (await request.get(`/api/__demo/mailbox/${email}`)).json()).emails;
  await page.goto('/login/forgot');
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('status')).toContainText('reset link is on its way');
  const link = (await mailbox())[0].body.match(/href="([^"]+)"/)[1];
  expect(link).toMatch(/^\/login\/reset\?activate=/);

  // Opening the link changes nothing: the customer confirms, and one click sends once.
  const sent: string[] = [];
  page.on('request', (r) => { if (r.url().endsWith('/api/password/passreset')) sent.push(r.method()); });
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Set a new password' })).toBeVisible();
  expect(sent).toEqual([]);
  await expect(page.getByLabel('Code from the e-mail')).toHaveValue(link.split('=')[1]);
  await page.getByRole('button', { name: 'Reset my password' }).dblclick();
  await expect(page.getByRole('status')).toContainText('Your password was reset');
  expect(sent).toEqual(['POST']);
  const password = (await mailbox())[0].body.match(/<code>([^<]+)<\/code>/)[1];
  await page.getByRole('link', { name: 'Go to sign in' }).click();
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: /Welcome back/ })).toBeVisible();
  await signOut(page, /Mai Le/);

  // A used link is refused with the portal's words and a way forward.
  await page.goto(link);
  await page.getByRole('button', { name: 'Reset my password' }).click();
  await expect(page.getByRole('alert')).toContainText('Invalid or expired activation code');
  await expect(page.getByRole('link', { name: 'Ask for a new link' })).toBeVisible();
  // A code that cannot be one is refused before anything is sent.
  await page.getByLabel('Code from the e-mail').fill('abc');
  await page.getByRole('button', { name: 'Reset my password' }).click();
  await expect(page.getByText('This is not a code from a reset e-mail')).toBeVisible();
  expect(sent).toEqual(['POST', 'POST']);
});

test('an unknown page says so', async ({ page }) => {
  await logIn(page);
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
