/**
 * The print preview, printing and the PDF in browser mode, as a clerk uses them: the editor's
 * "Xem trước bản in" shows A4 sheets (the header on page 1, the number "2" on page 2; the
 * appendix on a landscape sheet in a draft, while a final copy leaves its empty table out), the
 * status bar counts the laid-out pages, the view follows a change of the header form, printing
 * prints the sheets alone, and "Xuất PDF" of an unfinished report offers the draft, which
 * downloads as an A4 PDF marked "DỰ THẢO".
 */
import { execFileSync } from 'node:child_process'
import { expect, test } from './fixtures'
import { pdfinfo, pdftotext } from '../support/prereqs'

test('the preview shows the pages as they print, follows the header form, prints and exports a draft PDF', async ({
  page,
  host,
}, testInfo) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Tạo báo cáo mới' }).first().click()
  await page.getByRole('radio', { name: 'Báo cáo tổng kết năm' }).check()
  await page.getByRole('radio', { name: 'UBND phường', exact: true }).check()
  await page.getByLabel('Năm báo cáo').fill('2025')
  await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click()

  // The status bar counts the laid-out pages (no longer "khoảng … trang").
  const status = page.locator('.statusbar')
  await expect(status).toContainText(/\d+ trang/u)
  await expect(status).not.toContainText('khoảng')

  await page.keyboard.press('Control+F2')
  const preview = page.getByRole('main', { name: 'Xem trước bản in' })
  await expect(preview.getByRole('status')).toContainText(/^\d+ trang$/u)
  const sheets = preview.locator('section.sheet')
  const count = await sheets.count()
  // A new report's final copy: page 1, page 2 and more of the body (the empty appendix left out).
  expect(count).toBeGreaterThan(2)
  await expect(status).toContainText(`${count} trang`)

  const first = sheets.first()
  await expect(first).toContainText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
  await expect(first).toContainText('Độc lập - Tự do - Hạnh phúc')
  await expect(first).toContainText('BÁO CÁO')
  await expect(first).not.toContainText('DỰ THẢO')
  const box = await first.boundingBox()
  // A4 at 100 %: 210 × 297 mm.
  expect(box?.width).toBeCloseTo((210 / 25.4) * 96, -1)
  expect(box?.height).toBeCloseTo((297 / 25.4) * 96, -1)
  await expect(sheets.nth(1).locator('.l').first()).toHaveText('2')
  // A final copy prints no indicator table without a figure, as the Word file does.
  await expect(sheets.last()).not.toContainText('Phụ lục')
  await page.screenshot({ path: testInfo.outputPath('preview.png') })

  // A change of the header form reaches the pages while the preview is open.
  await page.getByRole('tab', { name: 'Thông tin văn bản' }).click()
  await page.getByLabel('Trích yếu').fill('Kết quả công tác năm 2025 của phường Phú Xuân')
  await expect(first).toContainText('Kết quả công tác năm 2025 của phường Phú Xuân')

  // The draft copy carries the mark.
  await preview.getByLabel('Bản dự thảo').check()
  await expect(first).toContainText('DỰ THẢO')
  // A draft prints everything: the appendix on a landscape sheet, its table still empty.
  const last = sheets.last()
  await expect(last).toContainText('Phụ lục')
  const draftCount = await sheets.count()
  expect(draftCount).toBeGreaterThan(count)
  const lastBox = await last.boundingBox()
  expect(lastBox?.width ?? 0).toBeGreaterThan(lastBox?.height ?? 0)

  // Printing prints the sheets and nothing of the app around them.
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.preview-toolbar')).toBeHidden()
  await expect(page.locator('.sidebar')).toBeHidden()
  await expect(page.locator('.statusbar')).toBeHidden()
  await expect(sheets.first()).toBeVisible()
  await page.emulateMedia({ media: 'screen' })

  // "Xuất PDF" of an unfinished report lists the errors and offers the draft.
  await preview.getByLabel('Bản dự thảo').uncheck()
  await preview.getByRole('button', { name: 'Xuất PDF' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('Báo cáo còn lỗi cần sửa')
  const downloadPromise = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Xuất bản nháp' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toMatch(/^Báo cáo tổng kết năm 2025.*\(dự thảo\)\.pdf$/u)
  const path = testInfo.outputPath(download.suggestedFilename())
  await download.saveAs(path)
  if (pdfinfo.path && pdftotext.path) {
    const info = execFileSync(pdfinfo.path, [path]).toString('utf8')
    expect(info).toMatch(/Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/u)
    // The draft PDF has the pages of the draft preview, the appendix included.
    expect(Number(/Pages:\s+(\d+)/u.exec(info)?.[1])).toBe(draftCount)
    const text = execFileSync(pdftotext.path, ['-f', '1', '-l', '1', path, '-']).toString('utf8').normalize('NFC')
    expect(text).toContain('DỰ THẢO')
    expect(text).toContain('Kết quả công tác năm 2025 của phường Phú Xuân')
  }
})
