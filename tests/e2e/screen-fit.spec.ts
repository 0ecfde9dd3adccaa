/**
 * The indicator grid fits the screens offices have: at 1366×768 and 1280×720 the name of each
 * indicator, every figure, "Đánh giá" and "Chèn câu" are on screen together with no sideways
 * scrolling, the page beside the grid is still there to read, and the tab opens at its top.
 */
import type { Locator, Page } from '@playwright/test'
import { createYearEndReport, expect, test } from './fixtures'

test.use({ locale: 'en-US' })

/** The box of an element, asserted to lie inside the window and inside the side panel. */
async function inView(page: Page, element: Locator, what: string): Promise<void> {
  const box = await element.boundingBox()
  const viewport = page.viewportSize()
  const panel = await page.locator('.sidebar').boundingBox()
  expect(box, what).not.toBeNull()
  if (!box || !viewport || !panel) return
  expect(box.x, what).toBeGreaterThanOrEqual(panel.x - 1)
  expect(box.x + box.width, what).toBeLessThanOrEqual(Math.min(viewport.width, panel.x + panel.width) + 1)
  expect(box.width, what).toBeGreaterThan(20)
}

for (const [width, height] of [
  [1366, 768],
  [1280, 720],
] as const) {
  test(`at ${width}×${height} the indicator grid shows names, figures, evaluation and "Chèn câu" without scrolling sideways`, async ({
    page,
    host,
  }) => {
    await page.setViewportSize({ width, height })
    await page.goto(host.url)
    await createYearEndReport(page)

    // Scroll the outline down first: the grid's tab must still open at its top.
    const panel = page.locator('.tab-panel')
    await panel.evaluate((element) => element.scrollTo(0, element.scrollHeight))
    await page.getByRole('tab', { name: 'Chỉ tiêu' }).click()
    await expect(page.locator('#panel-indicators')).toBeVisible()
    expect(await page.locator('#panel-indicators').evaluate((element) => element.scrollTop)).toBe(0)

    const firstTable = page.locator('.indicator-table').first()
    const row = firstTable.locator('tbody tr').first()
    await row.locator('input.num').nth(0).fill('100')
    await row.locator('input.num').nth(1).fill('120')

    await inView(page, row.locator('textarea.name'), 'name')
    const figures = row.locator('input.num')
    for (let i = 0; i < (await figures.count()); i++) await inView(page, figures.nth(i), `figure ${i + 1}`)
    await inView(page, row.locator('.c-rate'), 'rate')
    await inView(page, row.locator('.c-eval'), 'evaluation')
    await expect(row.locator('.c-eval')).toHaveText(/\S/u)
    await inView(page, row.getByRole('button', { name: /^Chèn câu về/u }), 'Chèn câu')
    await inView(page, firstTable.getByRole('columnheader', { name: 'Đánh giá' }), 'Đánh giá header')

    await page.screenshot({ path: test.info().outputPath(`indicators-${width}x${height}.png`) })

    // Nothing scrolls sideways: neither the panel nor the grid nor the page beside it.
    const overflow = await page.evaluate(() =>
      ['.tab-panel', '.grid-scroll', '.page-scroll', 'body'].map((selector) => {
        const element = document.querySelector(selector)
        return element ? element.scrollWidth - element.clientWidth : 0
      }),
    )
    expect(overflow.map((extra) => (extra > 1 ? extra : 0))).toEqual([0, 0, 0, 0])

    // The page beside it is still there to read: at least 60% of its real size, all of its width shown.
    const sheet = await page.locator('.page').boundingBox()
    const scroller = await page.locator('.page-scroll').boundingBox()
    expect(sheet && scroller).toBeTruthy()
    if (sheet && scroller) {
      expect(sheet.width).toBeGreaterThan(0.6 * ((210 * 96) / 25.4))
      expect(sheet.x + sheet.width).toBeLessThanOrEqual(scroller.x + scroller.width + 1)
    }

    // Back to the outline: it opens at its top too.
    await panel.evaluate((element) => element.scrollTo(0, element.scrollHeight))
    await page.getByRole('tab', { name: 'Mục lục' }).click()
    expect(await page.locator('#panel-outline').evaluate((element) => element.scrollTop)).toBe(0)
  })
}
