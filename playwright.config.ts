import { defineConfig } from '@playwright/test'
import { chromium } from './tests/support/prereqs'
import { QUIET_CHROMIUM_ARGS } from './electron/services/browser-args'

// Debian's Chromium, never a downloaded browser.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    acceptDownloads: true,
    viewport: { width: 1366, height: 900 },
    launchOptions: {
      ...(chromium.path ? { executablePath: chromium.path } : {}),
      args: ['--no-sandbox', ...QUIET_CHROMIUM_ARGS],
    },
    trace: 'retain-on-failure',
  },
})
