import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { freePort } from './tests/e2e/free-port';

// The browser tests run against the production server (`npm run build` happens first, in scripts/test-all.sh)
// on a free port with a throwaway data directory. The runner picks both once and passes them to its workers
// through the environment, because every worker evaluates this file again.

process.env.E2E_PORT ??= String(await freePort());
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'clustercanvas-e2e-'));
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  // One test at a time: most tests drive two or three pages (co-editing), and two such tests at once on a
  // 2-core machine starved each other. Measured on the same machine: 2 workers took 7.6 min with two
  // tests past their 60 s limit; 1 worker took 5.0 min with every test under 35 s.
  workers: 1,
  // In CI one retry: a test that fails and then passes is reported as flaky in the log (and counted by
  // scripts/test-all.sh), so a loaded machine's hiccup does not fail the run, while a real failure fails twice.
  retries: process.env.CI ? 1 : 0,
  // Most tests take 20–40 s; the limit leaves room for a loaded 2-core CI machine (one took 58 s at load 20).
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    // The interface follows the browser's language (docs/architecture.md "Languages"): the specs that read
    // English words run in an English browser; tests/e2e/i18n.spec.ts opens zh-CN contexts of its own.
    locale: 'en-US',
    // A trace of every test, kept on failure, nearly doubled the suite's time on 2 cores (7 tests: 115 s
    // traced, 61 s not), and CI keeps only the log; E2E_TRACE=1 records them when a failure needs one.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: 'node bin/clustercanvas serve --host 127.0.0.1',
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 90_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      DATA_DIR: process.env.E2E_DATA_DIR,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 },
  },
});
