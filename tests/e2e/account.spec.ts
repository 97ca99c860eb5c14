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

test('an SSH key is read before sending, shows the fingerprint ssh-keygen prints, and is removed only when confirmed', async ({ page }) => {
  const key = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIECi/2h7nsU9II3HSRJFBqbIrySG1ULJ06k05+CDQvR3 alex@laptop';
  const sent: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/api/security/sshkey')) sent.push(`${r.method()} ${new URL(r.url()).pathname}`); });
  await logIn(page, { email: 'keys@atrium.test', password: 'keys1234' });
  await page.goto('/account');
  await page.getByRole('link', { name: 'SSH keys and sign-in addresses' }).click();
  await expect(page.getByRole('heading', { name: 'Security', level: 1 })).toBeVisible();
  await expect(page.getByText('No SSH keys yet.')).toBeVisible();
  const form = page.getByRole('form', { name: 'Add SSH key' });
  await form.getByLabel('Key name').fill('laptop');
  await form.getByLabel('Public key').fill('-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----');
  await expect(form.getByText('This is a private key')).toBeVisible();
  await form.getByRole('button', { name: 'Add SSH key' }).click();
  await form.getByLabel('Public key').fill(key.slice(0, 50));
  await form.getByRole('button', { name: 'Add SSH key' }).click();
  await expect(form.getByText('This is not an OpenSSH public key')).toBeVisible();
  expect(sent).toEqual([]);
  await form.getByLabel('Public key').fill(key);
  await expect(form.getByText('SHA256:5DPKhFXIxKRLaCjRgDQ6MsRcQ0bG66RxocL9uu+X00c')).toBeVisible();
  await form.getByRole('button', { name: 'Add SSH key' }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'The key was added.' })).toBeVisible();
  expect(sent).toEqual(['POST /api/security/sshkey']);
  const table = page.getByRole('table', { name: 'SSH keys' });
  await expect(table.getByRole('row', { name: /laptop/ })).toContainText('SHA256:5DPKhFXIxKRLaCjRgDQ6MsRcQ0bG66RxocL9uu+X00c');

  await table.getByRole('button', { name: 'Remove laptop' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove this SSH key?' });
  await expect(dialog).toContainText('“laptop”');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(sent.length).toBe(1);
  await table.getByRole('button', { name: 'Remove laptop' }).click();
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByText('No SSH keys yet.')).toBeVisible();
  expect(sent.length).toBe(2);
  expect(sent[1]).toMatch(/^POST \/api\/security\/sshkey\/\d+$/);
});

