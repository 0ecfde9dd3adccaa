/**
 * End-to-end fixtures: a fresh data folder and a browser-mode host per test file, started from
 * the built app (out/main/host.js) exactly as `npm run start:web` does.
 */
import { test as base, expect, type Page } from '@playwright/test'
import { spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, missing } from '../support/prereqs'
import { launchHost } from '../support/host'

export const ROOT = resolve(import.meta.dirname, '../..')

export interface Host {
  url: string
  dataDir: string
  libraryDir: string
  process: ChildProcess
}

export async function startHost(dataDir: string): Promise<Host> {
  if (!existsSync(join(ROOT, 'out/main/host.js'))) {
    const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' })
    if (build.status !== 0) throw new Error('electron-vite build failed')
  }
  const { url, process: child } = await launchHost(join(ROOT, 'out'), dataDir, ROOT)
  return { url, dataDir, libraryDir: join(dataDir, 'library'), process: child }
}

/** A fresh data folder and host for every test, so that no test sees another's reports. */
export const test = base.extend<{ host: Host }>({
  host: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
    async ({}, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'sbc-e2e-'))
      const host = await startHost(dataDir)
      await use(host)
      host.process.kill()
      rmSync(dataDir, { recursive: true, force: true })
    },
    { scope: 'test' },
  ],
})

test.beforeAll(() => {
  test.skip(missing(chromium), `Chromium not found — install with: ${chromium.install}`)
})

/** From the home screen, a new year-end report of the UBND phường (for 2025), open in the editor. */
export async function createYearEndReport(page: Page, year = 2025): Promise<void> {
  await page.getByRole('button', { name: 'Tạo báo cáo mới' }).first().click()
  await page.getByRole('radio', { name: 'Báo cáo tổng kết năm' }).check()
  await page.getByRole('radio', { name: 'UBND phường', exact: true }).check()
  await page.getByLabel('Năm báo cáo').fill(String(year))
  await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click()
}

/** Scroll the page view down by `step` px at a time, `pauseMs` between steps, until its end. */
export async function scrollToEnd(page: Page, step: number, pauseMs: number, maxSteps = 200): Promise<void> {
  const scroller = page.locator('.page-scroll')
  for (let i = 0; i < maxSteps; i++) {
    const atEnd = await scroller.evaluate((el, by) => {
      el.scrollBy(0, by)
      return el.scrollTop + el.clientHeight >= el.scrollHeight - 2
    }, step)
    await page.waitForTimeout(pauseMs)
    if (atEnd) break
  }
}

export { expect }
