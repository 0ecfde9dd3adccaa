/**
 * Exporting from the app as a clerk does: a final export of an unfinished Party report is stopped
 * with the list of what to fix; the draft export goes ahead, is named as a draft and carries the
 * Party header, the draft mark and blanks for the number and the date.
 */
import { readFileSync } from 'node:fs'
import JSZip from 'jszip'
import { expect, test } from './fixtures'

test('a final export of an unfinished Party report is stopped, the draft is named and marked as one', async ({ page, host }, testInfo) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Tạo báo cáo mới' }).first().click()
  await page.getByRole('radio', { name: 'Báo cáo tổng kết năm' }).check()
  await page.getByRole('radio', { name: 'Đảng ủy phường', exact: true }).check()
  await page.getByLabel('Năm báo cáo').fill('2025')
  await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click()

  await page.getByRole('button', { name: 'Xuất Word' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('Báo cáo còn lỗi cần sửa')
  await expect(dialog).toContainText('Chưa điền họ và tên người ký')
  // A number and a date are left for the văn thư: notes, never errors.
  await expect(dialog).toContainText('Chưa có số văn bản: bản in để trống chỗ ghi số')

  const checks = page.locator('.statusbar').getByRole('button', { name: /^\d+ lỗi, \d+ lưu ý$/u })
  await expect(checks).toBeVisible()
  const beforeDraft = await checks.textContent()
  expect(beforeDraft).not.toMatch(/^0 lỗi/u)

  const downloadPromise = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Xuất bản nháp' }).click()
  const download = await downloadPromise
  // What a final copy still needs stays in view: the draft's own problems (the errors there are
  // only notes) do not replace the final copy's in the status bar, the checks panel or the message.
  await expect(page.locator('.export-done')).toContainText(`Còn ${beforeDraft ?? ''} cho bản chính thức, xem ở “Kiểm tra”.`)
  await expect(checks).toHaveText(beforeDraft ?? '')
  await page.getByRole('tab', { name: /Kiểm tra/u }).click()
  await expect(page.getByRole('tabpanel')).toContainText(beforeDraft ?? '')
  expect(download.suggestedFilename()).toMatch(/^Báo cáo tổng kết năm 2025.*\(dự thảo\)\.docx$/u)
  const path = testInfo.outputPath(download.suggestedFilename())
  await download.saveAs(path)

  const zip = await JSZip.loadAsync(readFileSync(path))
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('|')
  for (const expected of ['DỰ THẢO', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số     -BC/ĐU', 'BÁO CÁO', '-----', 'T/M ĐẢNG ỦY', 'Nơi nhận:'])
    expect(text, expected).toContain(expected)
  expect(text).toContain('ngày      tháng      năm 2025')
  expect(text).not.toContain('./.')
  expect(xml).not.toContain('<w:numPr>')
})
