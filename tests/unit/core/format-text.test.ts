import { describe, expect, it } from 'vitest'
import { formatDocNumber, headingLabel, nextPeriodText, periodText, toRoman, upperVi, vietnameseAlpha } from '../../../core/format'
import type { Period } from '../../../core/model/schema'

describe('formatDocNumber', () => {
  it.each([
    ['state', '05', 'BC-UBND', 'Số: 05/BC-UBND'],
    ['state', '5', 'BC-UBND', 'Số: 05/BC-UBND'],
    ['state', '123', 'BC-UBND', 'Số: 123/BC-UBND'],
    ['state', '10', 'BC-HĐND', 'Số: 10/BC-HĐND'],
    ['state', ' 7 ', 'BC-UBND', 'Số: 07/BC-UBND'],
    ['state', '', 'BC-UBND', 'Số:      /BC-UBND'],
    ['state', '   ', 'BC-UBND', 'Số:      /BC-UBND'],
    ['party', '45', 'BC/ĐU', 'Số 45-BC/ĐU'],
    ['party', '9', 'KH/ĐU', 'Số 09-KH/ĐU'],
    ['party', '03', 'BC/CB', 'Số 03-BC/CB'],
    ['party', '', 'BC/ĐU', 'Số     -BC/ĐU'],
  ] as const)('(%s, %j, %s) → %j', (profile, number, symbol, expected) => {
    expect(formatDocNumber(profile, number, symbol)).toBe(expected)
  })

  it('keeps a number that is not plain digits as typed', () => {
    expect(formatDocNumber('state', '5a', 'BC-UBND')).toBe('Số: 5a/BC-UBND')
  })

  it('counts the blank exactly', () => {
    expect(formatDocNumber('state', '', 'BC-UBND')).toBe(`Số:${' '.repeat(6)}/BC-UBND`)
    expect(formatDocNumber('party', '', 'BC/ĐU')).toBe(`Số${' '.repeat(5)}-BC/ĐU`)
  })
})

describe('toRoman', () => {
  it.each([
    [1, 'I'],
    [2, 'II'],
    [3, 'III'],
    [4, 'IV'],
    [5, 'V'],
    [9, 'IX'],
    [14, 'XIV'],
    [20, 'XX'],
    [40, 'XL'],
    [90, 'XC'],
    [400, 'CD'],
    [1994, 'MCMXCIV'],
    [2025, 'MMXXV'],
    [3999, 'MMMCMXCIX'],
  ])('%s → %s', (n, expected) => {
    expect(toRoman(n)).toBe(expected)
  })

  it.each([0, -1, 4000, 1.5, Number.NaN])('rejects %s', (n) => {
    expect(() => toRoman(n)).toThrow(RangeError)
  })
})

describe('vietnameseAlpha', () => {
  it('follows the order of legal documents, with đ and without f j w z', () => {
    const letters = Array.from({ length: 23 }, (_, i) => vietnameseAlpha(i + 1)).join(' ')
    expect(letters).toBe('a b c d đ e g h i k l m n o p q r s t u v x y')
  })

  it.each([
    [1, 'a'],
    [4, 'd'],
    [5, 'đ'],
    [6, 'e'],
    [7, 'g'],
    [23, 'y'],
    [24, 'aa'],
    [25, 'bb'],
    [46, 'yy'],
    [47, 'aaa'],
  ])('%s → %s', (n, expected) => {
    expect(vietnameseAlpha(n)).toBe(expected)
  })

  it.each([0, -2, 2.5])('rejects %s', (n) => {
    expect(() => vietnameseAlpha(n)).toThrow(RangeError)
  })
})

describe('headingLabel', () => {
  it.each([
    ['phan', 1, 'state', 'Phần I'],
    ['phan', 2, 'party', 'Phần II'],
    ['roman', 1, 'state', 'I.'],
    ['roman', 4, 'state', 'IV.'],
    ['roman', 1, 'party', 'I-'],
    ['roman', 3, 'party', 'III-'],
    ['arabic', 1, 'state', '1.'],
    ['arabic', 12, 'party', '12-'],
    ['alpha', 1, 'state', 'a)'],
    ['alpha', 5, 'state', 'đ)'],
    ['alpha', 7, 'party', 'g)'],
  ] as const)('(%s, %s, %s) → %s', (style, index, profile, expected) => {
    expect(headingLabel(style, index, profile)).toBe(expected)
  })

  it('rejects a position below 1', () => {
    expect(() => headingLabel('arabic', 0, 'state')).toThrow(RangeError)
    expect(() => headingLabel('roman', 0, 'state')).toThrow(RangeError)
  })
})

describe('periodText and nextPeriodText', () => {
  it.each<[Period, string, string]>([
    [{ kind: 'year', year: 2025 }, 'năm 2025', 'năm 2026'],
    [{ kind: 'half', year: 2026, half: 1 }, '6 tháng đầu năm 2026', '6 tháng cuối năm 2026'],
    [{ kind: 'half', year: 2026, half: 2 }, '6 tháng cuối năm 2026', '6 tháng đầu năm 2027'],
  ])('%j → %j, then %j', (period, text, next) => {
    expect(periodText(period)).toBe(text)
    expect(nextPeriodText(period)).toBe(next)
  })
})

describe('upperVi', () => {
  it.each([
    ['Kết quả thực hiện', 'KẾT QUẢ THỰC HIỆN'],
    ['đảng ủy phường Phú Xuân', 'ĐẢNG ỦY PHƯỜNG PHÚ XUÂN'],
    ['phương hướng, nhiệm vụ năm 2026', 'PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026'],
    ['ưu tiên ổn định', 'ƯU TIÊN ỔN ĐỊNH'],
  ])('%j → %j', (text, expected) => {
    expect(upperVi(text)).toBe(expected)
  })

  it('returns NFC even for decomposed input', () => {
    const result = upperVi('Kết quả'.normalize('NFD'))
    expect(result).toBe('KẾT QUẢ')
    expect(result).toBe(result.normalize('NFC'))
    expect(result.length).toBe(7)
  })
})
