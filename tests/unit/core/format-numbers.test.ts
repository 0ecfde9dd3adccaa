import { describe, expect, it } from 'vitest'
import { formatNumber, formatPercent, formatRatio, parseViNumber, rate } from '../../../core/format'

describe('formatNumber', () => {
  it.each([
    [8948, '8.948'],
    [12.5, '12,5'],
    [1193.456, '1.193,46'],
    [-3, '-3'],
    [0.5, '0,5'],
    [0, '0'],
    [999, '999'],
    [1000, '1.000'],
    [1234567.891, '1.234.567,89'],
    [-1234.5, '-1.234,5'],
    [2.4, '2,4'],
    [12.3, '12,3'],
    [165.65, '165,65'],
    [21_000_000_000, '21.000.000.000'],
  ])('%s → %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected)
  })

  it.each([
    // Halves round away from zero, including values that are not exact in binary.
    [1.005, 2, '1,01'],
    [1.115, 2, '1,12'],
    [2.5, 0, '3'],
    [-2.5, 0, '-3'],
    [0.125, 2, '0,13'],
    [99.995, 2, '100'],
    [1999.9999, 2, '2.000'],
    [12.5, 0, '13'],
    [3.14159, 4, '3,1416'],
    [1.2, 3, '1,2'],
  ])('%s with %s digits → %s', (value, digits, expected) => {
    expect(formatNumber(value, digits)).toBe(expected)
  })

  it('never prints "-0"', () => {
    expect(formatNumber(-0)).toBe('0')
    expect(formatNumber(-0.001)).toBe('0')
  })

  it('handles tiny values written in exponent form', () => {
    expect(formatNumber(1e-7)).toBe('0')
    expect(formatNumber(1e-7, 8)).toBe('0,0000001')
  })

  it('rejects values and precisions it cannot print', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError)
    expect(() => formatNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError)
    expect(() => formatNumber(1, -1)).toThrow(RangeError)
    expect(() => formatNumber(1, 1.5)).toThrow(RangeError)
    expect(() => formatNumber(1e21)).toThrow(RangeError)
    expect(formatNumber(1e18, 0)).toBe('1.000.000.000.000.000.000')
  })
})

describe('parseViNumber', () => {
  it.each([
    ['8.948', 8948],
    ['12,5', 12.5],
    ['1.193,46', 1193.46],
    [' 21 ', 21],
    ['0,5', 0.5],
    ['-3', -3],
    ['+7', 7],
    ['8948', 8948],
    ['1.234.567,89', 1234567.89],
    ['-1.234,5', -1234.5],
    ['-0', 0],
  ])('%j → %s', (text, expected) => {
    expect(parseViNumber(text)).toBe(expected)
  })

  it.each(['abc', '', '   ', '12.5', '12.50', '1.2345', '1.23.456', '1,2,3', ',5', '5,', '1 000', '12%', '1e3', '.948', '8.948.'])(
    '%j → null',
    (text) => {
      expect(parseViNumber(text)).toBeNull()
    },
  )

  it.each([8948, 12.5, 1193.46, -3, 0.5, 1234567.89])('reads back what formatNumber prints: %s', (value) => {
    expect(parseViNumber(formatNumber(value))).toBe(value)
  })
})

describe('formatPercent', () => {
  it.each([
    [12.5, '12,5%'],
    [99.96, '99,96%'],
    [129.4117, '129,41%'],
    [100, '100%'],
    [37.5, '37,5%'],
    [165.65, '165,65%'],
    [0, '0%'],
  ])('%s → %s', (value, expected) => {
    expect(formatPercent(value)).toBe(expected)
  })

  it('takes the number of decimals', () => {
    expect(formatPercent(129.4117, 1)).toBe('129,4%')
    expect(formatPercent(129.4117, 0)).toBe('129%')
  })
})

describe('rate', () => {
  it.each([
    [2, 16, 12.5],
    [3, 8, 37.5],
    [12, 12, 100],
    [0, 5, 0],
  ])('rate(%s, %s) = %s', (actual, plan, expected) => {
    expect(rate(actual, plan)).toBe(expected)
  })

  it('gives the spec figures once formatted', () => {
    expect(formatPercent(rate(22, 17) ?? Number.NaN)).toBe('129,41%')
    expect(formatPercent(rate(2, 16) ?? Number.NaN)).toBe('12,5%')
  })

  it.each([
    [null, 10],
    [10, null],
    [undefined, 10],
    [10, undefined],
    [10, 0],
    [Number.NaN, 10],
    [10, Number.POSITIVE_INFINITY],
  ])('rate(%s, %s) is null', (actual, plan) => {
    expect(rate(actual, plan)).toBeNull()
  })
})

describe('formatRatio', () => {
  it.each([
    [2, 16, 'auto', '02/16'],
    [22, 17, 'auto', '22/17'],
    [12, 12, 'auto', '12/12'],
    [3, 8, 'auto', '3/8'],
    [8, 8, 'auto', '8/8'],
    [0, 10, 'auto', '00/10'],
    [3, 8, 'always', '03/08'],
    [2, 16, 'always', '02/16'],
    [12, 12, 'always', '12/12'],
    [2, 16, 'never', '2/16'],
    [3, 8, 'never', '3/8'],
    [8743, 8833, 'auto', '8.743/8.833'],
  ] as const)('formatRatio(%s, %s, %s) = %s', (count, total, pad, expected) => {
    expect(formatRatio(count, total, pad)).toBe(expected)
  })

  it('pads automatically by default', () => {
    expect(formatRatio(2, 16)).toBe('02/16')
    expect(formatRatio(3, 8)).toBe('3/8')
  })
})
