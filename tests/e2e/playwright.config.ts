// End-to-end tests: the release build (dist/) served by atrium-server in demo mode, driven in
// Debian's Chromium. Never `npx playwright install`: the browser comes from apt.
import { defineConfig } from '@playwright/test';
import * as path from 'node:path';
import * as os from 'node:os';

const root = path.resolve(__dirname, '../..');
const port = Number(process.env.ATRIUM_E2E_PORT ?? 8181);
const server = process.env.ATRIUM_SERVER ?? path.join(root, 'target/release/atrium-server');
const db = path.join(os.tmpdir(), `atrium-e2e-${port}.sqlite`);

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
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
    locale: 'en-US',
    trace: 'off',
  },
  webServer: {
    command: `"${server}" --addr 127.0.0.1:${port} --dist "${path.join(root, 'dist')}" demo --db "${db}" --reset --token-ttl 120s`,
    url: `http://127.0.0.1:${port}/config.json`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
