/**
 * The clerk's layout choices: legal ranges per profile (spec §1, §2.1, §3.1), the fallback to
 * defaults, the blocking pre-export check, the header column split for long names, and the file
 * name offered for an export.
 */
import { describe, expect, it } from 'vitest'
import {
  balanceLines,
  dateLineLines,
  fitIndicatorContent,
  headerColumns,
  indicatorColumnLayout,
  indicatorColumnsTooWide,
  layoutIssues,
  resolveLayout,
  STATE_PROFILE,
  PARTY_PROFILE,
  textWidthTwips,
} from '../../../core/layout'
import { exportFileName } from '../../../core/docx'
import { runChecks } from '../../../core/checks'
import { hasBlockingProblems } from '../../../core/checks/problem'
import type { LayoutChoices } from '../../../core/model/schema'
import { makeReport, worded } from '../core/report-factory'
import { templateReport } from './fixtures'

/** The checks with each problem's Vietnamese message. */
const check = (...args: Parameters<typeof runChecks>): ReturnType<typeof worded> => worded(runChecks(...args))

const TODAY = new Date('2026-01-05T00:00:00Z')

describe('layout ranges', () => {
  it.each([
    ['state', { bodySize: 13 }, []],
    ['state', { bodySize: 14, lineSpacing: 1.5 }, []],
    ['state', { bodySize: 12 }, ['bodySize']],
    ['state', { bodySize: 15 }, ['bodySize']],
    ['state', { lineSpacing: 0.9 }, ['lineSpacing']],
    ['state', { lineSpacing: 1.6 }, ['lineSpacing']],
    ['state', { margins: { top: 25, bottom: 20, left: 35, right: 20 } }, []],
    [
      'state',
      { margins: { top: 19, bottom: 26, left: 29, right: 21 } },
      ['margins.top', 'margins.bottom', 'margins.left', 'margins.right'],
    ],
    ['party', { bodySize: 15, lineSpacing: 22 }, []],
    ['party', { bodySize: 14, lineSpacing: 18 }, []],
    ['party', { bodySize: 13 }, ['bodySize']],
    ['party', { bodySize: 16 }, ['bodySize']],
    ['party', { lineSpacing: 17 }, ['lineSpacing']],
    ['party', { lineSpacing: 23 }, ['lineSpacing']],
    ['state', { bodySize: Number.NaN }, ['bodySize']],
  ] as const)('%s %j → %j', (profile, choices, fields) => {
    expect(layoutIssues(profile, choices as LayoutChoices).map((i) => i.field)).toEqual(fields)
  })

  it('resolves the defaults and the text width (A4 less the margins)', () => {
    const state = resolveLayout('state')
    expect(state).toMatchObject({
      bodySize: 14,
      lineSpacing: 1,
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      textWidth: 9355,
      landscapeTextWidth: 14287,
    })
    expect(resolveLayout('party')).toMatchObject({ bodySize: 14, lineSpacing: 18, textWidth: 9355 })
    expect(resolveLayout('state', { margins: { top: 25, bottom: 25, left: 35, right: 20 } }).textWidth).toBe(8788)
  })

  it('prints the default instead of a value outside its range', () => {
    expect(resolveLayout('state', { bodySize: 16, lineSpacing: 3, margins: { top: 25, bottom: 10, left: 35, right: 20 } })).toMatchObject({
      bodySize: 14,
      lineSpacing: 1,
      margins: { top: 25, bottom: 20, left: 35, right: 20 },
    })
  })
})

