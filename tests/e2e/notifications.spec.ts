import { test, expect, logIn, apiToken } from './fixtures';

// Every notification (read or not) on its own page, each linking to what it is about, and a
// service's page showing the notices about that service.

test('all notifications are listed, unread ones marked and marked as read once, each linking to its subject', async ({ page, request }) => {
  const token = await apiToken(request);
  const all: any[] = (await (await request.get('/api/notifications', { headers: { Authorization: `Bearer ${token}` } })).json()).notifications;
  const unread = all.filter((n) => n.seen !== '1');
  expect(unread.length).toBeGreaterThan(0);
  const acks: string[] = [];
  const filtered: string[] = [];
  page.on('request', (r) => {
    if (/\/api\/notifications\/\d+\/ack$/.test(r.url())) acks.push(r.url());
    if (r.url().includes('/api/notifications?')) filtered.push(new URL(r.url()).search);
  });
  await logIn(page);
  await page.getByRole('link', { name: 'All notifications' }).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible();
  const items = page.getByRole('region', { name: 'Notifications' }).getByRole('listitem');
  await expect(items).toHaveCount(all.length);
  // A read one says so and offers nothing to do.
  const read = all.find((n) => n.seen === '1');
  if (read) {
    const item = items.filter({ hasText: read.subject });
    await expect(item).toContainText('Read');
    await expect(item.getByRole('button')).toHaveCount(0);
  }
  const first = items.filter({ hasText: unread[0].subject });
  await expect(first).toContainText('New');
  await first.getByRole('button', { name: `Mark as read: ${unread[0].subject}` }).dblclick();
  await expect(first).toContainText('Read');
  await expect(first.getByRole('button')).toHaveCount(0);
  expect(acks).toEqual([expect.stringMatching(new RegExp(`/api/notifications/${unread[0].id}/ack$`))]);

  // One about a service links to it; the service's page shows the notices about it.
  const maintenance = items.filter({ hasText: 'Scheduled maintenance' });
  await maintenance.getByRole('link', { name: 'About service 303' }).click();
  await expect(page).toHaveURL(/\/services\/303$/);
  const notices = page.getByRole('region', { name: 'Notices about this service' });
  await expect(notices).toContainText('Cloud host node hv-12 will be patched');
  await expect(notices.getByRole('listitem')).toHaveCount(1);
  expect(filtered).toEqual(['?rel_type=Service&rel_id=303']);
  // A service nothing was said about shows no such section.
  await page.goto('/services/301');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => filtered.length).toBe(2);
  await expect(page.getByRole('region', { name: 'Notices about this service' })).toHaveCount(0);
});
