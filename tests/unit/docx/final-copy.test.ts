/**
 * What a final copy prints (issue 14): sections without text are left out with their headings and
 * the rest renumbered as printed, the same way in the outline on screen, the Word file and the
 * pages of the preview and the PDF; indicator rows and tables without figures are left out of the
 * appendix; a draft keeps everything. The Party guidance in force by the report's date, and names
 * put into a sentence capitalised by Nghị định 30, Phụ lục II.
 */
import { describe, expect, it } from 'vitest'
import { renderDocx } from '../../../core/docx'
import { leftOut, printedReport } from '../../../core/docx/printed-content'
import { appendixNote } from '../../../core/docx/printed'
import { nameInSentence } from '../../../core/format'
import { guidanceDate, guidanceFor, HD36, resolveLayout } from '../../../core/layout'
import { layoutReport } from '../../../core/pages'
import type { Report } from '../../../core/model/schema'
import { buildOutline, flattenOutline } from '../../../renderer/app/outline'
import { templateReport } from './fixtures'
import { emptied, partyCounts, stateKinds } from './final-fixtures'
import { findAll, readDocx, textOf } from './ooxml'

const EMPTY = /^(Giáo dục - đào tạo|Bài học kinh nghiệm)$/u

function withEmptySections(): Report {
  const report = templateReport('tong-ket-nam.ubnd-phuong')
  return { ...report, sections: emptied(report.sections, EMPTY), indicators: [stateKinds()] }
}

async function wordLines(report: Report, draft = false): Promise<string[]> {
  const docx = await readDocx(await renderDocx(report, { draft }))
  return findAll(docx.body, 'w:p').map(textOf)
}

function pageLines(report: Report, draft = false): string[] {
  return layoutReport(report, { draft }).flatMap((page) =>
    page.items.flatMap((item) => (item.kind === 'text' ? [item.runs.map((r) => r.text).join('')] : [])),
  )
}

describe('a final copy prints only what has content, renumbered as printed', () => {
  it('leaves out sections without text with their headings, and letters and numbers what follows as printed', () => {
    const report = withEmptySections()
    const outline = flattenOutline(buildOutline(report))
    const entry = (title: string) => outline.find((e) => e.title === title)
    expect(entry('Giáo dục - đào tạo')).toMatchObject({ label: 'b)', printedLabel: null })
    expect(entry('Y tế, dân số')).toMatchObject({ label: 'c)', printedLabel: 'b)' })
    expect(entry('Lao động, việc làm, giảm nghèo, an sinh xã hội, người có công')).toMatchObject({ label: 'd)', printedLabel: 'c)' })
    expect(entry('Bài học kinh nghiệm')).toMatchObject({ label: '4.', printedLabel: null })
    expect(leftOut(report).sections.map((s) => s.title)).toEqual(['Giáo dục - đào tạo', 'Bài học kinh nghiệm'])
  })

  it('prints the same in the Word file and on the pages of the preview and the PDF', async () => {
    const report = withEmptySections()
    for (const lines of [await wordLines(report), pageLines(report)]) {
      const text = lines.join('\n')
      expect(text).not.toContain('Giáo dục - đào tạo')
      expect(text).not.toContain('Bài học kinh nghiệm')
      expect(text).toContain('b) Y tế, dân số')
      expect(text).toMatch(/c\) Lao động, việc làm/u)
      // The empty row of the appendix is left out too, its table printed.
      expect(text).not.toContain('Chỉ tiêu chưa có số liệu')
      expect(text).toContain('Chi ngân sách')
    }
  })

  it('keeps everything in a draft', async () => {
    const report = withEmptySections()
    expect(printedReport(report, { draft: true }).report).toBe(report)
    for (const lines of [await wordLines(report, true), pageLines(report, true)]) {
      const text = lines.join('\n')
      expect(text).toContain('b) Giáo dục - đào tạo')
      expect(text).toContain('4. Bài học kinh nghiệm')
      expect(text).toContain('Chỉ tiêu chưa có số liệu')
    }
  })

  it('prints no table without any row with figures, and no Phụ lục at all when none has any', async () => {
    const base = templateReport('tong-ket-nam.dang-uy-phuong')
    const blank = partyCounts().rows.map((r) => ({ ...r, plan: null, actual: null, previous: null }))
    const report: Report = { ...base, indicators: [{ ...partyCounts(), rows: blank }] }
    expect(leftOut(report).tables.map((t) => t.title)).toEqual(['Kết quả công tác xây dựng Đảng'])
    expect(printedReport(report, { draft: false }).report.indicators).toEqual([])
    for (const lines of [await wordLines(report), pageLines(report)]) expect(lines.join('\n')).not.toMatch(/Phụ lục/iu)
  })

  it('prints every table that has figures as a Phụ lục of its own, with its own title', async () => {
    const base = templateReport('tong-ket-nam.dang-uy-phuong')
    const report: Report = { ...base, indicators: [partyCounts(), stateKinds()] }
    const text = (await wordLines(report)).join('\n')
    expect(text).toContain('KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG')
    expect(text).toContain('THU, CHI NGÂN SÁCH VÀ AN SINH XÃ HỘI')
    expect(text).not.toContain('Số cuộc kiểm tra, giám sát')
  })
})