describe('layout pre-export check', () => {
  it('blocks a final export with a value outside the range, and names it in Vietnamese', () => {
    const report = makeReport({ layout: { bodySize: 16, lineSpacing: 1.6 } })
    const problems = check(report, { draft: false, today: TODAY }).filter((p) => p.code === 'layoutOutOfRange')
    expect(problems.map((p) => [p.severity, p.target, p.message])).toEqual([
      [
        'error',
        'meta.layout.bodySize',
        'Cỡ chữ nội dung 16 pt nằm ngoài phạm vi thể thức cho phép (13–14 pt). Hãy chọn lại ở phần “Trình bày” của báo cáo.',
      ],
      [
        'error',
        'meta.layout.lineSpacing',
        'Giãn dòng 1,6 dòng nằm ngoài phạm vi thể thức cho phép (1–1,5 dòng). Hãy chọn lại ở phần “Trình bày” của báo cáo.',
      ],
    ])
    expect(hasBlockingProblems(check(report, { draft: false, today: TODAY }))).toBe(true)
  })

  it('reports margins and Party spacing with their units, for drafts too', () => {
    const report = makeReport({ profile: 'party', layout: { lineSpacing: 30, margins: { top: 20, bottom: 20, left: 40, right: 15 } } })
    const messages = check(report, { draft: true, today: TODAY })
      .filter((p) => p.code === 'layoutOutOfRange')
      .map((p) => [p.severity, p.message])
    expect(messages).toEqual([
      ['error', 'Giãn dòng 30 pt nằm ngoài phạm vi thể thức cho phép (18–22 pt). Hãy chọn lại ở phần “Trình bày” của báo cáo.'],
      ['error', 'Lề trái 40 mm nằm ngoài phạm vi thể thức cho phép (30–35 mm). Hãy chọn lại ở phần “Trình bày” của báo cáo.'],
    ])
  })

  it('passes legal choices', () => {
    const report = makeReport({ layout: { bodySize: 13, lineSpacing: 1.5, margins: { top: 25, bottom: 25, left: 35, right: 20 } } })
    expect(check(report, { draft: false, today: TODAY }).filter((p) => p.code === 'layoutOutOfRange')).toEqual([])
  })

  it('warns about section content the exporter does not know node by node', () => {
    const report = makeReport()
    const section = report.sections[0]?.children[0]
    if (!section) throw new Error('fixture changed')
    section.content = { root: { type: 'root', children: [{ type: 'quote', children: [{ type: 'text', text: 'Trích', format: 0 }] }] } }
    const problems = check(report, { draft: false, today: TODAY }).filter((p) => p.code === 'unknownContent')
    expect(problems).toEqual([
      { code: 'unknownContent', severity: 'warning', target: section.id, message: expect.stringContaining('(quote)') },
    ])
  })
})

describe('header columns', () => {
  const layout = resolveLayout('state')
  const meta = templateReport('tong-ket-nam.ubnd-phuong').meta

  it('keeps the profile split when everything fits', () => {
    expect(headerColumns(layout, meta)).toEqual([
      Math.round(9355 * STATE_PROFILE.header.leftShare),
      9355 - Math.round(9355 * STATE_PROFILE.header.leftShare),
    ])
  })

  it('widens the right column for a long place name, as far as the issuer allows', () => {
    const [left, right] = headerColumns(layout, { ...meta, place: 'Thành phố Hồ Chí Minh' })
    expect(left + right).toBe(9355)
    expect(right).toBeGreaterThan(textWidthTwips('Thành phố Hồ Chí Minh, ngày 15 tháng 12 năm 2025', 13))
    expect(left).toBeGreaterThanOrEqual(textWidthTwips('PHƯỜNG PHÚ XUÂN', 12, true))
  })

  it('never squeezes the left column below its minimum share', () => {
    const [left] = headerColumns(layout, { ...meta, place: 'Một địa danh rất dài không thể nào có thật trên bản đồ hành chính Việt Nam' })
    expect(left).toBe(Math.round(9355 * STATE_PROFILE.header.minLeftShare))
    const party = resolveLayout('party')
    const [partyLeft] = headerColumns(party, {
      ...templateReport('tong-ket-nam.dang-uy-phuong').meta,
      place: 'Một địa danh rất dài không thể nào có thật trên bản đồ',
    })
    expect(partyLeft).toBeGreaterThanOrEqual(Math.round(9355 * PARTY_PROFILE.header.minLeftShare))
  })
})

