/**
 * Indicator rows by kind (spec §4.5): the rate, the evaluation and the sentence "Chèn câu" writes,
 * with the figures of real ward reports; leading zeros; and bad input (a total of 0, a count above
 * its total, a negative or non-numeric figure), which gives "—" and never a number.
 */
import { describe, expect, it } from 'vitest'
import {
  computeIndicator,
  figureIssues,
  hasFigures,
  indicatorCells,
  indicatorSentence,
  planPhrase,
  previousPhrase,
  withKind,
} from '../../../core/indicators'
import type { IndicatorKind, IndicatorRow, TypedNumber } from '../../../core/model/schema'

const ZERO = { leadingZero: true }
const NO_ZERO = { leadingZero: false }

function row(
  kind: IndicatorKind,
  name: string,
  unit: string,
  figures: { plan?: TypedNumber; actual?: TypedNumber; previous?: TypedNumber },
  extra: Partial<IndicatorRow> = {},
): IndicatorRow {
  return {
    id: 'r',
    key: '',
    name,
    unit,
    kind,
    planWord: kind === 'count' ? 'tổng số' : 'kế hoạch',
    plan: figures.plan ?? null,
    actual: figures.actual ?? null,
    previous: figures.previous ?? null,
    estimate: false,
    targetRate: null,
    note: '',
    ...extra,
  }
}

describe('plan vs result', () => {
  const revenue = row(
    'plan',
    'Thu ngân sách nhà nước trên địa bàn',
    'triệu đồng',
    { plan: 12677, actual: 21000, previous: 18700 },
    { planWord: 'dự toán', estimate: true },
  )

  it('writes the rate against the plan in the row’s own word, and the change against the same period', () => {
    expect(indicatorSentence(revenue, ZERO)).toBe(
      'Thu ngân sách nhà nước trên địa bàn ước đạt 21.000 triệu đồng, đạt 165,65% dự toán, tăng 12,3% so với cùng kỳ.',
    )
    expect(computeIndicator(revenue)).toEqual({ ratePlan: (21000 / 12677) * 100, ratePrevious: (21000 / 18700) * 100, evaluation: 'vuot' })
  })

  it('says "ước" only for an estimate', () => {
    const final = { ...revenue, plan: 1000, actual: 1124, previous: null, estimate: false }
    expect(indicatorSentence(final, ZERO)).toBe('Thu ngân sách nhà nước trên địa bàn đạt 1.124 triệu đồng, đạt 112,4% dự toán.')
    expect(indicatorSentence({ ...final, planWord: 'Nghị quyết' }, ZERO)).toContain('đạt 112,4% Nghị quyết')
  })

  it('judges a rate in percent against its plan in words and the change in percentage points', () => {
    const online = row('plan', 'Tỷ lệ hồ sơ giải quyết đúng hạn', '%', { plan: 98, actual: 99.5, previous: 97.25 })
    expect(indicatorSentence(online, ZERO)).toBe(
      'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,5%, vượt kế hoạch (98%), tăng 2,25 điểm phần trăm so với cùng kỳ.',
    )
    expect(indicatorSentence({ ...online, actual: 92 }, ZERO)).toContain('chưa đạt kế hoạch (98%)')
    expect(computeIndicator({ ...online, actual: 92 }).evaluation).toBe('khong-dat')
    expect(computeIndicator({ ...online, actual: 98 }).evaluation).toBe('dat')
  })
})

