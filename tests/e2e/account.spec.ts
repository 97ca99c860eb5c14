import { test, expect, logIn, signOut, DEMO } from './fixtures';

// The account page against the demo portal. The password is changed and changed back within
// the test: every other test signs in with the demo password.

test('details are checked before sending, saved once, and shown as the portal saved them', async ({ page }) => {
  const puts: string[] = [];
  page.on('request', (r) => { if (r.method() === 'PUT' && r.url().endsWith('/api/details')) puts.push(r.postData() ?? ''); });
  await logIn(page);
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Account' }).click();
  const details = page.getByRole('region', { name: 'Your details' });
  await expect(details.getByLabel('First name')).toHaveValue('Alex');
  await details.getByLabel('Email address').fill('alex@');
  await details.getByLabel('Country (two-letter code)').fill('Vietnam');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(details.getByText('Enter a valid email address.')).toBeVisible();
  await expect(details.getByText('Enter a two-letter country code like VN or US.')).toBeVisible();
  expect(puts).toEqual([]);
  await details.getByLabel('Email address').fill(DEMO.email);
  await details.getByLabel('Country (two-letter code)').fill('vn');
  await details.getByLabel('State or province').fill('Ho Chi Minh');
  await details.getByRole('button', { name: 'Save details' }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'Your details are saved.' })).toBeVisible();
  expect(puts).toHaveLength(1);
  expect(JSON.parse(puts[0]).country).toBe('VN');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Your details' }).getByLabel('State or province')).toHaveValue('Ho Chi Minh');
});

test('the password is changed only with the current one, then signs in, then is changed back', async ({ page }) => {
  await logIn(page);
  await page.goto('/account');
  const form = page.getByRole('region', { name: 'Change password' });
  const change = async (current: string, next: string, again = next) => {
    await form.getByLabel('Current password').fill(current);
    await form.getByLabel('New password (8 to 64 characters)').fill(next);
    await form.getByLabel('Repeat the password').fill(again);
    await form.getByRole('button', { name: 'Change password' }).click();
  };
  await change(DEMO.password, 'new-secret-1', 'new-secret-2');
  await expect(form.getByText('The two passwords differ.')).toBeVisible();
  await change('not-my-password', 'new-secret-1');
  await expect(form.getByText('Current password is incorrect')).toBeVisible();
  await change(DEMO.password, 'new-secret-1');
  await expect(form.getByRole('status')).toHaveText('Your password is changed. Use it the next time you sign in.');
  await expect(form.getByLabel('Current password')).toHaveValue('');
  // The new password is the one that signs in now.
  await signOut(page);
  await logIn(page, { email: DEMO.email, password: 'new-secret-1' });
  await expect(page.getByRole('region', { name: 'Balance' })).toBeVisible();
  await page.goto('/account');
  await change('new-secret-1', DEMO.password);
  await expect(form.getByRole('status')).toBeVisible();
});
