/**
 * Soát lỗi as a clerk meets it: typing a paragraph with slips gets wavy underlines, a right click
 * offers the fix, "Bỏ qua tất cả" is remembered in the report across a reload, the panel lists
 * the notes by section, the switch turns it off, and a name goes into the office dictionary.
 * Screenshots at 1366×768 go to artifacts/screenshots for a person to look at.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { createYearEndReport, expect, test, ROOT } from './fixtures'

const SHOTS = join(ROOT, 'artifacts', 'screenshots')
const TEXT = 'Phường đã sắp sếp lại các tổ dân phố, tòan dân tham gia của của ông Y Moan Niê.'
const SECTION = 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH'

/** How many ranges each underline colour holds. */
function underlines(page: Page): Promise<{ red: number; blue: number }> {
  return page.evaluate(() => ({
    red: CSS.highlights.get('sbc-proof-red')?.size ?? 0,
    blue: CSS.highlights.get('sbc-proof-blue')?.size ?? 0,
  }))
}

/** Right-click the middle of the first occurrence of `word` in the section editor. */
async function rightClick(page: Page, word: string): Promise<void> {
  const point = await page.evaluate(
    ({ word, name }) => {
      const root = document.querySelector(`[aria-label="${name}"]`)
      if (root === null) return null
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const at = node.nodeValue?.indexOf(word) ?? -1
        if (at < 0) continue
        const range = document.createRange()
        range.setStart(node, at)
        range.setEnd(node, at + word.length)
        const rect = range.getBoundingClientRect()
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
      }
      return null
    },
    { word, name: SECTION },
  )
  expect(point, `“${word}” on screen`).not.toBeNull()
  if (point) await page.mouse.click(point.x, point.y, { button: 'right' })
}

test('a clerk sees, fixes and ignores proofreading notes as she types', async ({ page, host }) => {
  mkdirSync(SHOTS, { recursive: true })
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(host.url)
  await createYearEndReport(page)

  const section = page.getByRole('textbox', { name: SECTION })
  await section.click()
  // A paragraph of her own after the template's starter sentence.
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Enter')
  await page.keyboard.type(TEXT)
  // Spelling and the confusion in red, the repeated word in blue, once the clerk pauses.
  await expect.poll(() => underlines(page)).toEqual({ red: 3, blue: 1 })
  await page.screenshot({ path: join(SHOTS, 'proof-underlines.png') })

  // Right click → the suggestion replaces the word, as one edit.
  await rightClick(page, 'tòan')
  const menu = page.getByRole('menu', { name: 'Gợi ý sửa lỗi' })
  await expect(menu).toBeVisible()
  await expect(menu).toContainText('dấu thanh đặt sai chỗ')
  await page.screenshot({ path: join(SHOTS, 'proof-menu.png') })
  await menu.getByRole('menuitem', { name: 'toàn', exact: true }).click()
  await expect(section).toContainText('toàn dân tham gia')
  await expect.poll(() => underlines(page)).toEqual({ red: 2, blue: 1 })

  // "Bỏ qua tất cả": remembered in the report.
  await rightClick(page, 'sắp sếp')
  await page.getByRole('menuitem', { name: 'Bỏ qua tất cả' }).click()
  await expect.poll(() => underlines(page)).toEqual({ red: 1, blue: 1 })

  // "Thêm vào từ điển": the name is the office's, in every report.
  await rightClick(page, 'Niê')
  await page.getByRole('menuitem', { name: 'Thêm vào từ điển' }).click()
  await expect.poll(() => underlines(page)).toEqual({ red: 0, blue: 1 })

  // The panel lists what is left, by section; a click selects it in the text.
  await page.getByRole('tab', { name: 'Soát lỗi' }).click()
  const panel = page.getByRole('tabpanel')
  await expect(panel).toContainText('1 chỗ cần xem lại')
  await expect(panel).toContainText(SECTION)
  await expect(panel).toContainText('Từ “của” bị lặp lại.')
  await panel.getByRole('button', { name: /của của/ }).click()
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('của của')
  await page.screenshot({ path: join(SHOTS, 'proof-panel.png') })

  // Saved with the report; a reload keeps the ignored note ignored.
  await expect(page.getByRole('status')).toContainText('Đã lưu', { timeout: 10_000 })
  const file = readdirSync(host.libraryDir).find((f) => f.endsWith('.baocao')) ?? ''
  const saved = JSON.parse(readFileSync(join(host.libraryDir, file), 'utf8')) as { proofing: { ignored: unknown[] } }
  expect(saved.proofing.ignored).toEqual([{ code: 'proof.confusion', text: 'sắp sếp' }])
  await page.reload()
  await expect(page.getByRole('textbox', { name: SECTION })).toContainText('toàn dân')
  await expect.poll(() => underlines(page)).toEqual({ red: 0, blue: 1 })

  // The switch turns the underlines off for the office, and on again.
  await page.getByRole('tab', { name: 'Soát lỗi' }).click()
  await page.getByRole('checkbox', { name: 'Bật' }).uncheck()
  await expect.poll(() => underlines(page)).toEqual({ red: 0, blue: 0 })
  await page.getByRole('checkbox', { name: 'Bật' }).check()
  await expect.poll(() => underlines(page)).toEqual({ red: 0, blue: 1 })

  // The pre-export checks count the notes without blocking on them.
  await page
    .getByRole('button', { name: /^Kiểm tra/ })
    .first()
    .click()
  await expect(page.getByRole('tabpanel')).toContainText('Soát lỗi: 1 chỗ cần xem lại (không chặn việc xuất).')

  // The office dictionary is in the settings, with the office profile.
  await page.getByRole('button', { name: /Trang chủ/ }).click()
  await page.getByRole('button', { name: 'Cài đặt' }).click()
  await expect(page.getByLabel('Từ điển của cơ quan')).toHaveValue('Niê')
  await page.getByRole('heading', { name: 'Soát lỗi chính tả' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(SHOTS, 'proof-settings.png') })
})
