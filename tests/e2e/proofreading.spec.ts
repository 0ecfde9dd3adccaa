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

/** How many notes each underline colour marks on screen (a note on two lines has two boxes). */
function underlines(page: Page): Promise<{ red: number; blue: number }> {
  return page.evaluate(() => {
    const count = (colour: string): number =>
      [...document.querySelectorAll<HTMLElement>('.proof-layer:not([hidden])')]
        .map((layer) => new Set([...layer.querySelectorAll<HTMLElement>(`.proof-${colour}`)].map((box) => box.dataset.mark)).size)
        .reduce((a, b) => a + b, 0)
    return { red: count('red'), blue: count('blue') }
  })
}

/** The first occurrence of `word` in the section on screen, and the underline box that overlaps it most (if any). */
function underlineOf(page: Page, word: string): Promise<{ word: DOMRect; box: DOMRect | null } | null> {
  return page.evaluate(
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
        const overlap = (b: DOMRect): number => Math.min(b.right, rect.right) - Math.max(b.left, rect.left)
        const boxes = [...document.querySelectorAll('.proof-layer:not([hidden]) .proof-mark')].map((b) => b.getBoundingClientRect())
        const box = boxes.filter((b) => overlap(b) > 0 && Math.abs(b.top - rect.bottom) < 10).sort((a, b) => overlap(b) - overlap(a))[0]
        return { word: rect.toJSON() as DOMRect, box: box === undefined ? null : (box.toJSON() as DOMRect) }
      }
      return null
    },
    { word, name: SECTION },
  )
}

/** The underline spans the word and sits just under it, at any zoom. */
async function expectUnderlined(page: Page, word: string): Promise<void> {
  await expect.poll(() => underlineOf(page, word).then((u) => u?.box != null)).toBe(true)
  const u = await underlineOf(page, word)
  expect(u?.box).toBeTruthy()
  if (!u?.box) return
  expect(Math.abs(u.box.left - u.word.left)).toBeLessThan(1.5)
  expect(Math.abs(u.box.right - u.word.right)).toBeLessThan(1.5)
  expect(Math.abs(u.box.top - u.word.bottom)).toBeLessThan(6)
}

/** Right-click the middle of the first occurrence of `word` in the section editor. */
async function rightClick(page: Page, word: string): Promise<void> {
  const found = await underlineOf(page, word)
  const point = found && { x: found.word.left + found.word.width / 2, y: found.word.top + found.word.height / 2 }
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
  await expectUnderlined(page, 'tòan')
  // Drawn beside the text, not in it: the section's own text and history never see them.
  await expect(section.locator('.proof-mark')).toHaveCount(0)
  // While she types, the section's underlines wait for the pause; then they are back in place.
  await page.keyboard.type(' Thêm')
  await expect.poll(() => underlines(page)).toEqual({ red: 3, blue: 1 })
  await expectUnderlined(page, 'của của')
  // At another zoom the underlines follow the text.
  await page.getByRole('button', { name: 'Phóng to' }).click()
  await page.getByRole('button', { name: 'Phóng to' }).click()
  await expectUnderlined(page, 'tòan')
  await page.getByRole('button', { name: 'Thu nhỏ' }).click()
  await page.getByRole('button', { name: 'Thu nhỏ' }).click()

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
