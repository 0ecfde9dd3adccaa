/** Indicator tables: computed columns, evaluation, and the sentence forms of spec §4.5. */
import { describe, expect, it } from 'vitest'
import { computeIndicator, countOfPhrase, evaluate, indicatorSentence, planPhrase, previousPhrase } from '../../../core/indicators'

describe('computed columns', () => {
  it('gives the rate against the plan and against the same period', () => {
    expect(computeIndicator({ direction: 'higher', plan: 12677, actual: 21000, previous: 18700 })).toEqual({
      ratePlan: (21000 / 12677) * 100,
      ratePrevious: (21000 / 18700) * 100,
      evaluation: 'vuot',
    })
  })

  it('never gives Infinity or NaN: a blank or zero base leaves the cell empty', () => {
    for (const plan of [0, null]) {
      const c = computeIndicator({ direction: 'higher', plan, actual: 5, previous: 0 })
      expect(c.ratePlan).toBeNull()
      expect(c.ratePrevious).toBeNull()
    }
    expect(computeIndicator({ direction: 'higher', plan: 8, actual: null, previous: null })).toEqual({
      ratePlan: null,
      ratePrevious: null,
      evaluation: null,
    })
  })

  it('evaluates "Vượt", "Đạt", "Không đạt" with the direction of the indicator', () => {
    expect(evaluate({ direction: 'higher', plan: 17, actual: 22 })).toBe('vuot')
    expect(evaluate({ direction: 'higher', plan: 12, actual: 12 })).toBe('dat')
    expect(evaluate({ direction: 'higher', plan: 8, actual: 3 })).toBe('khong-dat')
    // Hộ nghèo: fewer than planned is better.
    expect(evaluate({ direction: 'lower', plan: 1.2, actual: 0.9 })).toBe('vuot')
    expect(evaluate({ direction: 'lower', plan: 1.2, actual: 1.5 })).toBe('khong-dat')
    expect(evaluate({ direction: 'lower', plan: null, actual: 1.5 })).toBeNull()
  })
})

describe('sentences', () => {
  it('writes the phrases reports use, with Vietnamese numbers', () => {
    expect(planPhrase(21000, 12677, 'dự toán')).toBe('đạt 165,65% dự toán')
    expect(planPhrase(5, 0)).toBeNull()
    expect(previousPhrase(21000, 18700)).toBe('tăng 12,3% so với cùng kỳ')
    expect(previousPhrase(90, 100)).toBe('giảm 10% so với cùng kỳ')
    expect(previousPhrase(100, 100)).toBe('bằng cùng kỳ')
    expect(previousPhrase(157.8, 100, true)).toBe('bằng 157,8% so với cùng kỳ')
    expect(countOfPhrase(2, 16, 'chi bộ', 'hoàn thành xuất sắc nhiệm vụ')).toBe('02/16 chi bộ hoàn thành xuất sắc nhiệm vụ (tỷ lệ 12,5%)')
    expect(countOfPhrase(3, 0, 'đảng viên')).toBe('3/0 đảng viên')
  })

  it('writes one row as a sentence, or nothing without a result', () => {
    const row = {
      name: 'Thu ngân sách nhà nước trên địa bàn',
      unit: 'triệu đồng',
      direction: 'higher' as const,
      plan: 12677,
      actual: 21000,
      previous: 18700,
    }
    expect(indicatorSentence(row, { estimate: true, base: 'dự toán' })).toBe(
      'Thu ngân sách nhà nước trên địa bàn ước đạt 21.000 triệu đồng, đạt 165,65% dự toán, tăng 12,3% so với cùng kỳ',
    )
    expect(indicatorSentence({ ...row, unit: '%', name: 'Tỷ lệ hồ sơ giải quyết đúng hạn', plan: 98, actual: 99.5, previous: null })).toBe(
      'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,5%, chỉ tiêu 98%',
    )
    expect(indicatorSentence({ ...row, actual: null })).toBeNull()
  })
})
