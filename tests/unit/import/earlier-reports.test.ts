/** The wizard offers the likeliest earlier report first, of the same side, never a later one. */
import { describe, expect, it } from 'vitest'
import type { DocumentSummary } from '../../../core/contract'
import type { Period, ProfileId } from '../../../core/model/schema'
import { earlierReports } from '../../../renderer/app/earlier-reports'

function doc(name: string, period: Period | null, profile: ProfileId = 'state', error: DocumentSummary['error'] = null): DocumentSummary {
  return {
    name,
    title: name,
    reportKind: period?.kind === 'half' ? 'so-ket-6-thang' : 'tong-ket-nam',
    period,
    issuer: '',
    profile,
    savedAt: '2025-12-01T00:00:00Z',
    size: 1,
    error,
  }
}

const library = [
  doc('năm 2024', { kind: 'year', year: 2024 }),
  doc('6 tháng đầu 2025', { kind: 'half', year: 2025, half: 1 }),
  doc('6 tháng cuối 2025', { kind: 'half', year: 2025, half: 2 }),
  doc('năm 2025', { kind: 'year', year: 2025 }),
  doc('6 tháng đầu 2024', { kind: 'half', year: 2024, half: 1 }),
  doc('đảng ủy 2025', { kind: 'year', year: 2025 }, 'party'),
  doc('hỏng', { kind: 'year', year: 2024 }, 'state', { code: 'notJson', params: {} }),
  doc('không rõ kỳ', null),
]

describe('earlierReports', () => {
  it('puts the same year’s reviews first for a year-end report, then last year’s, never later ones', () => {
    expect(earlierReports(library, 'ubnd-phuong', { kind: 'year', year: 2025 }).map((d) => d.name)).toEqual([
      '6 tháng cuối 2025',
      '6 tháng đầu 2025',
      'năm 2024',
      '6 tháng đầu 2024',
    ])
  })

  it('puts the same half of last year first for a mid-year review', () => {
    expect(earlierReports(library, 'ubnd-phuong', { kind: 'half', year: 2025, half: 1 }).map((d) => d.name)).toEqual([
      '6 tháng đầu 2024',
      'năm 2024',
    ])
  })

  it('offers only reports of the same side', () => {
    expect(earlierReports(library, 'dang-uy-phuong', { kind: 'year', year: 2026 }).map((d) => d.name)).toEqual(['đảng ủy 2025'])
  })
})
