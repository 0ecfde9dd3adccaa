import { describe, expect, it } from 'vitest'
import { runChecks } from '../../../core/checks'
import { dateOutsidePeriod, findRateMismatches, titleCaseWrong } from '../../../core/checks/consistency'
import { contentFromParagraphs } from '../../../core/model/lexical'
import { makeReport, makeSection, worded } from './report-factory'

/** The checks with each problem's Vietnamese message. */
const check = (...args: Parameters<typeof runChecks>): ReturnType<typeof worded> => worded(runChecks(...args))

const TODAY = new Date(2026, 0, 10)
const codes = (report: ReturnType<typeof makeReport>, draft = false): string[] => check(report, { draft, today: TODAY }).map((p) => p.code)

describe('rates that contradict their own count', () => {
  it('accepts the rate a count gives, rounded as typed', () => {
    expect(findRateMismatches('02/16 chi bộ hoàn thành xuất sắc nhiệm vụ (tỷ lệ 12,5%)')).toEqual([])
    expect(findRateMismatches('giao quân 22/17 thanh niên, đạt 129,41%')).toEqual([])
    expect(findRateMismatches('kết nạp 03/08 đảng viên mới (đạt 37,5% chỉ tiêu)')).toEqual([])
    expect(findRateMismatches('hoàn thành 12/12 chỉ tiêu, đạt 100%')).toEqual([])
    expect(findRateMismatches('giải quyết 8.743/8.833 hồ sơ (đạt 98,98%)')).toEqual([])
  })

  it('flags a rate that does not match, with both figures', () => {
    expect(findRateMismatches('02/16 chi bộ hoàn thành xuất sắc nhiệm vụ (tỷ lệ 15%)')).toEqual([
      { excerpt: '02/16 … 15%', typed: '15%', computed: '12,5%' },
    ])
    expect(findRateMismatches('giải quyết 8.743/8.833 hồ sơ (đạt 99,96%)')).toHaveLength(1)
  })

  it('ignores dates and rates in other sentences', () => {
    expect(findRateMismatches('Ngày 20/01/2025 phường tổ chức hội nghị. Tỷ lệ đạt 95%.')).toEqual([])
  })

  it('is reported as a warning on the section', () => {
    const report = makeReport({
      sections: [makeSection('s', 'Công tác tổ chức', ['Có 02/16 chi bộ hoàn thành xuất sắc nhiệm vụ (tỷ lệ 15%).'])],
    })
    const problems = check(report, { draft: false, today: TODAY })
    expect(problems).toEqual([expect.objectContaining({ code: 'rateMismatch', severity: 'warning', target: 's' })])
    expect(problems[0]?.message).toContain('12,5%')
  })
})

describe('dates', () => {
  it('warns about a date after today', () => {
    expect(codes(makeReport({ meta: { date: '2026-02-01' } }))).toContain('futureDate')
    expect(codes(makeReport({ meta: { date: '2025-12-15' } }))).not.toContain('futureDate')
  })

  it('warns about a date that does not fit the period', () => {
    expect(dateOutsidePeriod('2025-12-15', { kind: 'year', year: 2025 })).toBe(false)
    expect(dateOutsidePeriod('2026-01-05', { kind: 'year', year: 2025 })).toBe(false)
    expect(dateOutsidePeriod('2025-02-10', { kind: 'year', year: 2025 })).toBe(true)
    expect(dateOutsidePeriod('2026-06-15', { kind: 'half', year: 2026, half: 1 })).toBe(false)
    expect(dateOutsidePeriod('2026-12-15', { kind: 'half', year: 2026, half: 1 })).toBe(true)
    expect(codes(makeReport({ meta: { date: '2024-12-15' } }))).toContain('periodMismatch')
  })
})

describe('required sections and the trích yếu', () => {
  it('blocks a final export on an empty required section, warns on a draft', () => {
    const section = { ...makeSection('r', 'Tồn tại, hạn chế'), required: true }
    const report = makeReport({ sections: [section, makeSection('o', 'Kiến nghị')] })
    expect(check(report, { draft: false, today: TODAY }).map((p) => [p.code, p.severity])).toEqual([
      ['emptyRequiredSection', 'error'],
      ['emptySection', 'warning'],
    ])
    expect(check(report, { draft: true, today: TODAY }).map((p) => p.severity)).toEqual(['warning', 'warning'])
    const written = makeReport({ sections: [{ ...section, content: contentFromParagraphs(['Còn hạn chế.']) }] })
    expect(codes(written)).toEqual([])
  })

  it('knows the case rule of each side', () => {
    expect(titleCaseWrong({ title: 'tổng kết công tác năm 2025' }, 'party')).toBe(false)
    expect(titleCaseWrong({ title: 'Tổng kết công tác năm 2025' }, 'party')).toBe(true)
    expect(titleCaseWrong({ title: 'Tình hình thực hiện nhiệm vụ' }, 'state')).toBe(false)
    expect(titleCaseWrong({ title: 'tình hình thực hiện nhiệm vụ' }, 'state')).toBe(true)
    expect(codes(makeReport({ meta: { title: 'tình hình thực hiện nhiệm vụ năm 2025' } }))).toEqual(['titleCase'])
  })
})
