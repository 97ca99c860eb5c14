// Shared by the benchmarks: a release demo portal on its own port, Chromium, medians.
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
export const root = resolve(here, '../..');
const require = createRequire(join(root, 'tests/e2e/package.json'));
export const { chromium } = require('@playwright/test');

export const RUNS = Number(process.env.RUNS ?? 7);
export const dist = process.env.DIST ?? join(root, 'dist');
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const fmt = (xs, unit = 'ms') =>
  `median ${median(xs).toFixed(0)} ${unit} (runs: ${xs.map((x) => x.toFixed(0)).join(', ')})`;

/** Starts a fresh demo portal serving `dist` on `port` (`demoArgs`: e.g. `--dialect boxbilling`); resolves once it answers. */
export async function startPortal(port, demoArgs = []) {
  const server = spawn(join(root, 'target/release/atrium-server'),
    ['--addr', `127.0.0.1:${port}`, '--dist', dist, 'demo', '--db', join(tmpdir(), `atrium-bench-${port}.sqlite`), '--reset', ...demoArgs],
    { stdio: 'ignore' });
  for (let i = 0; i < 200; i++) {
    try { if ((await fetch(`http://127.0.0.1:${port}/config.json`)).ok) break; } catch { /* starting */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return server;
}