describe('line breaking of centred header text', () => {
  const summary = STATE_PROFILE.title.summary
  const width = 9355

  it("keeps a line that fits, and the clerk's own breaks", () => {
    expect(balanceLines('Tổng kết công tác năm 2025', summary, width)).toBe('Tổng kết công tác năm 2025')
    expect(balanceLines('ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ XUÂN', STATE_PROFILE.header.issuer, 3742)).toBe('ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ XUÂN')
  })

  it('breaks a long trích yếu into lines of even length that fit', () => {
    const title = 'Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2025; phương hướng, nhiệm vụ năm 2026'
    const lines = balanceLines(title, summary, width).split('\n')
    expect(lines.join(' ')).toBe(title)
    expect(lines).toHaveLength(2)
    const widths = lines.map((l) => textWidthTwips(l, 14, true))
    expect(Math.max(...widths)).toBeLessThan(width)
    expect(Math.min(...widths) / Math.max(...widths)).toBeGreaterThan(0.8)
  })

  it('uses three lines when two do not fit, and leaves a single word alone', () => {
    const long = 'ĐẢNG ỦY CƠ QUAN ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN PHỦ THÀNH PHỐ HỒ CHÍ MINH'
    const lines = balanceLines(long, PARTY_PROFILE.header.issuer, 4210).split('\n')
    expect(lines.length).toBeGreaterThanOrEqual(3)
    expect(lines.every((l) => textWidthTwips(l, 14, true) < 4210)).toBe(true)
    expect(balanceLines('SIÊUDÀIKHÔNGCÁCHNÀOXUỐNGDÒNGĐƯỢCTRONGCỘT', PARTY_PROFILE.header.issuer, 1000)).toBe(
      'SIÊUDÀIKHÔNGCÁCHNÀOXUỐNGDÒNGĐƯỢCTRONGCỘT',
    )
  })

  it.each([
    [
      'state',
      'Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh 6 tháng đầu năm 2025; nhiệm vụ, giải pháp trọng tâm 6 tháng cuối năm 2025',
      [
        'Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội,',
        'quốc phòng - an ninh 6 tháng đầu năm 2025;',
        'nhiệm vụ, giải pháp trọng tâm 6 tháng cuối năm 2025',
      ],
    ],
    [
      'party',
      'tổng kết công tác xây dựng Đảng và lãnh đạo thực hiện nhiệm vụ chính trị năm 2025, phương hướng, nhiệm vụ năm 2026',
      ['tổng kết công tác xây dựng Đảng và lãnh đạo thực hiện nhiệm vụ', 'chính trị năm 2025, phương hướng, nhiệm vụ năm 2026'],
    ],
    [
      'party',
      'sơ kết công tác 6 tháng đầu năm 2025, phương hướng, nhiệm vụ 6 tháng cuối năm 2025',
      ['sơ kết công tác 6 tháng đầu năm 2025,', 'phương hướng, nhiệm vụ 6 tháng cuối năm 2025'],
    ],
  ] as const)('breaks a %s trích yếu where a secretary would: %s', (profile, title, lines) => {
    expect(balanceLines(title, (profile === 'state' ? STATE_PROFILE : PARTY_PROFILE).title.summary, width).split('\n')).toEqual(lines)
  })

  it.each([
    ['ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH', 'party', 4210, ['ĐẢNG BỘ', 'THÀNH PHỐ HỒ CHÍ MINH']],
    ['ĐẢNG ỦY CƠ QUAN ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN PHỦ', 'party', 4210, ['ĐẢNG ỦY CƠ QUAN', 'ỦY BAN NHÂN DÂN', 'PHƯỜNG ĐIỆN BIÊN PHỦ']],
    ['ĐẢNG ỦY PHƯỜNG PHÚ XUÂN', 'party', 4210, ['ĐẢNG ỦY PHƯỜNG PHÚ XUÂN']],
    [
      'PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ PHƯỜNG ĐIỆN BIÊN PHỦ',
      'state',
      3742,
      ['PHÒNG KINH TẾ,', 'HẠ TẦNG VÀ ĐÔ THỊ', 'PHƯỜNG ĐIỆN BIÊN PHỦ'],
    ],
    ['ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN PHỦ', 'state', 3742, ['ỦY BAN NHÂN DÂN', 'PHƯỜNG ĐIỆN BIÊN PHỦ']],
  ] as const)('breaks the name %s before its head nouns, never inside a place name', (name, profile, column, lines) => {
    expect(balanceLines(name, (profile === 'state' ? STATE_PROFILE : PARTY_PROFILE).header.issuer, column).split('\n')).toEqual(lines)
  })

  it('breaks a long date line after the place name, never inside the date', () => {
    const meta = { place: 'Thành phố Hồ Chí Minh', date: '2025-12-15', period: { kind: 'year', year: 2025 } } as const
    expect(dateLineLines(PARTY_PROFILE, meta, 5145)).toBe('Thành phố Hồ Chí Minh,\nngày 15 tháng 12 năm 2025')
    expect(dateLineLines(PARTY_PROFILE, { ...meta, place: 'Phú Xuân' }, 5145)).toBe('Phú Xuân, ngày 15 tháng 12 năm 2025')
    expect(dateLineLines(STATE_PROFILE, meta, 6000)).toBe('Thành phố Hồ Chí Minh, ngày 15 tháng 12 năm 2025')
  })
})

