import { readFileSync } from 'node:fs';
import { test, expect, logIn } from './fixtures';

// News and downloads (HostBill /post/recent, /post/sale, /downloads, /download/@id) against the
// demo portal: reached from the dashboard, posts as plain text (a script in a post never runs),
// and a file saved under its own name, fetched through the API.

test('news and offers are shown as text, and a file downloads under its own name', async ({ page }) => {
  await logIn(page);
  await page.getByRole('link', { name: 'News and downloads →' }).click();
  await expect(page).toHaveURL(/\/news$/);
  const latest = page.getByRole('region', { name: 'Latest news' });
  await expect(latest.getByRole('heading', { name: 'New data centre in Ho Chi Minh City' })).toBeVisible();
  await expect(latest).toContainText('Cloud servers can now run in Ho Chi Minh City');
  // The maintenance post carries a script: shown as nothing, and it never ran.
  await expect(latest).toContainText('Network maintenance from 01:00 to 03:00');
  await expect(latest).not.toContainText('document.title');
  expect(await page.title()).not.toBe('x');
  await expect(latest.getByRole('link', { name: 'Read more →' }).first()).toHaveAttribute('href', 'https://atrium.test/blog/hcmc-dc');
  await expect(page.getByRole('region', { name: 'Current offers' })).toContainText('30% off the first year');

  const files = page.getByRole('table', { name: 'Downloads' });
  await expect(files).toContainText('Getting started with your hosting');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    files.getByRole('button', { name: 'Download Getting started with your hosting' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('getting-started.txt');
  expect(readFileSync(await download.path(), 'utf8')).toContain('Upload your site to public_html');
});
