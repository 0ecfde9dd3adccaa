/**
 * The intermediate form of an imported Word file: plain blocks read from the `.docx` (by
 * electron/services through mammoth), before any report structure is recognised. Everything in
 * core/import works on this form, so the recognisers can be tested on hand-made blocks.
 */
import { z } from 'zod'
import type { TextMarks } from '../model/lexical'
import type { Conversion } from './legacy-encoding'
import type { NumberLabel } from './numbering'

/** A run of text with the formatting the editor can hold. */
export interface SourceText extends TextMarks {
  kind: 'text'
  text: string
}

/** What a paragraph holds: text, line breaks, tabs. */
export type SourceInline = SourceText | { kind: 'break' } | { kind: 'tab' }

/** Paragraph alignment as Word stores it ("both" is justify). */
export type SourceAlign = 'left' | 'center' | 'right' | 'justify'

/** A paragraph of the Word file. */
export interface SourceParagraph {
  kind: 'paragraph'
  inlines: SourceInline[]
  align: SourceAlign | null
  /**
   * A paragraph of a Word list (automatic numbering or bullets), with the label Word prints for
   * it when the numbering is known ("Phần II", "1.", "a)"; see numbering.ts).
   */
  list: { level: number; ordered: boolean; label?: NumberLabel } | null
  /** 1 for "Heading 1" (or a style with outline level 0), …; null for body text. */
  headingLevel: number | null
  /** Left indent in twips, as Word stores it; null when not set. */
  indent: number | null
}

/** A table cell; merged cells keep their spans. */
export interface SourceCell {
  colSpan: number
  rowSpan: number
  blocks: SourceBlock[]
}

/** A table row. */
export interface SourceRow {
  /** Repeated as a header row on every page (Word's "tblHeader"). */
  header: boolean
  cells: SourceCell[]
}

/** A table, possibly with tables inside its cells. */
export interface SourceTable {
  kind: 'table'
  rows: SourceRow[]
}

/** A block of the body: a paragraph or a table. */
export type SourceBlock = SourceParagraph | SourceTable

/** What an import could not keep as it was, shown to the clerk as a short list. */
export const LostKind = z.enum([
  'image',
  'chart',
  'textBox',
  'comment',
  'trackedChange',
  'footnote',
  'equation',
  'object',
  'nestedTable',
  'hyperlink',
  'headerMissing',
  'docFormatting',
])
export type LostKind = z.infer<typeof LostKind>

/** One kind of lost thing and how many there were. */
export const LostItem = z.object({ kind: LostKind, count: z.number().int().min(1) })
export type LostItem = z.infer<typeof LostItem>

/** A Word file read into blocks, with what the reading already knows it dropped. */
export interface SourceDocument {
  blocks: SourceBlock[]
  lost: LostItem[]
  /** Runs converted from a legacy encoding (TCVN3, VNI, VIQR) to Unicode, by encoding. */
  conversions?: Conversion[] | undefined
}

/** Counts of dropped things by kind; `list()` gives them in a stable order. */
export class LostCounter {
  private readonly counts = new Map<LostKind, number>()

  add(kind: LostKind, count = 1): void {
    if (count <= 0) return
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + count)
  }

  /** Raise a kind to at least `count` (when two readings see the same things). */
  atLeast(kind: LostKind, count: number): void {
    if (count > (this.counts.get(kind) ?? 0)) this.counts.set(kind, count)
  }

  addAll(items: readonly LostItem[]): void {
    for (const item of items) this.add(item.kind, item.count)
  }

  list(): LostItem[] {
    return LostKind.options.flatMap((kind) => {
      const count = this.counts.get(kind)
      return count ? [{ kind, count }] : []
    })
  }
}

/** A plain paragraph of text, for tests and for text made up by the importer. */
export function textParagraph(
  text: string,
  options: Partial<Omit<SourceParagraph, 'kind' | 'inlines'>> & { bold?: boolean } = {},
): SourceParagraph {
  const { bold = false, ...rest } = options
  return {
    kind: 'paragraph',
    inlines: text === '' ? [] : [{ kind: 'text', text, bold, italic: false, underline: false, strike: false, sub: false, sup: false }],
    align: null,
    list: null,
    headingLevel: null,
    indent: null,
    ...rest,
  }
}