describe('indicator table columns', () => {
  const period = { kind: 'year', year: 2025 } as const

  it('fits the Party set on a portrait page and sends the state set to landscape', () => {
    expect(indicatorColumnsTooWide(indicatorColumnLayout('party', period, false), 9355)).toBe(false)
    expect(indicatorColumnsTooWide(indicatorColumnLayout('state', period, false), 9355)).toBe(true)
    expect(indicatorColumnsTooWide(indicatorColumnLayout('state', period, true), 14287)).toBe(false)
  })

  it('widens a column to keep its figures and header words on one line, never the name column', () => {
    const cols = indicatorColumnLayout('party', period, false)
    const rows = [
      ['1', 'Một chỉ tiêu có tên rất dài rất dài rất dài rất dài', 'triệu đồng', '1.234.567', '1.234.567', '109,71%', 'Không đạt'],
    ]
    const fitted = fitIndicatorContent(cols, rows, PARTY_PROFILE.table)
    const pad = PARTY_PROFILE.table.cellMargins.left + PARTY_PROFILE.table.cellMargins.right
    rows[0]?.forEach((text, i) => {
      if (i !== 1) expect(fitted[i]?.min).toBeGreaterThan(textWidthTwips(text, PARTY_PROFILE.table.size) + pad)
    })
    expect(fitted[1]?.min).toBe(cols[1]?.min)
    expect(fitted[3]?.min).toBeGreaterThan(textWidthTwips('Nghị', PARTY_PROFILE.table.size, true))
  })
})

describe('export file name', () => {
  it('names the final and the draft export', () => {
    const report = makeReport()
    expect(exportFileName(report)).toBe('Báo cáo tổng kết năm 2025 - 05-BC-UBND.docx')
    expect(exportFileName(report, true)).toBe('Báo cáo tổng kết năm 2025 - 05-BC-UBND (dự thảo).docx')
    const draft = makeReport({ meta: { number: '', date: null } })
    expect(exportFileName(draft, true)).toBe('Báo cáo tổng kết năm 2025 (dự thảo).docx')
    const party = templateReport('so-ket-6-thang.dang-uy-phuong')
    expect(exportFileName(party)).toBe('Báo cáo sơ kết 6 tháng đầu năm 2025 - 05-BC-ĐU.docx')
  })
})
