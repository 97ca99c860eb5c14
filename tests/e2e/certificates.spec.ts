import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, logIn } from './fixtures';

// SSL certificates (HostBill /certificate) against the demo portal: the list from the services
// page, a certificate's file downloaded once issued, and an order whose signing request is read
// and refused before anything is sent, then confirmed and sent once.

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'csr', name), 'utf8');

test('certificates are listed with their expiry, and an issued one downloads as its domain\'s .crt', async ({ page }) => {
  await logIn(page);
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Services' }).click();
  await page.getByRole('link', { name: 'SSL certificates' }).click();
  await expect(page).toHaveURL(/\/certificates$/);
  const table = page.getByRole('table', { name: 'SSL certificates' });
  const issued = table.getByRole('row').filter({ hasText: 'nguyenstudio.vn' }).filter({ hasText: 'PositiveSSL' });
  // Seeded to expire in 20 days: the list says how many days are left.
  await expect(issued).toContainText('in 20 days');
  await expect(table.getByRole('row').filter({ hasText: 'shop.nguyenstudio.vn' })).toContainText('Awaiting validation');

  await issued.getByRole('link', { name: 'PositiveSSL' }).click();
  await expect(page.getByRole('heading', { name: 'PositiveSSL — nguyenstudio.vn' })).toBeVisible();
  await expect(page.locator('[data-figure="authority-status"]')).toHaveText('Issued');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download certificate (.crt)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('nguyenstudio.vn.crt');
  const pem = readFileSync(await download.path(), 'utf8');
  expect(pem).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+-----END CERTIFICATE-----\n$/);
  // Its billing is the service's: the link opens the service page.
  await expect(page.getByRole('link', { name: /Invoices and renewal of this certificate/ })).toHaveAttribute('href', '/services/320');

  await page.goto('/certificates/321');
  await expect(page.getByText('The file can be downloaded once the authority has issued the certificate.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download certificate (.crt)' })).toHaveCount(0);
});

test('a certificate order refuses a private key, a weak key and missing choices, then is confirmed and sent once', async ({ page }) => {
  const posts: string[] = [];
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/api/certificate/order')) posts.push(r.postData() ?? ''); });
  await logIn(page);
  await page.goto('/certificates');
  const shopRows = page.getByRole('table', { name: 'SSL certificates' }).getByRole('row').filter({ hasText: 'shop.nguyenstudio.vn' });
  await expect(shopRows.first()).toBeVisible();
  const before = await shopRows.count();
  await page.getByRole('link', { name: 'Order a certificate' }).click();
  await expect(page.getByRole('heading', { name: 'Order an SSL certificate' })).toBeVisible();
  const csr = page.getByLabel('Signing request (CSR)');

  await page.getByRole('button', { name: 'Review the order' }).click();
  await expect(page.getByText('Choose a certificate.')).toBeVisible();
  await expect(page.getByText('Paste the signing request.')).toBeVisible();
  await expect(page.getByText('Choose the approver e-mail.')).toBeVisible();

  await csr.fill('-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----');
  await expect(page.getByText(/This is a private key\. Never send it to anyone/)).toBeVisible();
  await expect(csr).toHaveAttribute('aria-invalid', 'true');
  await csr.fill(fixture('weak.csr'));
  await expect(page.getByText('The key is 1024 bits: certificate authorities need at least 2048. Make a new key and request.')).toBeVisible();
  await expect(page.getByLabel('Approver e-mail')).toBeDisabled();

  await csr.fill(fixture('good.csr'));
  await expect(csr).toHaveAttribute('aria-invalid', 'false');
  await expect(page.locator('[data-figure="csr-domain"]')).toContainText('This request is for shop.nguyenstudio.vn');
  await expect(page.locator('[data-figure="csr-domain"]')).toContainText('RSA key, 2048 bits');
  // Only the mailboxes an authority accepts, at the domain and its parent.
  const approver = page.getByLabel('Approver e-mail');
  await expect(approver.locator('option')).toHaveCount(11);
  await approver.selectOption('admin@nguyenstudio.vn');

  await page.getByLabel('Certificate', { exact: true }).selectOption({ label: 'PositiveSSL' });
  await page.getByLabel('Validity').selectOption({ label: '2 years — $22.00, then $28.00 to renew' });
  await page.getByLabel('Server software').selectOption({ label: 'Nginx' });
  await page.getByLabel('Payment method').selectOption({ label: 'Bank Transfer' });
  expect(posts).toEqual([]);

  await page.getByRole('button', { name: 'Review the order' }).click();
  const dialog = page.getByRole('dialog', { name: 'Order this certificate?' });
  await expect(dialog).toContainText('PositiveSSL for shop.nguyenstudio.vn, 2 years: $22.00');
  await expect(dialog).toContainText('paid by Bank Transfer');
  await expect(dialog).toContainText('writes to admin@nguyenstudio.vn');
  await dialog.getByRole('button', { name: 'Place the order' }).dblclick();
  await expect(page).toHaveURL(/\/invoices\/\d+\?order=\d+$/);
  expect(posts).toHaveLength(1);
  const sent = JSON.parse(posts[0]);
  expect(sent).toMatchObject({ product_id: '60', years: 2, approver_email: 'admin@nguyenstudio.vn', software: '4', pay_method: '1' });
  expect(sent.csr).toContain('-----BEGIN CERTIFICATE REQUEST-----');
  await expect(page.getByRole('heading', { name: /^Invoice #/ })).toBeVisible();
  await expect(page.getByText(/PositiveSSL — shop\.nguyenstudio\.vn/).first()).toBeVisible();

  // The new certificate is listed, awaiting its payment.
  await page.goto('/certificates');
  await expect(shopRows).toHaveCount(before + 1);
});
