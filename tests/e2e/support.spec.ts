import { test, expect, logIn, apiToken } from './fixtures';
import * as fs from 'fs';

// Support tickets against the demo portal: the seeded tickets (736633 answered by staff), a new
// ticket opened, answered, closed and re-opened; nothing is sent twice or before it is valid.

test('a ticket is opened once, checked first, then answered, closed and re-opened', async ({ page }) => {
  const posts: string[] = [];
  page.on('request', (r) => { if (/\/api\/tickets(\/\d+)?(\/(open|close))?$/.test(r.url()) && r.method() !== 'GET') posts.push(`${r.method()} ${new URL(r.url()).pathname}`); });
  await logIn(page);
  await page.getByRole('region', { name: 'Support tickets' }).getByRole('link', { name: 'View tickets' }).click();
  await expect(page).toHaveURL(/\/support$/);
  // Answered tickets wait for the customer: they come first.
  await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('Invoice shows the wrong VAT number');
  await page.getByRole('link', { name: 'Open a ticket' }).click();
  await page.getByRole('button', { name: 'Send ticket' }).click();
  await expect(page.getByText('Choose a department.')).toBeVisible();
  await expect(page.getByText('Give the ticket a subject (at most 200 characters).')).toBeVisible();
  await expect(page.getByText('Write a message (at most 20,000 characters).')).toBeVisible();
  expect(posts).toEqual([]);
  await page.getByLabel('Department').selectOption({ label: 'Technical' });
  await page.getByLabel('Subject').fill('Disk almost full on web-01');
  await page.getByLabel('Message').fill('Hello,\nweb-01 reports 95 % disk use.\n<b>not bold</b>');
  await page.getByRole('button', { name: 'Send ticket' }).dblclick();
  await expect(page).toHaveURL(/\/support\/\d+\?opened=1$/);
  expect(posts).toEqual(['POST /api/tickets']);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Disk almost full on web-01');
  // The message is text: markup stays visible as typed, line breaks are kept.
  await expect(page.getByText('<b>not bold</b>')).toBeVisible();
  await expect(page.locator('.thread__body b')).toHaveCount(0);

  const reply = page.getByRole('region', { name: 'Your reply' });
  await reply.getByRole('button', { name: 'Send reply' }).click();
  await expect(reply.getByText('Write a message (at most 20,000 characters).')).toBeVisible();
  await reply.getByLabel('Your reply').fill('It is 97 % now.');
  await reply.getByRole('button', { name: 'Send reply' }).dblclick();
  await expect(reply.getByRole('status')).toHaveText('Your reply was sent.');
  await expect(page.locator('.thread__message')).toHaveCount(2);
  await expect(reply.getByLabel('Your reply')).toHaveValue('');
  await expect(page.locator('[data-figure="ticket-status"]')).toHaveText('Awaiting staff');

  await reply.getByRole('button', { name: 'Close ticket' }).click();
  // Closing asks first; Cancel (where focus starts) sends nothing.
  const ask = page.getByRole('dialog', { name: 'Close ticket' });
  await expect(ask).toContainText(`Close ticket #${new URL(page.url()).pathname.split('/').pop()}?`);
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ask).toHaveCount(0);
  await expect(page.locator('[data-figure="ticket-status"]')).toHaveText('Awaiting staff');
  await reply.getByRole('button', { name: 'Close ticket' }).click();
  await ask.getByRole('button', { name: 'Close ticket' }).click();
  await expect(page.getByText('This ticket is closed. Re-open it to reply.')).toBeVisible();
  await expect(page.locator('[data-figure="ticket-status"]')).toHaveText('Closed');
  await page.getByRole('button', { name: 'Re-open ticket' }).click();
  await expect(page.getByRole('region', { name: 'Your reply' })).toBeVisible();
  await expect(page.locator('[data-figure="ticket-status"]')).toHaveText('Open');
  const n = new URL(page.url()).pathname.split('/').pop();
  expect(posts).toEqual(['POST /api/tickets', `POST /api/tickets/${n}`, `PUT /api/tickets/${n}/close`, `PUT /api/tickets/${n}/open`]);
});

test('a staff answer is marked, and another client\'s ticket is not found', async ({ page }) => {
  await logIn(page);
  await page.goto('/support/736633');
  const staff = page.locator('.thread__message--staff');
  await expect(staff).toHaveCount(1);
  await expect(staff).toContainText('Staff');
  await expect(staff).toContainText('it is fixed on our side');
  // Its time reads as a date and time on the portal's clock, which is named (the demo's is the
  // machine's own offset).
  await expect(staff.locator('time')).toHaveText(/^\d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d UTC[+-]\d\d:\d\d$/);
  await page.goto('/support/736800');
  await expect(page.getByText('This ticket does not exist or belongs to another account.')).toBeVisible();
});

test('a file attached to a staff answer is listed on it and downloaded through the API', async ({ page, request }) => {
  const token = await apiToken(request);
  const headers = { Authorization: `Bearer ${token}` };
  const list = await (await request.get('/api/tickets', { headers })).json();
  let number = '';
  for (const t of list.tickets) {
    const v = await (await request.get(`/api/tickets/${t.ticket_number}`, { headers })).json();
    if (v.replies.some((r: any) => r.attachments)) number = t.ticket_number;
  }
  expect(number).not.toBe('');
  const fetched: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/api/ticket/attachment/')) fetched.push(r.headers()['authorization'] ? 'bearer' : 'none'); });
  await logIn(page);
  await page.goto(`/support/${number}`);
  const files = page.getByRole('list', { name: 'Attached files' });
  await expect(files.getByRole('button', { name: 'traceroute.txt' })).toBeVisible();
  const download = page.waitForEvent('download');
  await files.getByRole('button', { name: 'traceroute.txt' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('traceroute.txt');
  const text = fs.readFileSync(await file.path(), 'utf8');
  expect(text).toMatch(/^traceroute to 203\.0\.113\.10/);
  // The token went in the Authorization header, never in a link.
  expect(fetched).toEqual(['bearer']);
});
