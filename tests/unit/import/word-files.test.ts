/**
 * Import of Word files laid out differently from our export (built with the `docx` library):
 * header typed with tabs, Word heading styles numbered by a Word list, Word bullet and number
 * lists, a table with a table inside, the signature as paragraphs; a Party report with bold
 * capital headings and a signature table; a file with no header and no headings.
 */
import { describe, expect, it } from 'vitest'
import { contentText } from '../../../core/nodes/plain-text'
import { byTitle, importBytes, tree } from './helpers'
import { partyReport, plainText, wordStyledReport } from './word-fixtures'

describe('a report typed in Word (heading styles, Word lists, header with tabs)', () => {
  it('recognises the header, the period and the signature', async () => {
    const { report } = await importBytes(await wordStyledReport())
    expect(report.profile).toBe('state')
    expect(report.template.id).toBe('tong-ket-nam.ubnd-phuong')
    expect(report.meta).toMatchObject({
      issuerKind: 'ubnd-phuong',
      parent: '',
      issuer: 'ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN CHÍNH',
      number: '12',
      symbol: 'BC-UBND',
      place: 'Tân Chính',
      date: '2025-12-20',
      period: { kind: 'year', year: 2025 },
      reportKind: 'tong-ket-nam',
      title: 'Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025; phương hướng, nhiệm vụ năm 2026',
      signer: { authority: 'TM', body: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Lê Hồng Nam' },
      recipients: ['UBND thành phố Đà Nẵng', 'Thường trực Đảng ủy phường'],
      archive: 'VT, VP',
    })
  })

  it('builds the section tree from the heading styles and keys it to the template', async () => {
    const { report } = await importBytes(await wordStyledReport())
    expect(tree(report.sections)).toEqual([
      'Mở đầu',
      { 'Kết quả thực hiện nhiệm vụ năm 2025': ['Công tác lãnh đạo, chỉ đạo, điều hành', 'Kết quả trên các lĩnh vực'] },
      'Phương hướng, nhiệm vụ năm 2026',
    ])
    expect(byTitle(report.sections, 'Mở đầu')).toMatchObject({ key: 'mo-dau', numbered: false })
    expect(byTitle(report.sections, 'Kết quả trên các lĩnh vực').key).toBe('cac-linh-vuc')
    expect(report.numbering).toEqual(['roman', 'arabic', 'alpha'])
  })

  it('keeps paragraphs, formatting, Word lists and tables as editor content', async () => {
    const { report } = await importBytes(await wordStyledReport())
    const leadership = byTitle(report.sections, 'Công tác lãnh đạo, chỉ đạo, điều hành').content
    expect(contentText(leadership)).toBe(
      'Ban hành 45 kế hoạch (đạt 100%); tổ chức họp giao ban hằng tuần.\nCải cách hành chính\nTiếp nhận 8.833 hồ sơ\nChuyển đổi số',
    )
    const nodes = JSON.stringify(leadership)
    expect(nodes).toContain('"text":" (đạt 100%)","format":1')
    expect(nodes).toMatch(/"type":"list".*"listType":"bullet".*"type":"list".*"listType":"bullet"/u)

    const fields = byTitle(report.sections, 'Kết quả trên các lĩnh vực').content
    const text = contentText(fields)
    expect(text).toContain('Thu ngân sách ước đạt 21 tỷ đồng, tăng 12,3% so với cùng kỳ.')
    expect(text).not.toContain('giảm 5%')
    expect(text).toContain('Xem thêm tại cổng thông tin phường.')
    expect(text).toContain('Ghi chú trong khung: số liệu ước đến 14/12.')
    const table = (fields?.root.children ?? []).find((n) => (n as { type?: string }).type === 'table')
    expect(contentText({ root: { type: 'root', children: [table] } })).toBe(
      'Lĩnh vực\nKết quả\nY tế\nTiêm chủng đạt 98%\nGiáo dục\nMầm non | 3 trường\nTiểu học | 2 trường',
    )
    expect(JSON.stringify(table)).toContain('"headerState":1')

    const next = byTitle(report.sections, 'Phương hướng, nhiệm vụ năm 2026').content
    expect(JSON.stringify(next)).toContain('"listType":"number"')
    expect(contentText(next)).toBe('Hoàn thành thu ngân sách\nĐẩy mạnh chuyển đổi số')
  })

  it('lists what it could not keep', async () => {
    const { lost } = await importBytes(await wordStyledReport())
    expect(lost).toEqual([
      { kind: 'image', count: 1 },
      { kind: 'textBox', count: 1 },
      { kind: 'comment', count: 1 },
      { kind: 'trackedChange', count: 2 },
      { kind: 'footnote', count: 1 },
      { kind: 'nestedTable', count: 1 },
      { kind: 'hyperlink', count: 1 },
    ])
  })
})

describe('a Party report (header table, bold capital headings, signature table)', () => {
  it('recognises the Party header, a mid-year period and the T/M signature', async () => {
    const { report, lost } = await importBytes(await partyReport())
    expect(lost).toEqual([])
    expect(report.profile).toBe('party')
    expect(report.template.id).toBe('so-ket-6-thang.dang-uy-phuong')
    expect(report.meta).toMatchObject({
      issuerKind: 'dang-uy-phuong',
      parent: 'ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG',
      issuer: 'ĐẢNG ỦY PHƯỜNG THANH KHÊ TÂY',
      number: '45',
      symbol: 'BC/ĐU',
      place: 'Thanh Khê Tây',
      date: '2025-07-05',
      period: { kind: 'half', year: 2025, half: 1 },
      title: 'sơ kết công tác 6 tháng đầu năm 2025, phương hướng, nhiệm vụ 6 tháng cuối năm 2025',
      signer: { authority: 'TM', body: 'ĐẢNG ỦY', title: 'PHÓ BÍ THƯ', name: 'Lê Thị Mai' },
      recipients: ['Ban Thường vụ Thành ủy', 'Các chi bộ trực thuộc'],
      archive: 'Văn phòng Đảng ủy',
    })
  })

  it('nests "1-" headings under the bold capital ones and keys them', async () => {
    const { report } = await importBytes(await partyReport())
    expect(tree(report.sections)).toEqual([
      'Mở đầu',
      {
        'Kết quả lãnh đạo thực hiện nhiệm vụ': [
          'Công tác xây dựng Đảng và hệ thống chính trị',
          'Lãnh đạo thực hiện nhiệm vụ quốc phòng - an ninh',
        ],
      },
      'Phương hướng, nhiệm vụ 6 tháng cuối năm 2025',
    ])
    expect(report.sections.map((s) => s.key)).toEqual(['mo-dau', 'ket-qua', 'phuong-huong'])
    expect(byTitle(report.sections, 'Công tác xây dựng Đảng và hệ thống chính trị').key).toBe('xay-dung-dang')
    expect(contentText(byTitle(report.sections, 'Công tác xây dựng Đảng và hệ thống chính trị').content)).toBe(
      'Kết nạp 03/08 đảng viên mới (đạt 37,5% chỉ tiêu).',
    )
  })
})

describe('a file with no header and no headings', () => {
  it('becomes one unnumbered section, empty paragraphs dropped, and says the header is missing', async () => {
    const { report, lost } = await importBytes(await plainText(), 'ghi-chep.docx')
    expect(report.sections).toHaveLength(1)
    expect(report.sections[0]).toMatchObject({ title: 'Nội dung', numbered: false, key: '', hint: '' })
    expect(contentText(report.sections[0]?.content ?? null)).toBe(
      'Ghi chép họp giao ban tuần.\nCác tổ dân phố báo cáo tình hình an ninh trật tự ổn định.',
    )
    expect(report.meta.title).toBe('')
    expect(lost).toEqual([{ kind: 'headerMissing', count: 1 }])
  })
})
