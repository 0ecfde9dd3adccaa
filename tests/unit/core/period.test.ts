import { describe, expect, it } from 'vitest'
import { instantiate, parseTemplate, rewritePeriodText, suggestedTitle, withPeriod } from '../../../core/templates'
import stateYear from '../../../templates/tong-ket-nam.ubnd-phuong.json'
import partyHalf from '../../../templates/so-ket-6-thang.dang-uy-phuong.json'

let n = 0
const newId = (): string => `id-${++n}`

describe('rewritePeriodText', () => {
  it('moves a year report to another year, the next year along with it, in one pass', () => {
    const text = 'Kết quả năm 2025; phương hướng, nhiệm vụ năm 2026'
    expect(rewritePeriodText(text, { kind: 'year', year: 2025 }, { kind: 'year', year: 2026 })).toBe(
      'Kết quả năm 2026; phương hướng, nhiệm vụ năm 2027',
    )
  })

  it('moves a half-year report to the second half and across the year end', () => {
    const text = 'sơ kết công tác 6 tháng đầu năm 2026, phương hướng, nhiệm vụ 6 tháng cuối năm 2026'
    expect(rewritePeriodText(text, { kind: 'half', year: 2026, half: 1 }, { kind: 'half', year: 2026, half: 2 })).toBe(
      'sơ kết công tác 6 tháng cuối năm 2026, phương hướng, nhiệm vụ 6 tháng đầu năm 2027',
    )
  })

  it('leaves text without the period alone', () => {
    expect(rewritePeriodText('nhiệm kỳ 2025 - 2030', { kind: 'year', year: 2024 }, { kind: 'year', year: 2026 })).toBe(
      'nhiệm kỳ 2025 - 2030',
    )
  })
})

describe('withPeriod', () => {
  it('rewrites the title, section titles, hints and indicator titles but not the written content', () => {
    const report = instantiate(parseTemplate(stateYear), { year: 2025, appVersion: '0', newId })
    const moved = withPeriod(report, { kind: 'year', year: 2026 })
    expect(moved.meta.period).toEqual({ kind: 'year', year: 2026 })
    expect(moved.meta.title).toBe(suggestedTitle('tong-ket-nam', 'state', { kind: 'year', year: 2026 }))
    const titles = JSON.stringify(moved.sections.map((s) => s.title))
    expect(titles).toContain('năm 2026')
    expect(titles).toContain('năm 2027')
    expect(titles).not.toContain('năm 2025')
    expect(moved.indicators[0]?.title).toContain('năm 2026')
    const opening = moved.sections[0]?.content
    expect(JSON.stringify(opening)).toBe(JSON.stringify(report.sections[0]?.content))
  })

  it('gives the Party mid-year title of the chosen half', () => {
    const report = instantiate(parseTemplate(partyHalf), { year: 2026, half: 1, appVersion: '0', newId })
    const second = withPeriod(report, { kind: 'half', year: 2026, half: 2 })
    expect(second.meta.title).toContain('6 tháng cuối năm 2026')
    expect(second.meta.title).toContain('6 tháng đầu năm 2027')
    expect(second.meta.title.charAt(0)).toBe(second.meta.title.charAt(0).toLocaleLowerCase('vi'))
  })
})
