/**
 * One undo for the whole report, as in Word: typing in two sections, a header field, an
 * indicator cell, "Chèn câu", renaming, adding, moving and deleting sections, and "Thay tất cả"
 * are undone one by one in reverse order with Ctrl+Z — long after their toasts are gone, with the
 * caret in a section, in a field of the form or nowhere — and redone in order with Ctrl+Y and ↷.
 * Deleting a section that holds text asks first; restoring a version is one step, and text typed
 * after it is undone and redone with it, never lost.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { createYearEndReport, expect, test } from './fixtures'

test.use({ viewport: { width: 1366, height: 768 } })

const LEADERSHIP = 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH'
const BUDGET = 'a) Thu, chi ngân sách'

async function createReport(page: Page, year = 2026): Promise<void> {
  await createYearEndReport(page, year)
  await expect(page.getByRole('textbox', { name: LEADERSHIP })).toBeVisible()
}

/**
 * What the page shows: the header as printed, every heading and every section's text (whether
 * its editor is mounted yet or not: placeholders and empty lines are left out).
 */
/**
 * The page's text, as a clerk reads it through: sections far from the screen are drawn only when
 * they come near (SectionList.tsx), so the page is scrolled to the end and back first.
 */
async function pageText(page: Page): Promise<string> {
  await page.locator('.page-scroll').evaluate(async (scroller) => {
    const frame = (): Promise<void> => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())))
    const top = scroller.scrollTop
    for (let y = 0; y < scroller.scrollHeight; y += scroller.clientHeight) {
      scroller.scrollTop = y
      await frame()
    }
    scroller.scrollTop = top
    await frame()
  })
  await expect(page.locator('.section-pending')).toHaveCount(0)
  return page.evaluate(() => {
    const clean = (text: string): string => text.replace(/\n\s*\n/gu, '\n').trim()
    const header = document.querySelector<HTMLElement>('.print-header')?.innerText ?? ''
    const sections = [...document.querySelectorAll<HTMLElement>('.sections > section')].map((section) => {
      const heading = section.querySelector<HTMLElement>('.sec-heading, .sec-unnumbered')?.innerText ?? ''
      const body = section.querySelector<HTMLElement>('.section-editable')?.innerText ?? ''
      return `${heading}\n${clean(body)}`
    })
    return [clean(header), ...sections].join('\n---\n')
  })
}

async function typeAtEnd(page: Page, section: string, text: string): Promise<void> {
  await page.getByRole('textbox', { name: section }).click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(text)
}

/** The row of a section in "Mục lục" (its link is titled "Đến mục …"). */
async function outlineRow(page: Page, name: string): Promise<ReturnType<Page['locator']>> {
  await page.getByRole('tab', { name: 'Mục lục' }).click()
  return page.getByRole('navigation', { name: 'Mục lục' }).locator(`.outline-link[title="Đến mục ${name}"]`)
}

test('Ctrl+Z and Ctrl+Y undo and redo every change of the report in order, wherever the caret is', async ({ page, host }) => {
  test.setTimeout(240_000)
  await page.goto(host.url)
  await createReport(page)
  const states: string[] = []
  const mark = async (): Promise<void> => {
    states.push(await pageText(page))
  }

  // Two figures of the first indicator, for "Chèn câu" later (two steps that the page does not show).
  await page.getByRole('tab', { name: 'Chỉ tiêu' }).click()
  const cells = page.locator('.indicator-table input.num')
  await cells.nth(0).fill('100')
  await cells.nth(1).fill('120')
  await mark()
  await typeAtEnd(page, LEADERSHIP, ' Câu thứ nhất của mục lãnh đạo.')
  await mark()
  await typeAtEnd(page, BUDGET, ' Thu ngân sách đạt 21.000 triệu đồng.')
  await mark()

  await page.getByRole('tab', { name: 'Thông tin văn bản' }).click()
  await page.getByLabel('Trích yếu').fill('Tổng kết công tác năm 2026 — bản sửa')
  await mark()

  // "Chèn câu" of the first indicator, where the caret was in the budget section.
  await page.getByRole('textbox', { name: BUDGET }).click()
  await page.getByRole('tab', { name: 'Chỉ tiêu' }).click()
  await page
    .getByRole('button', { name: /^Chèn câu/ })
    .first()
    .click()
  await mark()

  // The tree: rename (F2), move down (Alt+↓), add a subsection (Insert), delete a section with text.
  const budgetRow = await outlineRow(page, BUDGET)
  await budgetRow.focus()
  await page.keyboard.press('F2')
  await page.getByRole('textbox', { name: 'Tên mục' }).fill('Thu, chi ngân sách nhà nước')
  await page.keyboard.press('Enter')
  await mark()
  await (await outlineRow(page, 'a) Thu, chi ngân sách nhà nước')).focus()
  await page.keyboard.press('Alt+ArrowDown')
  await expect(page.getByRole('textbox', { name: 'b) Thu, chi ngân sách nhà nước' })).toBeVisible()
  await mark()
  const leadershipRow = await outlineRow(page, LEADERSHIP)
  await leadershipRow.focus()
  await page.keyboard.press('Delete')
  const confirm = page.getByRole('dialog', { name: `Xóa mục ${LEADERSHIP}?` })
  await expect(confirm).toContainText('Ctrl+Z')
  await confirm.getByRole('button', { name: 'Xóa mục' }).click()
  await expect(page.getByRole('textbox', { name: LEADERSHIP })).toHaveCount(0)
  await mark()

  // Replace all.
  await page.keyboard.press('Control+h')
  await page.getByPlaceholder('Tìm trong báo cáo').fill('21.000')
  await page.getByPlaceholder('Thay bằng').fill('22.500')
  await page.getByRole('button', { name: 'Thay tất cả' }).click()
  await page.keyboard.press('Escape')
  await mark()
  expect(states.at(-1)).toContain('22.500')

  // Long after every toast is gone.
  await page.waitForTimeout(7000)
  await expect(page.locator('.toast')).toHaveCount(0)

  // Undo everything, from different places: a field of the form, a section, nowhere.
  const places = [
    async () => {
      await page.getByRole('tab', { name: 'Thông tin văn bản' }).click()
      await page.getByLabel('Ký hiệu').focus()
    },
    async () => page.getByRole('textbox', { name: 'I. MỤC TIÊU TỔNG QUÁT' }).click(),
    async () => page.locator('.statusbar').click({ position: { x: 5, y: 5 } }),
  ]
  for (let i = states.length - 1; i > 0; i--) {
    await places[i % places.length]?.()
    await page.keyboard.press('Control+z')
    await expect.poll(() => pageText(page), { message: `undo back to state ${i - 1}` }).toBe(states[i - 1])
  }
  // The two figures, then nothing more to undo: ↶ is disabled, ↷ is not.
  await page.keyboard.press('Control+z')
  await expect(cells.nth(1)).toHaveValue('')
  await expect(cells.nth(0)).toHaveValue('100')
  await page.keyboard.press('Control+z')
  await expect(cells.nth(0)).toHaveValue('')
  await expect(page.getByRole('button', { name: 'Hoàn tác', exact: true })).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Làm lại', exact: true })).toBeEnabled()

  // Redo everything: Ctrl+Y, and ↷ for every other step.
  await page.keyboard.press('Control+y')
  await page.keyboard.press('Control+y')
  await expect(cells.nth(1)).toHaveValue('120')
  for (let i = 1; i < states.length; i++) {
    if (i % 2 === 0) await page.getByRole('button', { name: 'Làm lại', exact: true }).click()
    else {
      await places[i % places.length]?.()
      await page.keyboard.press('Control+y')
    }
    await expect.poll(() => pageText(page), { message: `redo to state ${i}` }).toBe(states[i])
  }
  await expect(page.getByRole('status')).toContainText('Đã lưu', { timeout: 15_000 })
})