describe('count of a total', () => {
  const excellent = row('count', 'Chi bộ hoàn thành xuất sắc nhiệm vụ', 'chi bộ', { plan: 16, actual: 2 })
  const admitted = row('count', 'Kết nạp đảng viên mới', 'đảng viên', { plan: 8, actual: 3 }, { planWord: 'chỉ tiêu' })

  it('writes "02/16 chi bộ … (tỷ lệ 12,5%)" for a share of the whole, with no evaluation', () => {
    expect(indicatorSentence(excellent, ZERO)).toBe('Có 02/16 chi bộ hoàn thành xuất sắc nhiệm vụ (tỷ lệ 12,5%).')
    expect(computeIndicator(excellent)).toMatchObject({ ratePlan: 12.5, evaluation: null })
    expect(indicatorCells(excellent, ZERO)).toMatchObject({ plan: '16', actual: '02', ratePlan: '12,5%', evaluation: '—' })
  })

  it('writes "kết nạp 03/08 đảng viên mới (đạt 37,5%)" against a target, and never "Không đạt" without a target rate', () => {
    expect(indicatorSentence(admitted, ZERO)).toBe('Kết nạp 03/08 đảng viên mới (đạt 37,5%).')
    expect(indicatorSentence({ ...admitted, estimate: true }, ZERO)).toBe('Ước kết nạp 03/08 đảng viên mới (đạt 37,5%).')
    expect(computeIndicator(admitted).evaluation).toBeNull()
    expect(indicatorSentence(row('count', 'Giao quân', 'thanh niên', { plan: 17, actual: 22 }, { planWord: 'chỉ tiêu' }), ZERO)).toBe(
      'Giao quân 22/17 thanh niên (đạt 129,41%).',
    )
  })

  it('is judged against a target rate once one is set', () => {
    expect(computeIndicator({ ...excellent, targetRate: 10 }).evaluation).toBe('vuot')
    expect(computeIndicator({ ...excellent, targetRate: 12.5 }).evaluation).toBe('dat')
    expect(computeIndicator({ ...excellent, targetRate: 20 }).evaluation).toBe('khong-dat')
  })

  it('keeps the leading zero only when the report wants it', () => {
    expect(indicatorSentence(excellent, NO_ZERO)).toBe('Có 2/16 chi bộ hoàn thành xuất sắc nhiệm vụ (tỷ lệ 12,5%).')
    expect(indicatorSentence(admitted, NO_ZERO)).toBe('Kết nạp 3/8 đảng viên mới (đạt 37,5%).')
    expect(indicatorSentence({ ...admitted, plan: null }, ZERO)).toBe('Kết nạp 03 đảng viên mới.')
    expect(indicatorSentence(row('plan', 'Số cuộc kiểm tra', 'cuộc', { actual: 8 }), ZERO)).toBe('Số cuộc kiểm tra đạt 08 cuộc.')
    expect(indicatorSentence(row('plan', 'Thu phí', 'triệu đồng', { actual: 8 }), ZERO)).toBe('Thu phí đạt 8 triệu đồng.')
  })

  it('puts the count after a colon when the name does not name the unit', () => {
    expect(indicatorSentence(row('count', 'Đảng viên được tặng Huy hiệu Đảng', 'người', { plan: 5, actual: 5 }), ZERO)).toBe(
      'Đảng viên được tặng Huy hiệu Đảng: 05/05 người (tỷ lệ 100%).',
    )
  })
})

describe('lower is better, spending, a plain figure', () => {
  it('says a poverty rate is below its target and how many points it fell', () => {
    const poor = row('lower', 'Tỷ lệ hộ nghèo', '%', { plan: 1.5, actual: 1.2, previous: 1.5 }, { planWord: 'chỉ tiêu', estimate: true })
    expect(indicatorSentence(poor, ZERO)).toBe(
      'Tỷ lệ hộ nghèo ước còn 1,2%, thấp hơn chỉ tiêu (1,5%), giảm 0,3 điểm phần trăm so với cùng kỳ.',
    )
    expect(computeIndicator(poor).evaluation).toBe('vuot')
    expect(computeIndicator({ ...poor, actual: 1.5 }).evaluation).toBe('dat')
    expect(computeIndicator({ ...poor, actual: 1.8 }).evaluation).toBe('khong-dat')
  })

  it('writes spending as "đạt 96,7% …" and never marks it "Không đạt" or "Vượt" on its own', () => {
    const spending = row('spending', 'Chi ngân sách', 'triệu đồng', { plan: 26226, actual: 25361 }, { planWord: 'dự toán', estimate: true })
    expect(indicatorSentence(spending, ZERO)).toBe('Chi ngân sách ước thực hiện 25.361 triệu đồng, đạt 96,7% dự toán.')
    expect(computeIndicator(spending).evaluation).toBeNull()
    expect(computeIndicator({ ...spending, targetRate: 95 }).evaluation).toBe('dat')
    expect(computeIndicator({ ...spending, targetRate: 98 }).evaluation).toBe('khong-dat')
    expect(computeIndicator({ ...spending, actual: 30000, targetRate: 95 }).evaluation).toBe('dat')
    const capital = row('spending', 'Giải ngân vốn đầu tư công', 'triệu đồng', { plan: 12000, actual: 11604 }, { planWord: 'kế hoạch vốn' })
    expect(indicatorSentence(capital, ZERO)).toBe('Giải ngân vốn đầu tư công thực hiện 11.604 triệu đồng, đạt 96,7% kế hoạch vốn.')
  })

  it('compares a plain figure with the same period only; its plan is neither shown nor printed', () => {
    const retail = row('plain', 'Tổng mức bán lẻ hàng hóa', 'tỷ đồng', { plan: 900, actual: 1234, previous: 1098.84 })
    expect(indicatorSentence(retail, ZERO)).toBe('Tổng mức bán lẻ hàng hóa đạt 1.234 tỷ đồng, tăng 12,3% so với cùng kỳ.')
    expect(computeIndicator(retail)).toMatchObject({ ratePlan: null, evaluation: null })
    expect(indicatorCells(retail, ZERO)).toMatchObject({ plan: '', ratePlan: '', ratePrevious: '112,3%' })
  })

  it('keeps a word the clerk typed when the kind changes, and takes the kind’s usual one otherwise', () => {
    const base = row('plan', 'Chi ngân sách', 'triệu đồng', {}, { planWord: 'dự toán' })
    expect(withKind(base, 'count', 'state').planWord).toBe('tổng số')
    expect(withKind(base, 'spending', 'state').planWord).toBe('dự toán')
    expect(withKind({ ...base, planWord: 'kế hoạch' }, 'count', 'state').planWord).toBe('kế hoạch')
    expect(withKind({ ...base, planWord: 'dự toán HĐND giao' }, 'spending', 'state').planWord).toBe('dự toán HĐND giao')
    expect(withKind(base, 'plain', 'party').planWord).toBe('')
  })
})

