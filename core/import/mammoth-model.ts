/**
 * mammoth's document model (what its `transformDocument` option receives) → {@link SourceDocument}.
 *
 * mammoth calls that model unstable, so it is read here as unknown data, field by field, and
 * anything unexpected is skipped rather than trusted. Formatting that comes from styles (bold
 * headings, all-caps styles) is filled in from `word/styles.xml` through {@link StyleTable}.
 */
import { upperVi } from '../format/text'
import {
  LostCounter,
  type SourceAlign,
  type SourceBlock,
  type SourceCell,
  type SourceInline,
  type SourceParagraph,
  type SourceRow,
  type SourceTable,
  type SourceText,
} from './source'
import { StyleTable } from './styles'
import { takeLabel, type NumberLabel } from './numbering'
import { NO_MARKS, type TextMarks } from '../model/lexical'

type Obj = Record<string, unknown>

/** The marks of a run, plus all capitals (a style's, which the text takes on). */
interface Format extends TextMarks {
  caps: boolean
}

const PLAIN: Format = { ...NO_MARKS, caps: false }

// Deeper nesting than this is junk or an attack; its text is dropped.
const MAX_NESTING = 64

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function kids(node: Obj): Obj[] {
  return Array.isArray(node.children) ? node.children.filter(isObj) : []
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

function int(value: unknown, fallback: number): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseInt(value, 10) : NaN
  return Number.isFinite(n) ? Math.trunc(n) : fallback
}

function alignOf(value: unknown): SourceAlign | null {
  switch (value) {
    case 'center':
      return 'center'
    case 'right':
    case 'end':
      return 'right'
    case 'both':
    case 'distribute':
    case 'justify':
      return 'justify'
    case 'left':
    case 'start':
      return 'left'
    default:
      return null
  }
}

const TOC_STYLE = /^(?:toc|contents)\s*(?:\d|heading)|^mục lục\s*\d/iu
const HEADING_NAME = /^(?:heading|tiêu đề|titre|überschrift)\s*([1-9])$/iu

class ModelReader {
  readonly lost = new LostCounter()
  private textBoxes = 0

  constructor(private readonly styles: StyleTable) {}

  get textBoxCount(): number {
    return this.textBoxes
  }

  blocks(nodes: readonly Obj[], depth: number): SourceBlock[] {
    if (depth > MAX_NESTING) return []
    const out: SourceBlock[] = []
    for (const node of nodes) {
      switch (node.type) {
        case 'paragraph':
          out.push(...this.paragraph(node, depth))
          break
        case 'table':
          out.push(this.table(node, depth))
          break
        default:
          // Unknown containers (future model changes) still hold the clerk's text.
          out.push(...this.blocks(kids(node), depth + 1))
      }
    }
    return out
  }

  /** A paragraph, followed by the paragraphs of any text box anchored in it. */
  private paragraph(node: Obj, depth: number): SourceBlock[] {
    const style = this.styles.resolve(str(node.styleId))
    const name = str(node.styleName) ?? style.name
    // A table of contents repeats the headings with page numbers; the export has none.
    if (TOC_STYLE.test(name.trim()) || TOC_STYLE.test(str(node.styleId) ?? '')) return []
    const fromName = HEADING_NAME.exec(name.trim())?.[1]
    const headingLevel = fromName ? Number(fromName) : style.outlineLevel !== null ? style.outlineLevel + 1 : null
    const base: Format = { ...PLAIN, bold: style.bold, caps: style.caps }
    const floating: SourceBlock[] = []
    const inlines = this.inlines(kids(node), base, floating, depth + 1)
    const numbering = isObj(node.numbering) ? node.numbering : null
    const indent = isObj(node.indent) ? int(node.indent.start, NaN) : NaN
    const label = takeLeadingLabel(inlines)
    const level = Math.max(0, Math.min(8, int(numbering?.level, 0)))
    const paragraph: SourceParagraph = {
      kind: 'paragraph',
      inlines,
      align: alignOf(node.alignment) ?? style.align,
      list: numbering || label ? { level, ordered: numbering?.isOrdered !== false, ...(label ? { label } : {}) } : null,
      headingLevel,
      indent: Number.isFinite(indent) ? indent : null,
    }
    return [paragraph, ...floating]
  }

