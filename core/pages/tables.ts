/**
 * Tables on pages: the header of page 1 and the signature block (no borders, rows kept whole), the
 * clerk's tables (rows split across pages at a line, header rows repeated on every page) and the
 * indicator tables (rows kept whole, the two header rows repeated). As LibreOffice lays out the
 * exported file: a table starts at the left margin; each row takes one grid line, the cell
 * margins and its tallest cell; the last row on a page closes with a grid line; bordered cells
 * centre their text vertically.
 */
import { EPSILON, emitLines, fittingLines, linesHeight, linesOf, type Column } from './column'
import type { CellSpec, PageItem, ParaSpec, RowSpec, TableSpec } from './types'

/** Where the setting of a cell has got to: a paragraph, its next line, the space after the paragraph before. */
export interface CellCursor {
  para: number
  line: number
  pendingAfter: number
}

/** The rest of a table to set on the next page: from row `row`, its cells from `cells` when the row was split. */
export interface TableResume {
  row: number
  cells: CellCursor[] | null
}

export type TableResult = { kind: 'done' } | { kind: 'break'; resume: TableResume } | { kind: 'move' }

const START: CellCursor = { para: 0, line: 0, pendingAfter: 0 }

/** A cell's text width, and its left edge from the table's. */
function cellBox(table: TableSpec, cell: CellSpec): { x: number; width: number } {
  const x = table.columns.slice(0, cell.column).reduce((a, b) => a + b, 0)
  const width = table.columns.slice(cell.column, cell.column + cell.span).reduce((a, b) => a + b, 0)
  return { x, width }
}

interface CellFill {
  end: CellCursor
  height: number
  done: boolean
  /** Lines to put: paragraph, lines from…to, at this offset from the cell's text top. */
  parts: { para: number; from: number; to: number; y: number }[]
}

/** The lines of a cell's content, from `from`, that fit in `room` points (all when `room` is Infinity). */
function fillCell(cell: CellSpec, width: number, from: CellCursor, room: number, force: boolean): CellFill {
  const parts: CellFill['parts'] = []
  let y = 0
  let { para, line, pendingAfter } = from
  for (; para < cell.content.length; para++, line = 0) {
    const spec = cell.content[para] as ParaSpec
    const lines = linesOf(spec, width)
    // Between two paragraphs, the larger of the space after the first and before the second.
    const gap = line === 0 ? Math.max(pendingAfter, spec.before) : 0
    const fit = fittingLines(spec, lines, line, room - y - gap, force && parts.length === 0, true)
    if (fit === 0) return { end: { para, line, pendingAfter }, height: y, done: false, parts }
    parts.push({ para, from: line, to: line + fit, y: y + gap })
    y += gap + linesHeight(spec, lines, line, line + fit)
    if (line + fit < lines.length) return { end: { para, line: line + fit, pendingAfter: 0 }, height: y, done: false, parts }
    pendingAfter = spec.after
  }
  // The last paragraph's space after is part of the cell.
  return { end: { para, line: 0, pendingAfter: 0 }, height: y + pendingAfter, done: true, parts }
}

/** The full heights of a table's rows, a cell merged down rows growing the last row it covers when it needs to. */
function rowHeights(table: TableSpec, width: (cell: CellSpec) => number): number[] {
  const { padding, border } = table
  const heights = table.rows.map((row) =>
    Math.max(
      0,
      ...row.cells.filter((c) => !c.continued && c.rowSpan === 1).map((c) => fillCell(c, width(c), START, Infinity, false).height),
    ),
  )
  table.rows.forEach((row, r) => {
    for (const cell of row.cells.filter((c) => !c.continued && c.rowSpan > 1)) {
      const last = Math.min(table.rows.length, r + cell.rowSpan) - 1
      let have = 0
      for (let k = r; k <= last; k++) have += (heights[k] ?? 0) + (k > r ? padding.top + padding.bottom + border : 0)
      const need = fillCell(cell, width(cell), START, Infinity, false).height
      if (need > have + EPSILON) heights[last] = (heights[last] ?? 0) + need - have
    }
  })
  return heights
}

/** Sets tables on pages: one per table, kept for the pages it runs over. */
export class TableSetter {
  private readonly heights: number[]

  constructor(readonly table: TableSpec) {
    this.heights = rowHeights(table, (cell) => this.textWidth(cell))
  }

  private textWidth(cell: CellSpec): number {
    return cellBox(this.table, cell).width - this.table.padding.left - this.table.padding.right
  }

