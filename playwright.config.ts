import { defineConfig } from '@playwright/test';
import { chromiumPath } from './scripts/dev/chromium-path.mjs';

// The built site is served twice: dist/ at the root, dist-sub/ under /zhangjiang/ (see `npm run test:e2e`).
// E2E_DIST, E2E_DIST_SUB and E2E_PORT let several checkouts or builds be tested side by side.
const DIST = process.env.E2E_DIST ?? 'dist';
const DIST_SUB = process.env.E2E_DIST_SUB ?? 'dist-sub';
const ROOT_PORT = Number(process.env.E2E_PORT ?? 4400);
const SUB_PORT = ROOT_PORT + 1;
export const SUBPATH = '/zhangjiang/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-gpu'],
    },
    locale: 'zh-CN',
  },
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` } },
    { name: 'subpath', use: { baseURL: `http://127.0.0.1:${SUB_PORT}${SUBPATH}` }, testMatch: /links\.spec\.ts/ },
  ],
  webServer: [
    { command: `node scripts/dev/serve.mjs ${DIST} ${ROOT_PORT}`, url: `http://127.0.0.1:${ROOT_PORT}/`, reuseExistingServer: false },
    { command: `node scripts/dev/serve.mjs ${DIST_SUB} ${SUB_PORT} ${SUBPATH}`, url: `http://127.0.0.1:${SUB_PORT}${SUBPATH}`, reuseExistingServer: false },
  ],
});
