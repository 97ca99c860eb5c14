// End-to-end tests: the release build (dist/) served by atrium-server in demo mode, driven in
// Debian's Chromium. Never `npx playwright install`: the browser comes from apt.
import { defineConfig } from '@playwright/test';
import * as path from 'node:path';
import * as os from 'node:os';

const root = path.resolve(__dirname, '../..');
const port = Number(process.env.ATRIUM_E2E_PORT ?? 8181);
const server = process.env.ATRIUM_SERVER ?? path.join(root, 'target/release/atrium-server');
const db = path.join(os.tmpdir(), `atrium-e2e-${port}.sqlite`);
// The same app against the demo portal speaking Kdata's WHMCS wrapper (its own data file).
const kdataPort = port + 1;
const kdataDb = path.join(os.tmpdir(), `atrium-e2e-${kdataPort}.sqlite`);
const bbPort = port + 2;
const bbDb = path.join(os.tmpdir(), `atrium-e2e-${bbPort}.sqlite`);
// ATRIUM_E2E_DIST: test a copy of the build while another is being made.
const dist = process.env.ATRIUM_E2E_DIST ?? path.join(root, 'dist');
const demo = (p: number, file: string, extra: string) => ({
  command: `"${server}" --addr 127.0.0.1:${p} --dist "${dist}" demo --db "${file}" --reset --test-faults --token-ttl 120s ${extra}`,
  url: `http://127.0.0.1:${p}/config.json`,
  reuseExistingServer: false,
  timeout: 60_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
});

export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
];

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts/,
  // One demo portal, shared state (acknowledged notifications): run serially, deterministically.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  projects: [
    { name: 'hostbill', testIgnore: /dialect-.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${port}` } },
    { name: 'kdata', testMatch: /dialect-kdata\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${kdataPort}` } },
    { name: 'boxbilling', testMatch: /dialect-boxbilling\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${bbPort}` } },
  ],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
    locale: 'en-US',
    trace: 'off',
  },
  webServer: [
    demo(port, db, ''),
    demo(kdataPort, kdataDb, '--dialect kdata'),
    demo(bbPort, bbDb, '--dialect boxbilling'),
  ],
});
