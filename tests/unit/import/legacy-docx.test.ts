/**
 * A Word report typed in the ABC (TCVN3) and VNI fonts becomes Unicode on import, run by run: by
 * the runs' own fonts, their styles' and the document defaults'; capitals fonts become capitals;
 * "ư" stored as a soft hyphen comes back; Unicode and English runs are left as they were.
 */
import { describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { contentText } from '../../../core/nodes/plain-text'
import { readDocx } from '../../../electron/services/import'
import { byTitle, importBytes, tree } from './helpers'
import { TCVN3_REPORT_META, tcvn3Report } from './legacy-fixtures'

describe('a report typed in TCVN3 and VNI fonts', () => {
  it('is stored as the fonts show it: soft hyphens, no Unicode letters', async () => {
    const xml = (await (await JSZip.loadAsync(await tcvn3Report())).file('word/document.xml')?.async('string')) ?? ''
    expect(xml).toContain('<w:softHyphen/>')
    expect(xml).toContain('w:hAnsi=".VnTimeH"')
    expect(xml).toContain('B¸o c¸o'.toLowerCase())
  })

  it('imports as Unicode, with the header, the section tree and the signature recognised', async () => {
    const { report, conversions } = await importBytes(await tcvn3Report(), 'bao-cao-2005.docx')
    expect(report.meta).toMatchObject(TCVN3_REPORT_META)
    expect(tree(report.sections)).toEqual([
      'Mở đầu',
      { 'Kết quả thực hiện nhiệm vụ năm 2005': ['Kinh tế'] },
      'Phương hướng, nhiệm vụ năm 2006',
    ])
    expect(contentText(byTitle(report.sections, 'Mở đầu').content)).toBe(
      'Thực hiện Nghị quyết của Hội đồng nhân dân phường, Uỷ ban nhân dân phường báo cáo như sau:',
    )
    const economy = contentText(byTitle(report.sections, 'Kinh tế').content)
    expect(economy).toBe(
      [
        'Thu ngân sách ước đạt 2.150 triệu đồng, đạt 107% dự toán; người dân đồng thuận, phường đạt chuẩn văn minh đô thị.',
        'Công tác y tế được thực hiện tốt, tiêm chủng đạt 98%; trường học được sửa chữa.',
        'Đoạn gõ bằng Unicode; tiếp theo gõ bằng bảng mã TCVN3.',
        'Budget report, version 2.0 (English).',
      ].join('\n'),
    )
    expect(economy).not.toContain('\u00AD')
    expect(economy.normalize('NFC')).toBe(economy)
    expect(conversions).toEqual([
      { encoding: 'tcvn3', runs: expect.any(Number) },
      { encoding: 'vni', runs: 1 },
    ])
    expect(conversions[0]?.runs).toBeGreaterThanOrEqual(20)
  })

  it('leaves a Unicode report untouched and counts nothing', async () => {
    const { wordStyledReport } = await import('./word-fixtures')
    const source = await readDocx(await wordStyledReport(), 'bao-cao.docx')
    expect(source.conversions).toEqual([])
  })
})
