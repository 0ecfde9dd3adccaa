/**
 * Going to a screen shows it at once, without a second "Đang tải…" screen: the editor's code is
 * asked for with the report (and in the home screen's idle time), and the screen changes once
 * both are in. Through a bare React.lazy the editor first showed the loading screen, and React then
 * held it back until 300 ms after that loading screen appeared.
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

test('a report opens from the list and after a reload with no second loading screen', async ({ page, host }) => {
  mkdirSync(host.libraryDir, { recursive: true })
  writeFileSync(join(host.libraryDir, 'Báo cáo quý.baocao'), `${JSON.stringify(report, null, 2)}\n`)
  await page.addInitScript(countLoadingScreens)
  await page.goto(host.url)
  const open = page.getByRole('button', { name: /Mở báo cáo/u }).first()
  await expect(open).toBeVisible()
  // The home screen loads the editor's code in its idle time.
  await expect
    .poll(() =>
      page.evaluate(() => performance.getEntriesByType('resource').some((entry) => /\/EditorScreen-[\w-]+\.js$/u.test(entry.name))),
    )
    .toBe(true)
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
