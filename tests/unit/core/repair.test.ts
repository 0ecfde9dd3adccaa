import { describe, expect, it } from 'vitest'
import { repairPatch, repairReport } from '../../../core/model/repair'
import { contentFromParagraphs } from '../../../core/model/lexical'
import { contentText } from '../../../core/nodes/plain-text'
import { DomainError } from '../../../core/model/errors'
import { makeReport, makeSection } from './report-factory'
import type { IndicatorTable } from '../../../core/model/schema'

/** A JSON copy with a change: what a buggy screen or a damaged journal could send. */
function mutated<T>(value: T, change: (data: T) => void): unknown {
  const data = JSON.parse(JSON.stringify(value)) as T
  change(data)
  return data
}

/** Put a value of the wrong kind at `key` of `target`, as a bug could. */
const spoil = (target: object, key: string, value: unknown): void => {
  Object.assign(target, { [key]: value })
}

describe('repairReport: one bad value never costs the rest of the report', () => {
  it('keeps a valid report as it is', () => {
    const report = makeReport()
    expect(repairReport(report, null)).toEqual({ value: report, replaced: [] })
  })

  it('keeps values typed as text: a date that does not exist, copies and figures that are not numbers', () => {
    const report = makeReport({ meta: { date: '31/02/2026', copies: 'mười' } })
    expect(repairReport(report, null).replaced).toEqual([])
  })

  it('puts back the last good value of a field of the wrong kind and keeps every other change', () => {
    const base = makeReport()
    const edited = mutated(base, (d) => {
      spoil(d.meta, 'copies', { bad: true })
      d.meta.title = 'Trích yếu mới'
      spoil(d.sections[0]?.children[0] ?? {}, 'content', contentFromParagraphs(['Đoạn văn mới.']))
    })
    const { value, replaced } = repairReport(edited, base)
    expect(replaced).toEqual(['meta.copies'])
    expect(value.meta.copies).toBe(10)
    expect(value.meta.title).toBe('Trích yếu mới')
    expect(contentText(value.sections[0]?.children[0]?.content ?? null)).toBe('Đoạn văn mới.')
  })

  it('finds a moved section’s last good value by its id, and gives a new section a neutral title', () => {
    const base = makeReport()
    const edited = mutated(base, (d) => {
      d.sections.reverse()
      spoil(d.sections[d.sections.length - 1] ?? {}, 'title', 42)
      const added = makeSection('new', 'Mới', ['Chữ của mục mới.'])
      spoil(added, 'title', null)
      d.sections.push(added)
    })
    const { value, replaced } = repairReport(edited, base)
    expect(value.sections.at(-2)?.title).toBe(base.sections[0]?.title)
    expect(value.sections.at(-1)?.title).toBe('')
    expect(contentText(value.sections.at(-1)?.content ?? null)).toBe('Chữ của mục mới.')
    expect(replaced.length).toBe(2)
  })

  it('leaves out a layout choice that is not a number and keeps the others', () => {
    const base = makeReport({ layout: { bodySize: 14 } })
    const edited = mutated(base, (d) => {
      d.layout = { bodySize: 13 }
      spoil(d.layout, 'lineSpacing', 'x')
    })
    const { value } = repairReport(edited, base)
    expect(value.layout).toEqual({ bodySize: 13 })
  })

  it('refuses, without a last good version, what cannot be made a report', () => {
    expect(() => repairReport({ hello: 'world' }, null)).toThrow(DomainError)
  })
})

describe('repairPatch: each part of a keystroke’s patch on its own', () => {
  it('repairs the header and keeps the section text of the same patch', () => {
    const base = makeReport()
    const { value, replaced } = repairPatch(
      {
        sections: { 's1-1': contentFromParagraphs(['Gõ tiếp.']), 's1-2': { root: 'hỏng' } },
        meta: mutated(base.meta, (m) => {
          spoil(m.signer, 'name', 7)
          m.place = 'Hòa Khánh'
        }),
      },
      base,
    )
    expect(contentText(value.sections['s1-1'] ?? null)).toBe('Gõ tiếp.')
    expect(value.sections['s1-2']).toEqual(base.sections[0]?.children[1]?.content)
    expect(value.meta?.signer.name).toBe('Nguyễn Văn An')
    expect(value.meta?.place).toBe('Hòa Khánh')
    expect(replaced.sort()).toEqual(['meta.signer.name', 'sections.s1-2.root'])
  })
  it('repairs an indicator row’s kind, plan word, estimate mark, target rate and the leading-zero choice, keeping its figures', () => {
    const table: IndicatorTable = {
      id: 't1',
      key: 'dang',
      title: 'Chỉ tiêu công tác xây dựng Đảng',
      columns: 'party',
      rows: [
        {
          id: 'r1',
          key: '',
          name: 'Kết nạp đảng viên mới',
          unit: 'đảng viên',
          kind: 'count',
          planWord: 'chỉ tiêu',
          plan: 8,
          actual: 3,
          previous: null,
          estimate: false,
          targetRate: 80,
          note: '',
        },
      ],
    }
    const base = makeReport({ indicators: [table] })
    const row = (t: unknown): Record<string, unknown> => (t as { rows: Record<string, unknown>[] }).rows[0] ?? {}
    const sent = mutated([table], (d) => {
      const r = row(d[0])
      Object.assign(r, { kind: 'tỷ lệ', planWord: 12, estimate: 'có', targetRate: { x: 1 }, actual: 4 })
      // A row the base has not seen, sent with none of the v3 fields of its kind.
      d[0]?.rows.push({ ...r, id: 'r2', kind: 7, planWord: null, estimate: null, targetRate: [] } as never)
      d.push({ ...d[0], id: 't2', title: 'Bảng thứ hai', rows: [] } as never)
    })
    const { value, replaced } = repairPatch({ sections: {}, indicators: sent, layout: { leadingZero: 'có' } }, base)
    const rows = value.indicators?.[0]?.rows ?? []
    expect(rows[0]).toMatchObject({ kind: 'count', planWord: 'chỉ tiêu', estimate: false, targetRate: 80, actual: 4 })
    expect(rows[1]).toMatchObject({ kind: 'plan', planWord: '', estimate: false, targetRate: null, actual: 4, plan: 8 })
    expect(value.indicators?.map((t) => t.title)).toEqual(['Chỉ tiêu công tác xây dựng Đảng', 'Bảng thứ hai'])
    // No last good value: the neutral one, which the settings then show.
    expect(value.layout).toEqual({ leadingZero: false })
    expect(replaced).toContain('indicators.0.rows.0.kind')
    expect(replaced).toContain('layout.leadingZero')
  })
})
