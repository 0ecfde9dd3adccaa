/**
 * Blanks are things you fill: a click or a double-click on "[số]" selects it whole, brackets
 * included, and typing replaces it; F8 / Shift+F8 and the toolbar's buttons go to the next and
 * previous blank across all sections (mounting the sections on the way); the status bar counts
 * what is left; a "[...]" typed by hand behaves the same; the saved text keeps no trace.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { createYearEndReport, expect, test } from './fixtures'

test.use({ viewport: { width: 1366, height: 768 }, locale: 'en-US' })

/** The text the page's selection holds, and the section it is in. */
async function selected(page: Page): Promise<{ text: string; section: string | null }> {
  return page.evaluate(() => {
    const selection = window.getSelection()
    const node = selection?.anchorNode
    const element = node instanceof Element ? node : (node?.parentElement ?? null)
    return { text: selection?.toString() ?? '', section: element?.closest('.section-editable')?.getAttribute('aria-label') ?? null }
  })
}

/** "Còn 48 chỗ trống" → 48. */
async function blanksLeft(page: Page): Promise<number> {
  const text = (await page.locator('.statusbar .blank-count').textContent()) ?? ''
  return Number(/\d+/u.exec(text)?.[0] ?? 'NaN')
}

test('a blank is selected whole by a click and a double-click, and typing replaces it', async ({ page, host }) => {
  await page.goto(host.url)
  await createYearEndReport(page)
  const status = page.locator('.statusbar .blank-count')
  await expect(status).toContainText(/Còn \d+ chỗ trống/u)
  const before = await blanksLeft(page)
  expect(before).toBeGreaterThan(10)

  // The first blank of the report, found by F8 from the start.
  await page.keyboard.press('F8')
  const first = await selected(page)
  expect(first.text).toMatch(/^\[[^\]]+\]$/u)
  const section = page.getByRole('textbox', { name: first.section ?? '' })

  // A click inside a blank (not on its edge) selects it whole.
  const blank = section.getByText(first.text, { exact: false }).first()
  await page.mouse.click(0, 0)
  const box = await page.evaluate(
    (text) => {
      const root = document.querySelector<HTMLElement>(`.section-editable[aria-label="${CSS.escape(text.section)}"]`)
      const walker = document.createTreeWalker(root ?? document.body, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.nodeValue ?? '').indexOf(text.blank)
        if (at < 0) continue
        const range = document.createRange()
        range.setStart(node, at + 2)
        range.setEnd(node, at + 3)
        const rect = range.getBoundingClientRect()
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
      }
      return null
    },
    { section: first.section ?? '', blank: first.text },
  )
  expect(box).not.toBeNull()
  await blank.scrollIntoViewIfNeeded()
  const point = box ?? { x: 0, y: 0 }
  await page.mouse.click(point.x, point.y)
  await expect.poll(async () => (await selected(page)).text).toBe(first.text)
  // A double-click, which the browser would give one word inside the brackets.
  await page.mouse.dblclick(point.x, point.y)
  await expect.poll(async () => (await selected(page)).text).toBe(first.text)

  await page.keyboard.type('186')
  await expect(section).toContainText('186')
  await expect(section).not.toContainText('[186')
  await expect(section).not.toContainText('186]')
  await expect.poll(() => blanksLeft(page), { timeout: 10_000 }).toBe(before - 1)

  // A blank typed by hand is one too.
  await page.keyboard.type(' và [...] hộ')
  await page.keyboard.press('Shift+F8')
  await expect.poll(async () => (await selected(page)).text).toBe('[...]')
  await page.keyboard.type('42')
  await expect(section).toContainText('186 và 42 hộ')

  // Saved as plain text: the blank's text is simply gone, nothing else was added.
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu' })).toBeVisible({ timeout: 10_000 })
  const file = readdirSync(host.libraryDir).find((f) => f.endsWith('.baocao')) ?? ''
  const saved = readFileSync(join(host.libraryDir, file), 'utf8')
  expect(saved).toContain('186 và 42 hộ')
  expect(saved).not.toContain('[...]')
})

test('F8, Shift+F8 and the toolbar go through every blank of every section, in order, and round', async ({ page, host }) => {
  test.setTimeout(180_000)
  await page.goto(host.url)
  await createYearEndReport(page)
  await expect(page.locator('.statusbar .blank-count')).toBeVisible()
  const total = await blanksLeft(page)

  const next = page.getByRole('button', { name: 'Chỗ trống tiếp theo' })
  await expect(next).toHaveAttribute('title', 'Chỗ trống tiếp theo (F8)')
  const seen: { text: string; section: string | null }[] = []
  for (let i = 0; i < total; i++) {
    if (i % 2 === 0) await page.keyboard.press('F8')
    else await next.click()
    const at = await selected(page)
    expect(at.text, `blank ${i + 1}`).toMatch(/^\[[^\]]+\]$/u)
    seen.push(at)
  }
  // Every section that holds a blank was reached (editors are mounted on the way), in reading order.
  // By now every section reached has its editor: their labels in the page's order.
  const sections = await page.locator('.section-editable').evaluateAll((all) => all.map((e) => e.getAttribute('aria-label')))
  const order = seen.map((s) => sections.indexOf(s.section))
  expect(order).not.toContain(-1)
  expect(order.every((index, i) => i === 0 || index >= (order[i - 1] ?? 0))).toBe(true)
  expect(new Set(seen.map((s) => s.section)).size).toBeGreaterThan(3)

  // One more goes round to the first; Shift+F8 from there goes back to the last.
  await page.keyboard.press('F8')
  expect(await selected(page)).toEqual(seen[0])
  await page.keyboard.press('Shift+F8')
  expect(await selected(page)).toEqual(seen[seen.length - 1])
  await page.getByRole('button', { name: 'Chỗ trống trước' }).click()
  expect(await selected(page)).toEqual(seen[seen.length - 2])
  await page.screenshot({ path: test.info().outputPath('blanks-1366.png') })
})
