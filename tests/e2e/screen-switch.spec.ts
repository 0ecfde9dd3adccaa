/**
 * Going to a screen shows it at once, without a second "Đang tải…" screen: the editor's code is
 * asked for with the report (and in the home screen's idle time), and the screen changes once
 * both are in. Through a bare React.lazy the editor first showed the loading screen, and React then
 * held it back until 300 ms after that loading screen appeared. Also: a move the clerk waits on
 * shows the page at work; in English the wizard names the period in English.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { makeFixture } from '../bench/fixture'

const report = makeFixture(2).report

/** Count, in this page, the loading screens put into the document (App's own at start-up included). */
function countLoadingScreens(): void {
  const w = window as unknown as { loadingScreens: number }
  w.loadingScreens = 0
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof HTMLElement && node.matches('main.loading')) w.loadingScreens++
  }).observe(document, { subtree: true, childList: true })
}

const loadingScreens = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { loadingScreens: number }).loadingScreens)

/** Wait until the page has loaded a screen's chunk (`EditorScreen-<hash>.js`). */
async function screenCodeLoaded(page: Page, screen: string): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        (name) => performance.getEntriesByType('resource').some((entry) => new RegExp(`/${name}-[\\w-]+\\.js$`, 'u').test(entry.name)),
        screen,
      ),
    )
    .toBe(true)
}

test('a report opens from the list and after a reload with no second loading screen', async ({ page, host }) => {
  mkdirSync(host.libraryDir, { recursive: true })
  writeFileSync(join(host.libraryDir, 'Báo cáo quý.baocao'), `${JSON.stringify(report, null, 2)}\n`)
  await page.addInitScript(countLoadingScreens)
  await page.goto(host.url)
  const open = page.getByRole('button', { name: /Mở báo cáo/u }).first()
  await expect(open).toBeVisible()
  // The home screen loads the editor's code in its idle time.
  await screenCodeLoaded(page, 'EditorScreen')
  const before = await loadingScreens(page)

  await open.click()
  const editor = page.locator('.sections [contenteditable="true"]').first()
  await expect(editor).toBeVisible()
  expect(await loadingScreens(page)).toBe(before)

  // After a reload: App's own loading screen while the report is read, then the editor; no second one.
  await page.reload()
  await expect(editor).toBeVisible()
  expect(await loadingScreens(page)).toBe(1)
})

test('the new-report wizard, the templates and the settings open with no loading screen, even at once after the start', async ({
  page,
  host,
}) => {
  await page.addInitScript(countLoadingScreens)
  // A slow disk or PC: the screens' code comes 400 ms after it is asked for.
  await page.route(/\/(NewReportScreen|TemplatesScreen|SettingsScreen)-[\w-]+\.js$/u, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400))
    await route.continue()
  })
  await page.goto(host.url)
  const create = page.getByRole('button', { name: 'Tạo báo cáo mới' }).first()
  await expect(create).toBeVisible()
  const before = await loadingScreens(page)
  // At once: the home screen's idle-time loading has not come yet.
  await create.click()
  await expect(page.getByRole('heading', { name: 'Tạo báo cáo mới' })).toBeVisible()
  await page.getByRole('button', { name: /Quay lại/u }).click()
  await page.getByRole('button', { name: 'Mẫu báo cáo' }).first().click()
  await expect(page.getByRole('heading', { name: 'Mẫu báo cáo' })).toBeVisible()
  await page.getByRole('button', { name: /Trang chủ/u }).click()
  await page.getByRole('button', { name: 'Cài đặt' }).first().click()
  await expect(page.getByRole('heading', { name: 'Cài đặt' })).toBeVisible()
  expect(await loadingScreens(page)).toBe(before)
})

/** Count, in this page, the times the page was marked at work (renderer/app/busy.ts). */
function countBusy(): void {
  const w = window as unknown as { busyMarks: number }
  w.busyMarks = 0
  // The document, not its <html>: a script added at the start runs before <html> is there.
  new MutationObserver(() => {
    if (document.documentElement.hasAttribute('data-busy')) w.busyMarks++
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-busy'] })
}

const busyMarks = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { busyMarks: number }).busyMarks)

test('a move the clerk waits on shows the page at work; a quick one shows nothing', async ({ page, host }) => {
  mkdirSync(host.libraryDir, { recursive: true })
  writeFileSync(join(host.libraryDir, 'Báo cáo quý.baocao'), `${JSON.stringify(report, null, 2)}\n`)
  await page.addInitScript(countBusy)
  // A slow disk: the report takes 800 ms to read.
  await page.route(/\/api\/documents\.open$/u, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800))
    await route.continue()
  })
  await page.goto(host.url)
  const html = page.locator('html')
  const open = page.getByRole('button', { name: /Mở báo cáo/u }).first()
  await expect(open).toBeVisible()
  await screenCodeLoaded(page, 'SettingsScreen')

  await open.click()
  await expect(html).toHaveAttribute('data-busy', '')
  await expect(html).toHaveAttribute('aria-busy', 'true')
  await page.screenshot({ path: test.info().outputPath('opening.png') })
  await expect(page.locator('.sections [contenteditable="true"]').first()).toBeVisible()
  await expect(html).not.toHaveAttribute('data-busy')
  await expect(html).not.toHaveAttribute('aria-busy')
  expect(await busyMarks(page)).toBe(1)

  // The settings' code is in: the screen comes at once, with no sign of work.
  await page.getByRole('button', { name: /Trang chủ/u }).click()
  await page.getByRole('button', { name: 'Cài đặt' }).first().click()
  await expect(page.getByRole('heading', { name: 'Cài đặt' })).toBeVisible()
  expect(await busyMarks(page)).toBe(1)
  await expect(html).not.toHaveAttribute('data-busy')
})

test('in English the wizard names the period in English', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Cài đặt' }).first().click()
  await page.getByRole('radio', { name: 'English' }).check()
  await page.getByRole('button', { name: /Lưu cài đặt|Save settings/u }).click()
  await page
    .getByRole('button', { name: /Quay lại|Back/u })
    .first()
    .click()
  await page.getByRole('button', { name: 'New report' }).first().click()
  await page.getByRole('radio', { name: 'Mid-year review' }).check()
  await page.getByLabel('Year', { exact: true }).fill('2026')
  await page.getByRole('radio', { name: 'Second half' }).check()
  await expect(page.getByText(/^Report on /u)).toHaveText('Report on second half of 2026; tasks for first half of 2027.')
  await page.getByRole('radio', { name: 'Year-end report' }).check()
  await expect(page.getByText(/^Report on /u)).toHaveText('Report on 2026; tasks for 2027.')
})