  /** Set the table (or its rest, `resume`) on the page; `force` (an empty page) sets something whatever fits. */
  place(column: Column, resume: TableResume | null, force: boolean): TableResult {
    const { table } = this
    const startItems = column.items.length
    const startY = column.y
    if (resume === null) {
      // The space after the paragraph before the table is kept above it.
      column.y += column.pendingAfter
    } else {
      for (let r = 0; r < Math.min(table.headerRows, resume.row); r++) this.placeRow(column, r, null, Infinity, true)
    }
    column.pendingAfter = 0
    let row = resume?.row ?? 0
    let cells = resume?.cells ?? null
    let bodyPlaced = false
    for (; row < table.rows.length; row++, cells = null) {
      const room = column.frame.bottom - column.y - table.border
      const header = row < table.headerRows
      const result = this.placeRow(column, row, cells, room, force && !bodyPlaced && !header)
      if (result === 'done') {
        if (!header) bodyPlaced = true
        continue
      }
      // Nothing of the table's body on this page yet: the whole table goes on (header rows are never left alone).
      if (result === 'none' && resume === null && !bodyPlaced && !force) {
        column.items.length = startItems
        column.y = startY
        return { kind: 'move' }
      }
      this.closeGrid(column)
      return { kind: 'break', resume: { row, cells: result === 'none' ? cells : result } }
    }
    this.closeGrid(column)
    return { kind: 'done' }
  }

  /** The grid line under the last row on the page. */
  private closeGrid(column: Column): void {
    const { table } = this
    if (table.border > 0) column.items.push(rule(column.frame.left, column.y, this.width(), table.border))
    column.y += table.border
  }

  private width(): number {
    return this.table.columns.reduce((a, b) => a + b, 0)
  }

  /**
   * Set row `r` (from `cells` when it was split) in `room` points: 'done' when all of it is set,
   * the cursors of its cells when part of it is, 'none' when none of it fits.
   */
  private placeRow(column: Column, r: number, cells: CellCursor[] | null, room: number, force: boolean): 'done' | 'none' | CellCursor[] {
    const { table } = this
    const row = table.rows[r] as RowSpec
    const { padding, border } = table
    const contentRoom = room - border - padding.top - padding.bottom
    const whole = cells === null && this.heights[r] !== undefined && (this.heights[r] ?? 0) <= contentRoom + EPSILON
    if (!whole && row.cantSplit && !force) return 'none'
    const fills = row.cells.map((cell, i) =>
      cell.continued ? null : fillCell(cell, this.textWidth(cell), cells?.[i] ?? START, whole ? Infinity : contentRoom, force),
    )
    const progress = fills.some((fill, i) => fill !== null && (fill.parts.length > 0 || (fill.done && !cells?.[i])))
    if (!whole && !progress) return 'none'
    const height = whole ? (this.heights[r] ?? 0) : Math.max(0, ...fills.map((f) => f?.height ?? 0))
    const top = column.y
    const textTop = top + border + padding.top
    row.cells.forEach((cell, i) => {
      const fill = fills[i]
      if (!fill) return
      const box = cellBox(table, cell)
      const span = cell.rowSpan > 1 ? this.spanHeight(r, cell.rowSpan) : height
      const offset = cell.valign === 'center' && fill.done && whole ? Math.max(0, (span - fill.height) / 2) : 0
      for (const part of fill.parts) {
        const spec = cell.content[part.para]
        if (!spec) continue
        const lines = linesOf(spec, this.textWidth(cell))
        const left = column.frame.left + box.x + padding.left
        emitLines(column.items, spec, lines, part.from, part.to, left, textTop + offset + part.y, this.textWidth(cell))
      }
    })
    const bottom = textTop + height + padding.bottom
    if (border > 0) this.drawGrid(column.items, row, column.frame.left, top, bottom)
    column.y = bottom
    if (fills.every((f) => f === null || f.done)) return 'done'
    return fills.map((f, i) => (f === null ? (cells?.[i] ?? START) : f.end))
  }

  /** The height of a cell merged down `span` rows from row `r`, as the rows are set whole. */
  private spanHeight(r: number, span: number): number {
    const { padding, border } = this.table
    let height = 0
    for (let k = r; k < Math.min(this.table.rows.length, r + span); k++)
      height += (this.heights[k] ?? 0) + (k > r ? padding.top + padding.bottom + border : 0)
    return height
  }

  /** A row's grid lines: above it (but over cells merged from above) and at the left of each cell and the right of the table. */
  private drawGrid(items: PageItem[], row: RowSpec, left: number, top: number, bottom: number): void {
    const { border } = this.table
    for (const cell of row.cells) {
      const box = cellBox(this.table, cell)
      if (!cell.continued) items.push(rule(left + box.x, top, box.width + border, border))
      items.push(rule(left + box.x, top, border, bottom - top + border))
    }
    items.push(rule(left + this.width(), top, border, bottom - top + border))
  }
}

function rule(x: number, y: number, width: number, height: number): PageItem {
  return { kind: 'rule', x, y, width, height }
}
