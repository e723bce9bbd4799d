// Playwright: end-to-end tests in Debian's Chromium (Playwright's own browser only where that is missing) against `vite preview`.
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// LINESEAL_E2E_PORT lets a second checkout run its e2e suite beside another one on this machine.
const PORT = Number(process.env.LINESEAL_E2E_PORT ?? 4173);
const debianChromium = '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // Assertions wait on state; a busy two-core CI machine renders and reads PDFs slower than a desk, so they may wait longer.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    serviceWorkers: 'allow',
    launchOptions: {
      ...(existsSync(debianChromium) ? { executablePath: debianChromium } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `npx vite build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