describe('bad input: the rate shows "—", the checks have something to say, nothing is written', () => {
  it('a total of 0', () => {
    const zero = row('count', 'Chi bộ hoàn thành xuất sắc nhiệm vụ', 'chi bộ', { plan: 0, actual: 0 })
    expect(computeIndicator(zero).ratePlan).toBeNull()
    expect(indicatorCells(zero, ZERO).ratePlan).toBe('—')
    expect(figureIssues(zero)).toEqual([{ issue: 'zeroBase', column: 'plan' }])
    expect(indicatorSentence(zero, ZERO)).toBe('Có 00/00 chi bộ hoàn thành xuất sắc nhiệm vụ.')
  })

  it('a count above its total', () => {
    const above = row('count', 'Chi bộ hoàn thành xuất sắc nhiệm vụ', 'chi bộ', { plan: 16, actual: 18 }, { targetRate: 50 })
    expect(computeIndicator(above)).toMatchObject({ ratePlan: null, evaluation: null })
    expect(figureIssues(above)).toEqual([{ issue: 'aboveTotal', count: 18, total: 16 }])
    expect(indicatorSentence(above, ZERO)).toBeNull()
  })

  it('a negative figure', () => {
    const negative = row('plan', 'Thu ngân sách', 'triệu đồng', { plan: -5, actual: 10, previous: -3 })
    expect(computeIndicator(negative)).toEqual({ ratePlan: null, ratePrevious: null, evaluation: null })
    expect(figureIssues(negative)).toEqual([
      { issue: 'negative', column: 'plan', value: -5 },
      { issue: 'negative', column: 'previous', value: -3 },
    ])
    expect(indicatorSentence(negative, ZERO)).toBeNull()
    expect(indicatorCells(negative, ZERO)).toMatchObject({ plan: '-5', ratePlan: '—', ratePrevious: '—' })
  })

  it('a figure that is not a number yet is shown and printed as typed, never as a number', () => {
    const typed = row('plan', 'Thu ngân sách', 'triệu đồng', { plan: 100, actual: '12.5' })
    expect(computeIndicator(typed)).toEqual({ ratePlan: null, ratePrevious: null, evaluation: null })
    expect(figureIssues(typed)).toEqual([{ issue: 'notNumber', column: 'actual', value: '12.5' }])
    expect(indicatorCells(typed, ZERO)).toMatchObject({ actual: '12.5', ratePlan: '—' })
    expect(indicatorSentence(typed, ZERO)).toBeNull()
  })

  it('knows a row without figures', () => {
    expect(hasFigures(row('plan', 'x', '', {}))).toBe(false)
    expect(hasFigures(row('plain', 'x', '', { plan: 5 }))).toBe(false)
    expect(hasFigures(row('plan', 'x', '', { plan: 5 }))).toBe(true)
  })
})

describe('phrases', () => {
  it('writes the phrases reports use, with Vietnamese numbers', () => {
    expect(planPhrase(21000, 12677, 'dự toán')).toBe('đạt 165,65% dự toán')
    expect(planPhrase(5, 0)).toBeNull()
    expect(previousPhrase(21000, 18700)).toBe('tăng 12,3% so với cùng kỳ')
    expect(previousPhrase(90, 100)).toBe('giảm 10% so với cùng kỳ')
    expect(previousPhrase(100, 100)).toBe('bằng cùng kỳ')
    expect(previousPhrase(157.8, 100, 'ratio')).toBe('bằng 157,8% so với cùng kỳ')
    expect(previousPhrase(92.5, 90, 'points')).toBe('tăng 2,5 điểm phần trăm so với cùng kỳ')
  })
})
