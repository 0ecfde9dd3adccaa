/**
 * A final copy as an office signs it, exported from the app: a finished UBND report whose number
 * and date are left for the văn thư and whose "Bài học kinh nghiệm" has no text. "Xuất Word" says
 * what the copy leaves out and that the number and the date print as blanks; the copy then prints
 * "Số:      /BC-UBND" and "ngày      tháng      năm 2025", leaves the empty section out with its
 * heading, numbers Phần II as printed, and carries no draft mark.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { contentFromParagraphs } from '../../core/model/content'
import { serializeReport } from '../../core/model/migrate'
import type { Report, Section } from '../../core/model/schema'
import { templateReport } from '../unit/docx/fixtures'
import { expect, test } from './fixtures'

/** Every section written, but "Bài học kinh nghiệm" (and any section with children) left without text. */
function written(sections: readonly Section[]): Section[] {
  return sections.map((s, i) => ({
    ...s,
    content:
      s.children.length > 0 || /kinh nghiệm/iu.test(s.title)
        ? null
        : contentFromParagraphs([`${s.title}: hoàn thành kế hoạch năm, tiếp nhận ${1000 + i} hồ sơ, giải quyết đúng hạn 100%.`]),
    children: written(s.children),
  }))
}

function finishedReport(): Report {
  const report = templateReport('tong-ket-nam.ubnd-phuong', { number: '', date: null })
  return { ...report, meta: { ...report.meta, title: 'Báo cáo kết quả năm 2025' }, sections: written(report.sections) }
}

test('a final copy goes out with blank số and ngày for the văn thư, and leaves out what has no text', async ({ page, host }, testInfo) => {
  writeFileSync(join(host.libraryDir, 'Báo cáo tổng kết năm 2025.baocao'), serializeReport(finishedReport()))
  await page.goto(host.url)
  await page.getByRole('button', { name: /^Mở báo cáo Báo cáo kết quả năm 2025/u }).click()

  await page.getByRole('button', { name: 'Xuất Word' }).click()
  const dialog = page.getByRole('dialog', { name: 'Xuất bản chính thức' })
  await expect(dialog).toContainText('Những phần không in')
  await expect(dialog).toContainText(/Mục .*Bài học kinh nghiệm \(chưa có nội dung/u)
  await expect(dialog).toContainText('Chưa có số văn bản')
  await expect(dialog).toContainText('Chưa có ngày ban hành')
  await expect(dialog).not.toContainText('Báo cáo còn lỗi cần sửa')

  const downloadPromise = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Xuất bản chính thức' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).not.toContain('dự thảo')
  const path = testInfo.outputPath(download.suggestedFilename())
  await download.saveAs(path)

  const zip = await JSZip.loadAsync(readFileSync(path))
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('|')
  expect(text).toContain('Số:      /BC-UBND')
  expect(text).toMatch(/ngày {6}tháng {6}năm 2025/u)
  expect(text).not.toContain('DỰ THẢO')
  expect(text).not.toContain('Bài học kinh nghiệm')
  expect(text).toContain('Phần II')
})
