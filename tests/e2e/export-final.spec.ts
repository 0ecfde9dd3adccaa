/**
 * A final copy as an office signs it, exported from the app: a finished UBND report whose number
 * and date are left for the văn thư and whose "Bài học kinh nghiệm" has no text. "Xuất Word" says
 * what the copy leaves out and that the number and the date print as blanks; the copy then prints
 * "Số:      /BC-UBND" and "ngày      tháng      năm 2025", leaves the empty section out with its
 * heading, numbers Phần II as printed, and carries no draft mark.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { contentFromParagraphs } from '../../core/model/lexical'
import type { Report, Section } from '../../core/model/schema'
import { createYearEndReport, expect, test } from './fixtures'

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

/** The new year-end report as the app saved it, finished: every header field and section written, number and date left blank. */
function finished(saved: Report): Report {
  return {
    ...saved,
    meta: {
      ...saved.meta,
      title: 'Báo cáo kết quả năm 2025',
      issuer: 'ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ XUÂN',
      place: 'Phú Xuân',
      number: '',
      date: null,
      recipients: ['UBND thành phố Huế', 'Thường trực Đảng ủy phường'],
      signer: { ...saved.meta.signer, name: 'Nguyễn Văn An' },
    },
    sections: written(saved.sections),
    indicators: saved.indicators.map((table) => ({
      ...table,
      rows: table.rows.map((row, i) => (i === 0 ? { ...row, plan: 12500, actual: 14050, previous: 12510 } : row)),
    })),
  }
}

test('a final copy goes out with blank số and ngày for the văn thư, and leaves out what has no text', async ({ page, host }, testInfo) => {
  await page.goto(host.url)
  await createYearEndReport(page)
  await expect(page.getByRole('status')).toContainText('Đã lưu')
  // The clerk finishes the report (written here straight into its file), then opens it again.
  const file = join(host.libraryDir, readdirSync(host.libraryDir).find((f) => f.endsWith('.baocao')) ?? '')
  writeFileSync(file, `${JSON.stringify(finished(JSON.parse(readFileSync(file, 'utf8')) as Report), null, 2)}\n`)
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH' })).toContainText('hoàn thành kế hoạch năm')

  await page.getByRole('button', { name: 'Xuất Word' }).click()
  const dialog = page.getByRole('dialog', { name: 'Xuất bản chính thức' })
  await expect(dialog).toContainText('Những phần không in')
  await expect(dialog).toContainText(/Mục .*Bài học kinh nghiệm \(chưa có nội dung/u)
  await expect(dialog).toContainText(/dòng chưa có số liệu của bảng/u)
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
  expect(text).toContain('Thu ngân sách nhà nước trên địa bàn')
  expect(text).not.toMatch(/\|Chi ngân sách\|/u)
})
