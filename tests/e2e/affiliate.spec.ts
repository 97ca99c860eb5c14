import { test, expect, logIn } from './fixtures';

// The affiliate programme (HostBill /affiliate) against the demo portal: a member's standing and
// figures as the portal computes them, a voucher refused above the plan's commission and sent
// once, removed once confirmed; an account that has not joined joins once it has confirmed.

test('a member sees what it earned, makes a voucher within its commission and removes it', async ({ page }) => {
  const adds: string[] = [];
  const removes: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'POST') return;
    if (r.url().endsWith('/api/affiliate/addvoucher')) adds.push(r.postData() ?? '');
    if (r.url().endsWith('/api/affiliate/removevoucher')) removes.push(r.postData() ?? '');
  });
  await logIn(page);
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Account' }).click();
  await page.getByRole('link', { name: 'Refer customers and earn a commission' }).click();
  await expect(page).toHaveURL(/\/affiliate$/);
  await expect(page.getByRole('heading', { name: 'Affiliate programme', level: 1 })).toBeVisible();
  // The portal's own figures: approved commissions less payouts.
  await expect(page.locator('[data-figure="affiliate-balance"]')).toHaveText('$2.00');
  await expect(page.getByLabel('Your referral link')).toHaveValue(/\/\?affid=7$/);
  await expect(page.locator('[data-figure="affiliate-signups"]')).toContainText('3');
  const commissions = page.getByRole('table', { name: 'Commissions' });
  await expect(commissions.getByRole('row')).toHaveCount(4);
  await expect(commissions.getByRole('row').filter({ hasText: 'pho-24h.vn' })).toContainText('Awaiting approval');
  await expect(page.getByRole('table', { name: 'Payouts' })).toContainText('Account credit');
  await expect(page.getByRole('table', { name: 'Campaigns' })).toContainText('Blog sidebar');

  const vouchers = page.getByRole('table', { name: 'Your discount vouchers' });
  await expect(vouchers).toContainText('ALEX5OFF');
  const rowsBefore = await vouchers.getByRole('row').count();
  await page.getByLabel('Plan', { exact: true }).selectOption({ label: '10% Commission' });
  await expect(page.getByText('A percentage, at most 10 % (your commission on this plan).')).toBeVisible();
  await page.getByLabel('Discount', { exact: true }).fill('12');
  await page.getByLabel('Most uses (empty: no limit)').fill('0');
  await page.getByRole('button', { name: 'Create voucher' }).click();
  await expect(page.getByText('The discount cannot be more than your commission on this plan.')).toBeVisible();
  await expect(page.getByText('Enter a whole number of uses, 1 or more, or leave it empty.')).toBeVisible();
  expect(adds).toEqual([]);

  await page.getByLabel('Discount', { exact: true }).fill('7.5');
  await page.getByLabel('Most uses (empty: no limit)').fill('25');
  await page.getByLabel('Applies to').selectOption({ label: 'Every payment' });
  await page.getByLabel('For', { exact: true }).selectOption({ label: 'All customers' });
  await page.getByRole('button', { name: 'Create voucher' }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'The voucher is created.' })).toBeVisible();
  await expect(vouchers.getByRole('row')).toHaveCount(rowsBefore + 1);
  expect(adds).toHaveLength(1);
  expect(JSON.parse(adds[0])).toMatchObject({ plan: '1', discount: '7.5', cycle: 'recurring', audience: 'all', max_usage_limit: true, max_usage: '25' });
  const made = vouchers.getByRole('row').filter({ hasText: '7.5 %' });
  await expect(made).toContainText('0 of 25');

  const code = (await made.getByRole('rowheader').innerText()).trim();
  await made.getByRole('button', { name: `Remove ${code}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove this voucher?' });
  await expect(dialog).toContainText(`Voucher ${code} stops working at once`);
  await dialog.getByRole('button', { name: 'Remove' }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'The voucher is removed.' })).toBeVisible();
  await expect(vouchers.getByRole('row')).toHaveCount(rowsBefore);
  expect(removes).toHaveLength(1);
});

test('an account that has not joined sees the plans and joins once it has confirmed', async ({ page }) => {
  const joins: string[] = [];
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/api/affiliate/active')) joins.push(r.url()); });
  await logIn(page, { email: 'keys@atrium.test', password: 'keys1234' });
  await page.goto('/affiliate');
  await expect(page.getByRole('table', { name: 'Commission plans' })).toContainText('5% on every renewal');
  await page.getByRole('button', { name: 'Join the affiliate programme' }).click();
  const dialog = page.getByRole('dialog', { name: 'Join the affiliate programme' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(joins).toEqual([]);
  await page.getByRole('button', { name: 'Join the affiliate programme' }).click();
  await dialog.getByRole('button', { name: 'Join the affiliate programme' }).dblclick();
  await expect(page.locator('[data-figure="affiliate-balance"]')).toHaveText('$0.00');
  await expect(page.getByText('No commissions yet: they appear when a customer you referred pays an order.')).toBeVisible();
  expect(joins).toHaveLength(1);
});
