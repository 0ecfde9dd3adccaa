/** Each migration step loads a fixture of the version before it, migrates and validates. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadReport, migrate, parseReport, serializeReport } from '../../../core/model/migrate'
import { migrations } from '../../../core/model/migrations'
import { DomainError } from '../../../core/model/errors'
import { SCHEMA_VERSION } from '../../../core/model/schema'

const FIXTURES = join(import.meta.dirname, '../../fixtures/migrations')
const v1Text = readFileSync(join(FIXTURES, 'v1-tong-ket-nam.baocao'), 'utf8')
const v2Text = readFileSync(join(FIXTURES, 'v2-tong-ket-nam.baocao'), 'utf8')

describe('the migration chain', () => {
  it('has one step per version, in order, ending at the current version', () => {
    expect(migrations.map((m) => m.from)).toEqual(Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1))
  })
})

describe('002-add-indicators (v1 → v2)', () => {
  it('loads a v1 file: every section gains the v2 marks, the report gains empty indicators and layout', () => {
    const v1 = JSON.parse(v1Text) as Record<string, unknown>
    expect(v1.schemaVersion).toBe(1)
    expect(v1).not.toHaveProperty('indicators')
    const report = parseReport(v1Text)
    expect(report.schemaVersion).toBe(SCHEMA_VERSION)
    expect(report.indicators).toEqual([])
    expect(report.layout).toEqual({})
    const flat = (list: typeof report.sections): typeof report.sections => list.flatMap((s) => [s, ...flat(s.children)])
    const sections = flat(report.sections)
    expect(sections.length).toBeGreaterThan(3)
    for (const section of sections) {
      expect(section.needsUpdate).toBe(false)
      expect(section.required).toBe(false)
    }
  })

  it('keeps the text, the header and the tree of the v1 file', () => {
    const before = JSON.parse(v1Text) as { meta: unknown; sections: Array<{ title: string; children: unknown[] }> }
    const report = parseReport(v1Text)
    expect(report.meta).toEqual(before.meta)
    expect(report.sections.map((s) => s.title)).toEqual(before.sections.map((s) => s.title))
    expect(serializeReport(report)).toContain('Ủy ban nhân dân phường ban hành 12 kế hoạch')
  })

  it('leaves indicators of a file that already had them', () => {
    const data = {
      ...(JSON.parse(v1Text) as Record<string, unknown>),
      indicators: [{ id: 'x', key: '', title: 'T', columns: 'state', rows: [] }],
    }
    expect(migrate(data).indicators).toEqual([{ id: 'x', key: '', title: 'T', columns: 'state', rows: [] }])
  })
})

describe('003-report-v3 (v2 → v3)', () => {
  it('loads a v2 file with its date, copies and figures as they were', () => {
    const v2 = JSON.parse(v2Text) as { schemaVersion: number; meta: { date: string; copies: number } }
    expect(v2.schemaVersion).toBe(2)
    const report = parseReport(v2Text)
    expect(report.schemaVersion).toBe(3)
    expect(report.meta.date).toBe(v2.meta.date)
    expect(report.meta.copies).toBe(v2.meta.copies)
    expect(report.indicators[0]?.rows[0]?.actual).toBe(21000)
  })

  it('is refused by a v2 app, which could not keep a value typed as text: the version moves', () => {
    const report = parseReport(v2Text)
    const saved = JSON.parse(serializeReport({ ...report, meta: { ...report.meta, date: '31/02/2026' } })) as { schemaVersion: number }
    expect(saved.schemaVersion).toBe(3)
    expect(parseReport(JSON.stringify(saved)).meta.date).toBe('31/02/2026')
  })

  it('gives the report an empty list of ignored proofreading notes, and keeps a v3 file without one', () => {
    const report = parseReport(v2Text)
    expect(report.proofing).toEqual({ ignored: [] })
    const v3 = JSON.parse(serializeReport(report)) as Record<string, unknown>
    delete v3.proofing
    expect(parseReport(JSON.stringify(v3)).proofing).toEqual({ ignored: [] })
  })
})

describe('loading guards', () => {
  it('refuses a file from a newer version with a Vietnamese message naming both versions', () => {
    const newer = { ...(JSON.parse(v1Text) as Record<string, unknown>), schemaVersion: SCHEMA_VERSION + 1 }
    const error = (() => {
      try {
        loadReport(newer)
      } catch (e) {
        return e
      }
      return null
    })()
    expect(error).toBeInstanceOf(DomainError)
    expect((error as DomainError).code).toBe('newerVersion')
    expect((error as DomainError).message).toContain(`${SCHEMA_VERSION + 1}`)
    expect((error as DomainError).message).toContain('phiên bản mới hơn')
  })

  it('refuses a file of another program and a file without a version', () => {
    expect(() => loadReport({ format: 'other', schemaVersion: 1 })).toThrow(DomainError)
    expect(() => loadReport({ format: 'soan-bao-cao' })).toThrow(/không phải tệp báo cáo/u)
  })

  it('reads every string of a file in NFC: text written decomposed, spelled with \\u escapes, or in an older version', () => {
    const current = parseReport(serializeReport(parseReport(v2Text)))
    const place = 'Thu ngân sách đạt 165,65% dự toán'
    const title = 'Phát triển kinh tế - xã hội'
    const withText = { ...current, meta: { ...current.meta, place: place.normalize('NFD') } }
    const first = withText.sections[0]
    if (!first) throw new Error('no section')
    const decomposed = { ...withText, sections: [{ ...first, title: title.normalize('NFD') }, ...withText.sections.slice(1)] }
    // As another program may write it: the decomposed characters as they are, or as \u escapes.
    const raw = JSON.stringify(decomposed, null, 2)
    const escaped = raw.replace(/[\u0300-\u036f]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    expect(raw).not.toBe(raw.normalize('NFC'))
    expect(escaped).toContain('\\u0')
    for (const text of [raw, escaped]) {
      const report = parseReport(text)
      expect(report.meta.place).toBe(place.normalize('NFC'))
      expect(report.sections[0]?.title).toBe(title.normalize('NFC'))
    }
    const olderDecomposed = v1Text.normalize('NFD')
    const older = parseReport(olderDecomposed)
    expect(JSON.stringify(older)).toBe(JSON.stringify(older).normalize('NFC'))
  })
})