describe('the Party guidance in force, by the report’s date', () => {
  const period = { kind: 'year' as const, year: 2026 }
  it('follows HD 36-HD/VPTW before 27/5/2026 and HD 05-HD/VPTW from that day', () => {
    expect(guidanceFor('party', '2026-05-26').id).toBe('hd36')
    expect(guidanceFor('party', '2026-05-27').id).toBe('hd05')
    expect(guidanceFor('party', '2021-12-20').id).toBe('hd36')
    expect(guidanceFor('state', '2026-12-20').id).toBe('nd30')
  })

  it('judges a report without a date yet by the end of its period, and a date that does not exist likewise', () => {
    expect(guidanceDate({ date: null, period })).toBe('2026-12-31')
    expect(guidanceDate({ date: null, period: { kind: 'half', year: 2026, half: 1 } })).toBe('2026-06-30')
    expect(guidanceDate({ date: '31/02/2026', period: { kind: 'year', year: 2025 } })).toBe('2025-12-31')
    expect(guidanceDate({ date: '2026-05-20', period })).toBe('2026-05-20')
  })

  it('keeps HD 36’s values under HD 05, marked as such, until HD 05’s own are known', () => {
    const before = resolveLayout('party', {}, '2026-05-26')
    const after = resolveLayout('party', {}, '2026-05-27')
    expect(before.profile.guidance.id).toBe('hd36')
    expect(after.profile.guidance).toMatchObject({ id: 'hd05', valuesFrom: HD36.id })
    expect(after.profile.guidance.source).not.toBe('')
    const { guidance: _a, ...valuesAfter } = after.profile
    const { guidance: _b, ...valuesBefore } = before.profile
    expect(valuesAfter).toEqual(valuesBefore)
  })

  it('names the guidance in the Word file’s properties', async () => {
    const base = templateReport('tong-ket-nam.dang-uy-phuong')
    const core = async (date: string): Promise<string> => {
      const docx = await readDocx(await renderDocx({ ...base, meta: { ...base.meta, date } }))
      return docx.parts['docProps/core.xml'] ?? ''
    }
    expect(await core('2025-12-15')).toContain('HD 36-HD/VPTW')
    expect(await core('2026-12-15')).toContain('HD 05-HD/VPTW')
  })
})

describe('names put into a sentence follow Nghị định 30, Phụ lục II', () => {
  it.each([
    ['QUẬN ỦY QUẬN 12', 'Quận ủy Quận 12'],
    ['ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA KHÁNH', 'Ủy ban nhân dân phường Hòa Khánh'],
    ['ỦY BAN NHÂN DÂN PHƯỜNG 1', 'Ủy ban nhân dân Phường 1'],
    ['THÀNH ỦY THỦ ĐỨC', 'Thành ủy Thủ Đức'],
    ['ĐẢNG ỦY CƠ QUAN CHÍNH QUYỀN', 'Đảng ủy cơ quan chính quyền'],
    ['ĐẢNG ỦY PHƯỜNG PHÚ XUÂN', 'Đảng ủy phường Phú Xuân'],
    ['HỘI ĐỒNG NHÂN DÂN PHƯỜNG THỦ ĐỨC', 'Hội đồng nhân dân phường Thủ Đức'],
    ['PHÒNG VĂN HÓA - XÃ HỘI', 'Phòng Văn hóa - Xã hội'],
    ['PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ PHƯỜNG ĐIỆN BIÊN PHỦ', 'Phòng Kinh tế, Hạ tầng và Đô thị phường Điện Biên Phủ'],
    ['ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'Ủy ban nhân dân Thành phố Hồ Chí Minh'],
    ['BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG AN KHÁNH', 'Ban Thường vụ Đảng ủy phường An Khánh'],
    ['UBND PHƯỜNG ĐIỆN BIÊN PHỦ', 'UBND phường Điện Biên Phủ'],
    ['CHI BỘ KHU PHỐ 3', 'Chi bộ Khu phố 3'],
    ['ỦY BAN NHÂN DÂN PHƯỜNG [TÊN PHƯỜNG]', 'Ủy ban nhân dân phường [tên phường]'],
  ])('%j reads “%s”', (header, sentence) => {
    expect(nameInSentence(header)).toBe(sentence)
  })

  it('writes the Phụ lục caption with the issuer as a sentence names it', () => {
    const report = templateReport('tong-ket-nam.dang-uy-phuong', { issuer: 'QUẬN ỦY QUẬN 12' })
    const layout = resolveLayout(report.profile, report.layout, '2025-12-15')
    expect(appendixNote(layout.profile, report.meta)).toMatch(/của Quận ủy Quận 12\)$/u)
  })
})