function fileText(libraryDir: string, year: number): string {
  return readFileSync(join(libraryDir, `Báo cáo tổng kết năm ${year}.baocao`), 'utf8')
}

test('restoring a version is one step: text typed after it is undone and redone with it, never lost', async ({ page, host }) => {
  const first = 'Phiên bản thứ nhất: đã ban hành 45 kế hoạch.'
  const second = 'Phiên bản thứ hai: bổ sung 12 chỉ thị.'
  const third = 'Gõ sau khi khôi phục: tiếp nhận 8.833 hồ sơ.'
  await page.goto(host.url)
  await createReport(page, 2031)
  const box = page.getByRole('textbox', { name: LEADERSHIP })
  await typeAtEnd(page, LEADERSHIP, ` ${first}`)
  await expect.poll(() => fileText(host.libraryDir, 2031)).toContain(first)
  // A new session: its first save keeps the version on disk (the first one) in the history.
  await page.reload()
  await typeAtEnd(page, LEADERSHIP, ` ${second}`)
  await expect.poll(() => fileText(host.libraryDir, 2031)).toContain(second)

  await page.getByRole('button', { name: 'Tệp' }).click()
  await page.getByRole('menuitem', { name: 'Lịch sử phiên bản' }).click()
  const dialog = page.getByRole('dialog', { name: 'Lịch sử phiên bản' })
  await dialog
    .getByRole('button', { name: /^Khôi phục phiên bản lưu lúc/ })
    .first()
    .click()
  await expect(box).toContainText(first)
  await expect(box).not.toContainText(second)
  await typeAtEnd(page, LEADERSHIP, ` ${third}`)
  await expect.poll(() => fileText(host.libraryDir, 2031)).toContain(third)

  // Undo: the typing after the restore, then the restore itself — both come back with Ctrl+Y.
  await page.keyboard.press('Control+z')
  await expect(box).not.toContainText(third)
  await page.keyboard.press('Control+z')
  await expect(box).toContainText(second)
  await expect.poll(() => fileText(host.libraryDir, 2031)).toContain(second)
  await page.keyboard.press('Control+y')
  await expect(box).not.toContainText(second)
  await page.keyboard.press('Control+y')
  await expect(box).toContainText(third)
  await expect.poll(() => fileText(host.libraryDir, 2031)).toContain(third)
})

test('a syllable composed by an input method is undone whole, and the editor goes on composing', async ({ page, host }) => {
  await page.goto(host.url)
  await createReport(page)
  const box = page.getByRole('textbox', { name: LEADERSHIP })
  await box.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Delete')
  await page.keyboard.type('Ủy ban nhân dân ')
  // Longer than the pause that ends a step of typing, then "Việt" as Telex composes it.
  await page.waitForTimeout(1500)
  const cdp = await page.context().newCDPSession(page)
  for (const text of ['V', 'Vi', 'Vie', 'Viê', 'Việ', 'Việt'])
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length })
  await cdp.send('Input.insertText', { text: 'Việt' })
  await expect(box).toHaveText('Ủy ban nhân dân Việt')
  await page.keyboard.press('Control+z')
  await expect(box).toHaveText('Ủy ban nhân dân ')
  await page.keyboard.press('Control+y')
  await expect(box).toHaveText('Ủy ban nhân dân Việt')
  for (const text of [' N', ' Na', ' Nam'])
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length })
  await cdp.send('Input.insertText', { text: ' Nam' })
  await expect(box).toHaveText('Ủy ban nhân dân Việt Nam')
})
