/**
 * The page layout's data: what is set (paragraphs and tables with their formats, in points), and
 * what comes out (pages of positioned lines and rules). Lengths are in points, from the top left
 * corner of the page.
 */
import type { ParagraphFormat } from '../layout'
import type { TextMarks } from '../model/lexical'

/** How a run of text looks: its size in points and the editor's marks. */
export interface TextLook extends TextMarks {
  size: number
}

/** A run of text of one look; "\n" is a line break, "\t" a tab. */
export interface Span extends TextLook {
  text: string
}

/** A paragraph to set. */
export interface ParaSpec extends Omit<ParagraphFormat, 'outlineLevel'> {
  kind: 'para'
  spans: Span[]
  /** The paragraph's own text size: the height of an empty line. */
  size: number
}

export interface CellSpec {
  /** The first grid column the cell covers, and how many. */
  column: number
  span: number
  /** Part of a cell merged down from the row above: no content, no border between them. */
  continued: boolean
  /** Rows a cell merged down covers, counting its own. */
  rowSpan: number
  valign: 'top' | 'center'
  /** A table inside a cell (which the editor does not make) is set as its paragraphs. */
  content: ParaSpec[]
}

export interface RowSpec {
  cells: CellSpec[]
  cantSplit: boolean
}

export interface TableSpec {
  kind: 'table'
  /** Column widths. */
  columns: number[]
  rows: RowSpec[]
  /** Rows at the top repeated on every page the table runs onto. */
  headerRows: number
  /** Thickness of the grid lines; 0 for a table without borders (page layout). */
  border: number
  padding: { top: number; bottom: number; left: number; right: number }
}

export type FlowBlock = ParaSpec | TableSpec

/** A run of pages with one orientation; it starts on a new page and numbers its pages from 1. */
export interface SectionSpec {
  landscape: boolean
  blocks: FlowBlock[]
}

/** Page size and margins of the document, in points. */
export interface PageGeometry {
  width: number
  height: number
  margins: { top: number; bottom: number; left: number; right: number }
  /** Distance of the page number from the top edge. */
  headerDistance: number
  /** How the page number is printed. */
  pageNumber: TextLook
}

// ---- output --------------------------------------------------------------------------------------

/** A run of text on a line. */
export interface Run extends TextLook {
  text: string
}

/** One line of text: its box, the extra space given to each space to justify it, its runs. */
export interface TextItem {
  kind: 'text'
  x: number
  y: number
  /** The width the line is set in (its natural width plus what justification adds). */
  width: number
  height: number
  /** Points added to each space of a justified line. */
  wordSpacing: number
  runs: Run[]
}

/** A filled rectangle: a rule under the issuer or the trích yếu, a table's grid line. */
export interface RuleItem {
  kind: 'rule'
  x: number
  y: number
  width: number
  height: number
}

export type PageItem = TextItem | RuleItem

export interface Page {
  /** 0-based position in the document. */
  index: number
  width: number
  height: number
  landscape: boolean
  /** The number printed at the top of the page, or null (the first page of each section). */
  number: number | null
  items: PageItem[]
}