  private inlines(nodes: readonly Obj[], format: Format, floating: SourceBlock[], depth: number): SourceInline[] {
    if (depth > MAX_NESTING) return []
    const out: SourceInline[] = []
    for (const node of nodes) {
      switch (node.type) {
        case 'run':
          out.push(...this.run(node, format, floating, depth))
          break
        case 'hyperlink':
          if (str(node.href)) this.lost.add('hyperlink')
          out.push(...this.inlines(kids(node), format, floating, depth + 1))
          break
        case 'bookmarkStart':
          break
        default:
          out.push(...this.runChild(node, format, floating, depth))
      }
    }
    return out
  }

  private run(node: Obj, outer: Format, floating: SourceBlock[], depth: number): SourceInline[] {
    const style = this.styles.resolve(str(node.styleId))
    const align = str(node.verticalAlignment)
    const format: Format = {
      bold: outer.bold || node.isBold === true || style.bold,
      italic: outer.italic || node.isItalic === true,
      underline: outer.underline || node.isUnderline === true,
      strike: outer.strike || node.isStrikethrough === true,
      sub: align === 'subscript',
      sup: align === 'superscript',
      caps: outer.caps || node.isAllCaps === true || style.caps,
    }
    const out: SourceInline[] = []
    let boxed = false
    for (const child of kids(node)) {
      if (child.type === 'paragraph' || child.type === 'table') {
        // A text box: mammoth puts its paragraphs inside the run that anchors it.
        if (!boxed) this.textBoxes++
        boxed = true
        floating.push(...this.blocks([child], depth + 1))
        continue
      }
      out.push(...this.runChild(child, format, floating, depth + 1))
    }
    return out
  }

  private runChild(node: Obj, format: Format, floating: SourceBlock[], depth: number): SourceInline[] {
    switch (node.type) {
      case 'text': {
        const value = str(node.value) ?? ''
        return value === '' ? [] : [textInline(format.caps ? upperVi(value) : value, format)]
      }
      case 'tab':
        return [{ kind: 'tab' }]
      case 'break':
        return node.breakType === 'line' ? [{ kind: 'break' }] : []
      case 'checkbox':
        return [textInline(node.checked === true ? '☒' : '☐', format)]
      case 'image':
        this.lost.add('image')
        return []
      case 'noteReference':
        this.lost.add('footnote')
        return []
      case 'commentReference':
        return []
      case 'run':
        return this.run(node, format, floating, depth + 1)
      default:
        return this.inlines(kids(node), format, floating, depth + 1)
    }
  }

  private table(node: Obj, depth: number): SourceTable {
    const rows: SourceRow[] = kids(node)
      .filter((row) => row.type === 'tableRow')
      .map((row) => ({
        header: row.isHeader === true,
        cells: kids(row)
          .filter((cell) => cell.type === 'tableCell')
          .map((cell): SourceCell => ({
            colSpan: Math.max(1, Math.min(64, int(cell.colSpan, 1))),
            rowSpan: Math.max(1, Math.min(1000, int(cell.rowSpan, 1))),
            blocks: this.blocks(kids(cell), depth + 1),
          })),
      }))
      .filter((row) => row.cells.length > 0)
    return { kind: 'table', rows }
  }
}

/** The automatic label put before the paragraph's text (numbering.ts), taken out of its first run. */
function takeLeadingLabel(inlines: SourceInline[]): NumberLabel | null {
  const first = inlines[0]
  if (first?.kind !== 'text') return null
  const taken = takeLabel(first.text)
  if (!taken) return null
  if (taken.rest === '') inlines.shift()
  else inlines[0] = { ...first, text: taken.rest }
  return taken.label
}

function textInline(text: string, format: Format): SourceText {
  const { caps: _caps, ...marks } = format
  return { kind: 'text', text: text.normalize('NFC'), ...marks }
}

/** What the model reader found, before raw-XML counts are merged in. */
export interface ModelReading {
  blocks: SourceBlock[]
  lost: LostCounter
  /** Text boxes whose text was kept as paragraphs. */
  textBoxes: number
}

/**
 * Read mammoth's document model. `document` is whatever mammoth passed to `transformDocument`;
 * a value that is not a document gives no blocks.
 */
export function readMammothDocument(document: unknown, styles: StyleTable = new StyleTable()): ModelReading {
  const reader = new ModelReader(styles)
  if (!isObj(document)) return { blocks: [], lost: reader.lost, textBoxes: 0 }
  const blocks = reader.blocks(kids(document), 0)
  if (Array.isArray(document.comments)) reader.lost.add('comment', document.comments.length)
  return { blocks, lost: reader.lost, textBoxes: reader.textBoxCount }
}
