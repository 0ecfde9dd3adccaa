import { describe, expect, it } from 'vitest'
import { formatDateInput, formatDateLine, formatDateLong, formatDateShort, isIsoDate, parseViDate } from '../../../core/format'

describe('formatDateLong', () => {
  it.each([
    ['2026-01-05', 'ngày 05 tháng 01 năm 2026'],
    ['2019-06-29', 'ngày 29 tháng 6 năm 2019'],
    ['2025-12-15', 'ngày 15 tháng 12 năm 2025'],
    ['2026-02-03', 'ngày 03 tháng 02 năm 2026'],
    ['2020-01-05', 'ngày 05 tháng 01 năm 2020'],
    ['2021-07-01', 'ngày 01 tháng 7 năm 2021'],
    ['2025-04-12', 'ngày 12 tháng 4 năm 2025'],
    ['2018-02-20', 'ngày 20 tháng 02 năm 2018'],
    ['2024-02-29', 'ngày 29 tháng 02 năm 2024'],
    ['2025-10-10', 'ngày 10 tháng 10 năm 2025'],
  ])('%s → %s', (iso, expected) => {
    expect(formatDateLong(iso, 1999)).toBe(expected)
  })

  it('leaves a blank form with four spaces when there is no date yet', () => {
    expect(formatDateLong(null, 2025)).toBe('ngày      tháng      năm 2025')
    expect(formatDateLong(null, 2026)).toBe('ngày      tháng      năm 2026')
  })

  it.each(['2025-02-30', '2025-02-29', '2100-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '2025-01-00', '2025-1-5', '15/12/2025', ''])(
    'rejects %j with a RangeError',
    (iso) => {
      expect(() => formatDateLong(iso, 2025)).toThrow(RangeError)
    },
  )
})

describe('formatDateLine', () => {
  it.each([
    ['Phú Xuân', '2026-01-05', 2026, 'Phú Xuân, ngày 05 tháng 01 năm 2026'],
    ['  Phú Xuân  ', '2025-12-15', 2025, 'Phú Xuân, ngày 15 tháng 12 năm 2025'],
    ['Phường 1', '2019-06-29', 2019, 'Phường 1, ngày 29 tháng 6 năm 2019'],
    ['Phú Xuân', null, 2025, 'Phú Xuân, ngày      tháng      năm 2025'],
    ['', '2026-01-05', 2026, 'Ngày 05 tháng 01 năm 2026'],
    ['   ', null, 2025, 'Ngày      tháng      năm 2025'],
  ])('(%j, %s) → %j', (place, iso, year, expected) => {
    expect(formatDateLine(place, iso, year)).toBe(expected)
  })

  it('returns the place in NFC', () => {
    const decomposed = 'Phú Xuân'.normalize('NFD')
    expect(formatDateLine(decomposed, '2026-01-05', 2026)).toBe('Phú Xuân, ngày 05 tháng 01 năm 2026'.normalize('NFC'))
  })

  it('rejects an invalid date', () => {
    expect(() => formatDateLine('Phú Xuân', '2025-02-30', 2025)).toThrow(RangeError)
  })
})

describe('formatDateShort', () => {
  it.each([
    ['2020-03-05', '05/3/2020'],
    ['2025-01-20', '20/01/2025'],
    ['2024-06-14', '14/6/2024'],
    ['2025-02-01', '01/02/2025'],
    ['2025-12-31', '31/12/2025'],
  ])('%s → %s', (iso, expected) => {
    expect(formatDateShort(iso)).toBe(expected)
  })

  it('rejects an invalid date', () => {
    expect(() => formatDateShort('2025-02-30')).toThrow(RangeError)
  })
})

describe('parseViDate: day first, whatever the locale', () => {
  it.each([
    ['2/12/2026', '2026-12-02'],
    ['02/12/2026', '2026-12-02'],
    ['02-12-2026', '2026-12-02'],
    ['2.12.2026', '2026-12-02'],
    ['02122026', '2026-12-02'],
    [' 15/6/2025 ', '2025-06-15'],
    ['29/02/2024', '2024-02-29'],
    ['2026-12-02', '2026-12-02'],
  ])('%s → %s', (text, iso) => {
    expect(parseViDate(text)).toBe(iso)
  })

  it.each(['31/02/2026', '29/02/2025', '02/12/20233', '02/13/2026', '00/12/2026', '12/2026', 'abc', '', '2/12/26', '99999999'])(
    'refuses %j',
    (text) => {
      expect(parseViDate(text)).toBeNull()
    },
  )

  it('shows a date as the field does: two-digit day and month', () => {
    expect(formatDateInput('2026-03-05')).toBe('05/03/2026')
    expect(isIsoDate('2026-02-31')).toBe(false)
    expect(isIsoDate('20233-12-02')).toBe(false)
  })
})
