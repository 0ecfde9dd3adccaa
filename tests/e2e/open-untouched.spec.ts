/** Opening a report and reading it through (every editor mounts) must not write the file. */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { expect, scrollToEnd, test } from './fixtures'

test('a report that is only read is never rewritten', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Tạo báo cáo mới' }).first().click()
  await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click()
  await expect(page.getByRole('status')).toContainText('Đã lưu')
  const file = join(host.libraryDir, readdirSync(host.libraryDir).find((f) => f.endsWith('.baocao')) ?? '')
  const before = { text: readFileSync(file, 'utf8'), mtime: statSync(file).mtimeMs }

  // Scroll to the end and back: every section's editor mounts on the way.
  await scrollToEnd(page, 900, 100, 80)
  await expect(page.locator('.section-static')).toHaveCount(0)
  await page.locator('.page-scroll').evaluate((el) => el.scrollTo(0, 0))
  await page.waitForTimeout(2500)

  expect(readFileSync(file, 'utf8')).toBe(before.text)
  expect(statSync(file).mtimeMs).toBe(before.mtime)
  await expect(page.getByRole('status')).toContainText('Đã lưu')
})
