/**
 * Appendices: "Phụ lục" / "Phụ lục II", the appendix title, "(Kèm theo …)", then a table. A
 * table whose header names the indicator columns the export prints (Chỉ tiêu, Đơn vị tính, Kế
 * hoạch / Chỉ tiêu Nghị quyết, Thực hiện / Kết quả, Cùng kỳ năm trước, Ghi chú) comes back as an
 * indicator table; any other appendix content is returned as blocks to keep in the body.
 */
import type { IndicatorColumns } from '../model/schema'
import { parseViNumber } from '../format/numbers'
import type { SourceBlock, SourceTable } from './source'
import { blockText, cleanSpaces, foldVi } from './text'

/** A row of an indicator table as printed. */
export interface ParsedIndicatorRow {
  name: string
  unit: string
  plan: number | null
  actual: number | null
  previous: number | null
  note: string
  /** Read from the "Đánh giá" column when it contradicts "more is better"; null when unknown. */
  direction: 'higher' | 'lower' | null
}

/** An indicator table read from an appendix. */
export interface ParsedIndicatorTable {
  title: string
  columns: IndicatorColumns
  rows: ParsedIndicatorRow[]
}

type Field = 'name' | 'unit' | 'plan' | 'actual' | 'previous' | 'note' | 'evaluation'

const APPENDIX_LABEL = /^Phụ\s+lục(\s+(số\s+)?[IVXLC\d]+)?\s*[:.]?$/iu

function fieldOf(header: string): Field | null {
  const h = foldVi(cleanSpaces(header))
  if (h === '' || h === 'stt' || /^ty le|^so cung ky|^%/u.test(h)) return null
  if (/^chi tieu (nghi quyet|nq)|^ke hoach|^du toan|^chi tieu giao/u.test(h)) return 'plan'
  if (/^chi tieu|^noi dung|^ten chi tieu/u.test(h)) return 'name'
  if (/^don vi|^dvt/u.test(h)) return 'unit'
  if (/^(uoc )?thuc hien|^ket qua/u.test(h)) return 'actual'
  if (/^cung ky/u.test(h)) return 'previous'
  if (/^ghi chu/u.test(h)) return 'note'
  if (/^danh gia/u.test(h)) return 'evaluation'
  return null
}

function cellTexts(table: SourceTable, row: number): string[] {
  return (table.rows[row]?.cells ?? []).flatMap((cell) => {
    const text = cleanSpaces(cell.blocks.map(blockText).join(' '))
    return Array.from({ length: cell.colSpan }, (_, k) => (k === 0 ? text : ''))
  })
}

/** "1.193,5", "95%", "8.833" → numbers; "" → null; other text → undefined (kept as a note). */
function figure(text: string): number | null | undefined {
  const t = text.replace(/%$/u, '').replace(/\s+/gu, '')
  if (t === '' || /^[-–—]$/u.test(t)) return null
  return parseViNumber(t) ?? undefined
}

/** An indicator table from a table, or null when its header is not one. */
export function parseIndicatorTable(table: SourceTable, title: string): ParsedIndicatorTable | null {
  const header = cellTexts(table, 0)
  const fields = header.map(fieldOf)
  const has = (f: Field): boolean => fields.includes(f)
  if (!has('name') || !(has('plan') || has('actual'))) return null
  const party = header.some((h) => /^chi tieu (nghi quyet|nq)|^ket qua/u.test(foldVi(h))) && !has('previous')
  const rows: ParsedIndicatorRow[] = []
  for (let r = 1; r < table.rows.length; r++) {
    const cells = cellTexts(table, r)
    // The "(1) (2) (3)…" row of column numbers.
    if (cells.every((c) => c === '' || /^\(\d+\)$/u.test(c))) continue
    const row: ParsedIndicatorRow = { name: '', unit: '', plan: null, actual: null, previous: null, note: '', direction: null }
    const notes: string[] = []
    let evaluation = ''
    fields.forEach((field, c) => {
      const text = cells[c] ?? ''
      if (field === 'name') row.name = text
      else if (field === 'unit') row.unit = text
      else if (field === 'note') notes.push(text)
      else if (field === 'evaluation') evaluation = foldVi(text)
      else if (field === 'plan' || field === 'actual' || field === 'previous') {
        const value = figure(text)
        if (value === undefined) notes.push(`${header[c] ?? ''}: ${text}`)
        else row[field] = value
      }
    })
    if (row.name === '') continue
    row.note = notes.filter((n) => n !== '').join('; ')
    if (row.plan !== null && row.actual !== null && row.plan !== row.actual && evaluation !== '') {
      const better = evaluation.startsWith('vuot')
      const worse = evaluation.startsWith('khong')
      if (better || worse) row.direction = better === row.actual > row.plan ? 'higher' : 'lower'
    }
    rows.push(row)
  }
  return { title, columns: party ? 'party' : 'state', rows }
}

/** The appendices: indicator tables, and the rest. */
export interface AppendixReading {
  tables: ParsedIndicatorTable[]
  /** Appendix content that is not an indicator table, in order. */
  other: SourceBlock[]
}

/** Read the appendices in `blocks` (everything after the signature). */
export function readAppendices(blocks: readonly SourceBlock[]): AppendixReading {
  const tables: ParsedIndicatorTable[] = []
  const other: SourceBlock[] = []
  let pending: SourceBlock[] = []
  let title: string[] = []
  for (const block of blocks) {
    if (block.kind === 'table') {
      const parsed = parseIndicatorTable(block, cleanSpaces(title.join(' ')))
      if (parsed) tables.push(parsed)
      else other.push(...pending, block)
      pending = []
      title = []
      continue
    }
    const text = cleanSpaces(blockText(block))
    pending.push(block)
    if (APPENDIX_LABEL.test(text)) title = []
    else if (text !== '' && !/^\(.*\)$/u.test(text)) title.push(text)
  }
  other.push(...pending.filter((b) => cleanSpaces(blockText(b)) !== ''))
  return { tables, other }
}