test('a sign-in rule that would shut out the address in use is warned about before it is sent', async ({ page }) => {
  const sent: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/api/security/ipaccess')) sent.push(`${r.method()} ${r.postData() ?? ''}`); });
  await logIn(page, { email: 'keys@atrium.test', password: 'keys1234' });
  await page.goto('/account/security');
  const card = page.getByRole('region', { name: 'Sign-in addresses' });
  await expect(card.getByText('You are signed in from 127.0.0.1')).toBeVisible();
  const rule = card.getByLabel('Address or network');
  await rule.fill('10.0.0.0/33');
  await card.getByRole('button', { name: 'Add rule' }).click();
  await expect(card.getByText('Enter an address, a network with /prefix or /mask, or all.')).toBeVisible();
  // A rule that 127.0.0.1 does not match: the customer is told before anything is sent.
  await rule.fill('10.0.0.0/255.0.0.0');
  await card.getByRole('button', { name: 'Add rule' }).click();
  const warning = page.getByRole('dialog', { name: 'You would be shut out' });
  await expect(warning).toContainText('You are signed in from 127.0.0.1');
  await warning.getByRole('button', { name: 'Cancel' }).click();
  expect(sent).toEqual([]);
  // With the address in use allowed first, the same rule goes without a warning.
  await rule.fill('127.0.0.1');
  await card.getByRole('button', { name: 'Add rule' }).click();
  await expect(card.getByRole('listitem')).toHaveCount(1);
  await rule.fill('10.0.0.0/255.0.0.0');
  await card.getByRole('button', { name: 'Add rule' }).click();
  await expect(card.getByRole('listitem')).toHaveCount(2);
  expect(sent).toEqual(['POST {"rule":"127.0.0.1"}', 'POST {"rule":"10.0.0.0/255.0.0.0"}']);
  // Removing the rule that lets this address in says so; cancelled, nothing is sent.
  await card.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
  await expect(page.getByRole('dialog', { name: 'Remove this rule?' })).toContainText('no rule would match once 127.0.0.1 is removed');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  // Removing the other, then this one (an empty list lets every address in): plain confirmations.
  await card.getByRole('button', { name: 'Remove 10.0.0.0/255.0.0.0' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(card.getByRole('listitem')).toHaveCount(1);
  await card.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
  await expect(page.getByRole('dialog')).not.toContainText('no rule would match');
  await page.getByRole('dialog').getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(card.getByText('No rules: you can sign in from any address.')).toBeVisible();
  expect(sent.length).toBe(4);
});

test('an e-mail from the history is shown sandboxed: its text, none of its script', async ({ page }) => {
  await logIn(page);
  await page.goto('/account');
  await page.getByRole('link', { name: 'E-mails we sent you' }).click();
  const table = page.getByRole('table', { name: 'E-mails sent to you' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row').nth(1)).toContainText('Scheduled maintenance notice');
  const title = await page.title();
  await table.getByRole('link', { name: 'Scheduled maintenance notice' }).click();
  await expect(page.getByRole('heading', { name: 'Scheduled maintenance notice', level: 1 })).toBeVisible();
  const frame = page.frameLocator('iframe[title="Scheduled maintenance notice"]');
  await expect(frame.getByText('Network maintenance on Saturday')).toBeVisible();
  await expect(frame.getByText('SCRIPT RAN')).toHaveCount(0);
  expect(await page.title()).toBe(title);
  const sandbox = await page.locator('iframe.mail-frame').getAttribute('sandbox');
  expect(sandbox).not.toContain('allow-scripts');
  expect(sandbox).not.toContain('allow-same-origin');
  // HostBill's history has no resend or delete: none is offered.
  await expect(page.getByRole('button', { name: /Send it again|Delete/ })).toHaveCount(0);
});

test('a contact is added with its fields checked like the account\'s and its rights ticked, then edited, each sent once', async ({ page }) => {
  const writes: string[] = [];
  page.on('request', (r) => { if (/\/api\/contact(\/\d+)?$/.test(r.url()) && r.method() !== 'GET') writes.push(r.method()); });
  await logIn(page);
  await page.goto('/account');
  await page.getByRole('link', { name: 'Manage contacts and sub-accounts' }).click();
  const table = page.getByRole('table', { name: 'Contacts and sub-accounts' });
  const mary = table.getByRole('row').filter({ hasText: 'Mary Sue' });
  await expect(mary).toContainText('mary.sue@atrium.test');
  await expect(mary).toContainText('never');

  await page.getByRole('link', { name: 'Add a contact' }).click();
  await expect(page.getByRole('heading', { name: 'New contact', level: 1 })).toBeVisible();
  const stamp = Date.now() % 1000000;
  await page.getByLabel('First name').fill('Linh');
  await page.getByLabel('Last name').fill('Tran');
  await page.getByLabel('Email address').fill('linh@');
  await page.getByLabel('Address', { exact: true }).fill('1 Le Loi');
  await page.getByLabel('City').fill('Hanoi');
  await page.getByLabel('Country (two-letter code)').fill('Vietnam');
  await page.getByLabel('Phone (+country code.number, e.g. +84.901234567)').fill('call me');
  await page.getByLabel('Password (optional)').fill('short');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByText('Enter a valid email address.')).toBeVisible();
  await expect(page.getByText('Enter a two-letter country code like VN or US.')).toBeVisible();
  await expect(page.getByText('Enter the phone as +84.901234567 or digits only.')).toBeVisible();
  await expect(page.getByText('At least 8 characters.')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Some fields need your attention.' })).toBeVisible();
  expect(writes).toEqual([]);
  await page.getByLabel('Email address').fill(`linh.${stamp}@atrium.test`);
  await page.getByLabel('Country (two-letter code)').fill('vn');
  await page.getByLabel('Phone (+country code.number, e.g. +84.901234567)').fill('+84.912345678');
  await page.getByLabel('Password (optional)').fill('Secret123');
  // Rights: a readable checklist; a service's own switches go away under full control.
  const rights = page.getByRole('region', { name: 'What this contact may do' });
  await rights.getByRole('group', { name: 'Billing' }).getByLabel('View and pay invoices').check();
  await rights.getByRole('group', { name: 'Support' }).getByLabel('Open new tickets').check();
  const services = rights.getByRole('group', { name: 'Services' });
  await expect(services).toContainText('Starter Hosting — nguyenstudio.vn');
  await services.getByLabel('View basic details').first().check();
  await rights.getByRole('group', { name: 'Domains' }).getByLabel('Full control over every domain').check();
  await expect(rights.getByRole('group', { name: 'Domains' }).getByLabel('Manage name servers')).toHaveCount(0);
  await page.getByRole('button', { name: 'Add contact' }).dblclick();
  await expect(page).toHaveURL(/\/account\/contacts$/);
  expect(writes).toEqual(['POST']);
  const linh = table.getByRole('row').filter({ hasText: 'Linh Tran' });
  await linh.getByRole('link', { name: 'Linh Tran' }).click();
  await expect(page.getByRole('heading', { name: 'Contact: Linh Tran', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Country (two-letter code)')).toHaveValue('VN');
  await expect(page.getByLabel('Password (optional)')).toHaveCount(0);
  await expect(rights.getByRole('group', { name: 'Billing' }).getByLabel('View and pay invoices')).toBeChecked();
  await expect(rights.getByRole('group', { name: 'Billing' }).getByLabel('Add funds')).not.toBeChecked();
  await expect(rights.getByRole('group', { name: 'Domains' }).getByLabel('Full control over every domain')).toBeChecked();
  await page.getByLabel('City').fill('Da Nang');
  await rights.getByRole('group', { name: 'Support' }).getByLabel('Open new tickets').uncheck();
  await page.getByRole('button', { name: 'Save contact' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Contact saved.' })).toBeVisible();
  expect(writes).toEqual(['POST', 'PUT']);
  await page.reload();
  await expect(page.getByLabel('City')).toHaveValue('Da Nang');
  await expect(rights.getByRole('group', { name: 'Support' }).getByLabel('Open new tickets')).not.toBeChecked();
});

test('settings are checked and saved once; a verification code e-mailed is typed and accepted', async ({ page }) => {
  test.setTimeout(120_000); // the pause before a second code may be asked for is 20 s
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && /\/api\/(clientarea\/settings|verification\/\w+)$/.test(r.url())) posts.push(new URL(r.url()).pathname.replace('/api/', ''));
  });
  await logIn(page);
  await page.goto('/account');
  await page.getByRole('link', { name: /Payment, notification and domain preferences/ }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  const prefs = page.getByRole('region', { name: 'Preferences' });
  const auto = prefs.getByLabel('Pay new invoices from my account credit automatically');
  await expect(auto).toBeChecked();
  await prefs.getByLabel('Name server 2').fill('ns1.example.net');
  await prefs.getByRole('button', { name: 'Save settings' }).click();
  await expect(prefs.getByText('Give at least two name servers, or none.')).toBeVisible();
  await prefs.getByLabel('Name server 3').fill('ns 2');
  await prefs.getByRole('button', { name: 'Save settings' }).click();
  await expect(prefs.getByText('Enter a host name like web1.example.com (letters, digits and hyphens).')).toBeVisible();
  expect(posts).toEqual([]);
  await prefs.getByLabel('Name server 3').fill('NS2.example.net');
  await auto.uncheck();
  await prefs.getByRole('button', { name: 'Save settings' }).dblclick();
  await expect(prefs.getByRole('status')).toHaveText('Settings saved.');
  expect(posts).toEqual(['clientarea/settings']);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Preferences' }).getByLabel('Name server 1')).toHaveValue('ns1.example.net');
  await expect(page.getByRole('region', { name: 'Preferences' }).getByLabel('Name server 2')).toHaveValue('ns2.example.net');
  await expect(page.getByRole('region', { name: 'Preferences' }).getByLabel('Pay new invoices from my account credit automatically')).not.toBeChecked();
  // Put the shared account back as it was.
  await page.getByRole('region', { name: 'Preferences' }).getByLabel('Pay new invoices from my account credit automatically').check();
  for (const n of [1, 2]) await page.getByRole('region', { name: 'Preferences' }).getByLabel(`Name server ${n}`).fill('');
  await page.getByRole('region', { name: 'Preferences' }).getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('region', { name: 'Preferences' }).getByRole('status')).toHaveText('Settings saved.');

  const verify = page.getByRole('region', { name: 'Verify your e-mail or phone' });
  await verify.getByLabel('Code received').fill('12;34');
  await verify.getByRole('button', { name: 'Verify' }).click();
  await expect(verify.getByText('Type the code as you received it: letters and digits.')).toBeVisible();
  const resends: string[] = [];
  page.on('request', (r) => { if (r.url().endsWith('/api/verification/resend')) resends.push(r.method()); });
  // A double click sends one code (two would send two e-mails, the first code no longer valid);
  // another is offered after a pause, for a code that did not come.
  await verify.getByRole('button', { name: 'Send me a code' }).dblclick();
  await expect(verify.getByRole('status')).toHaveText('A code was sent to your e-mail address.');
  await expect(verify.getByRole('button', { name: 'Send me a code' })).toBeDisabled();
  expect(resends).toEqual(['POST']);
  await expect(verify.getByRole('button', { name: 'Send me a code' })).toBeEnabled({ timeout: 25_000 });
  // The code arrives by e-mail: the history shows it.
  await page.goto('/account/emails');
  await page.getByRole('table', { name: 'E-mails sent to you' }).getByRole('link', { name: 'Your verification code' }).first().click();
  const text = await page.frameLocator('iframe.mail-frame').locator('strong').textContent();
  const code = text!.trim();
  await page.goto('/account/settings');
  const again = page.getByRole('region', { name: 'Verify your e-mail or phone' });
  await again.getByLabel('Code received').fill(code === '000000' ? '000001' : '000000');
  await again.getByRole('button', { name: 'Verify' }).click();
  await expect(again.getByRole('alert')).toContainText('Invalid or expired verification code');
  await again.getByLabel('Code received').fill(`${code.slice(0, 3)} ${code.slice(3)}`);
  await again.getByRole('button', { name: 'Verify' }).click();
  await expect(again.getByRole('status')).toHaveText('Verified. Thank you.');
});

test('the payment method new invoices start with is one of the portal\'s payment modules, saved once', async ({ page }) => {
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/api/clientarea/settings')) posts.push(r.postData() ?? '');
  });
  const listed = page.waitForResponse((r) => r.url().endsWith('/api/payment'));
  await logIn(page);
  await page.goto('/account/settings');
  expect((await listed).ok()).toBeTruthy();
  const prefs = page.getByRole('region', { name: 'Preferences' });
  const method = prefs.getByLabel('Payment method');
  // `GET /payment`'s names, in the order of their ids; the account's own is chosen.
  await expect(method.getByRole('option')).toHaveText(['BankTransfer', 'Stripe', 'CreditCard', 'PayPal']);
  await expect(method).toHaveValue('1');
  await method.selectOption({ label: 'PayPal' });
  await prefs.getByRole('button', { name: 'Save settings' }).dblclick();
  await expect(prefs.getByRole('status')).toHaveText('Settings saved.');
  expect(posts).toHaveLength(1);
  expect(JSON.parse(posts[0]).configs.DefaultPaymentModule).toBe('5');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Preferences' }).getByLabel('Payment method')).toHaveValue('5');
  // Put the shared account back as it was.
  await page.getByRole('region', { name: 'Preferences' }).getByLabel('Payment method').selectOption({ label: 'BankTransfer' });
  await page.getByRole('region', { name: 'Preferences' }).getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('region', { name: 'Preferences' }).getByRole('status')).toHaveText('Settings saved.');
});

test('the activity page lists sign-ins with their address, a refused one too, and the account\'s history', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email address').fill(DEMO.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await logIn(page);
  await page.goto('/account');
  await page.getByRole('link', { name: "Sign-ins, changes and the account's history" }).click();
  await expect(page.getByRole('heading', { name: 'Account activity', level: 1 })).toBeVisible();
  const log = page.getByRole('table', { name: 'Sign-ins and changes' });
  const rows = log.getByRole('row');
  await expect(rows.nth(1)).toContainText('Signed in');
  await expect(rows.nth(1)).toContainText('127.0.0.1');
  await expect(rows.nth(2)).toContainText('Failed sign-in attempt');
  await expect(page.getByRole('table', { name: 'History' })).toContainText('Invoice #2026-0098 paid');
});
