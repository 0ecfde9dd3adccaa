/**
 * A Word 97–2003 document (.doc) → {@link SourceDocument}: the body text read through the piece
 * table, with each character's direct formatting (bold, italic, underline, strike, capitals,
 * super/subscript, font) from the CHPX pages and each paragraph's (alignment, table, heading
 * style, list) from the PAPX pages. Fields show their result; deleted text of tracked changes is
 * left out; runs typed in TCVN3 or VNI fonts become Unicode, as for a .docx.
 *
 * What is not read — formatting that comes only from styles, the numbers of automatic lists and
 * headings, merged cells, pictures, footnotes — is listed in the result for the clerk.
 */
import { BlockBuilder, PLAIN_PARAGRAPH, PLAIN_RUN, type ParagraphFormat, type RunFormat } from '../block-builder'
import type { SourceAlign, SourceDocument } from '../source'
import { eachSprm, readChpx, readFib, readFonts, readPapx, readPieces, readText, Word97Error, type FkpRun } from './structures'

export { Word97Error } from './structures'

/** The streams of the compound file that hold the document. */
export interface Word97Streams {
  wordDocument: Uint8Array
  /** The table stream by name ("0Table" or "1Table"); null when absent. */
  table: (name: '0Table' | '1Table') => Uint8Array | null
}

/** A character's formatting; `fontIndex` into the font table, resolved to `font` once read. */
interface CharProps extends RunFormat {
  fontIndex: number | null
  deleted: boolean
  special: boolean
}

interface ParaProps extends ParagraphFormat {
  rowEnd: boolean
}

const PLAIN_CHAR: CharProps = { ...PLAIN_RUN, fontIndex: null, deleted: false, special: false }
const PLAIN_PARA: ParaProps = { ...PLAIN_PARAGRAPH, rowEnd: false }

// A toggle's operand: 0 off, 1 on, 0x80 as the style says, 0x81 the opposite (styles are not read).
const toggle = (value: number): boolean => value === 1 || value === 0x81

function charProps(grpprl: Uint8Array, fonts: readonly string[]): CharProps {
  const props = { ...PLAIN_CHAR }
  eachSprm(grpprl, (sprm, op) => {
    const byte = op.getUint8(0)
    switch (sprm) {
      case 0x0835:
        props.bold = toggle(byte)
        break
      case 0x0836:
        props.italic = toggle(byte)
        break
      case 0x0837:
      case 0x2a53:
        props.strike = toggle(byte)
        break
      case 0x083b:
        props.caps = toggle(byte)
        break
      case 0x2a3e:
        props.underline = byte !== 0
        break
      case 0x2a48:
        props.sup = byte === 1
        props.sub = byte === 2
        break
      case 0x0800:
        props.deleted = toggle(byte)
        break
      case 0x0855:
        props.special = toggle(byte)
        break
      case 0x4a51: // the font of characters above ASCII
        props.fontIndex = op.getUint16(0, true)
        break
      case 0x4a4f:
        props.fontIndex ??= op.getUint16(0, true)
        break
    }
  })
  props.font = props.fontIndex === null ? null : (fonts[props.fontIndex] ?? null)
  return props
}

const JUSTIFICATION: Readonly<Record<number, SourceAlign>> = {
  0: 'left',
  1: 'center',
  2: 'right',
  3: 'justify',
  4: 'justify',
  5: 'justify',
}

function paraProps(run: FkpRun & { istd: number }): ParaProps {
  const props: ParaProps = { ...PLAIN_PARA }
  let inTable = false
  let outline: number | null = null
  let ilfo = 0
  let ilvl = 0
  eachSprm(run.grpprl, (sprm, op) => {
    switch (sprm) {
      case 0x2416:
        inTable = op.getUint8(0) !== 0
        break
      case 0x2417:
        props.rowEnd = op.getUint8(0) !== 0
        break
      case 0x244c: // end of a row of a table inside a table
        if (op.getUint8(0) !== 0) props.rowEnd = true
        break
      case 0x6649:
        props.depth = op.getInt32(0, true)
        break
      case 0x2403:
      case 0x2461:
        props.align = JUSTIFICATION[op.getUint8(0)] ?? null
        break
      case 0x2640: {
        const level = op.getUint8(0)
        outline = level < 9 ? level : null
        break
      }
      case 0x460b:
        ilfo = op.getInt16(0, true)
        break
      case 0x260a:
        ilvl = op.getUint8(0)
        break
    }
  })
  if (!inTable) props.depth = 0
  else if (props.depth === 0) props.depth = 1
  // Built-in heading styles are 1–9 in a Word 97 style sheet; automatic list numbers are not read.
  props.headingLevel = outline !== null ? outline + 1 : run.istd >= 1 && run.istd <= 9 ? run.istd : null
  if (ilfo > 0) props.list = { level: Math.min(8, ilvl), ordered: false }
  return props
}

/** Finds the run that holds a stream offset; runs are looked up in mostly increasing order. */
class RunIndex<T extends FkpRun> {
  private last = 0
  constructor(private readonly runs: readonly T[]) {}

  find(fc: number): T | null {
    const hint = this.runs[this.last]
    if (hint && fc >= hint.fcStart && fc < hint.fcEnd) return hint
    let lo = 0
    let hi = this.runs.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const run = this.runs[mid]
      if (!run) break
      if (fc < run.fcStart) hi = mid - 1
      else if (fc >= run.fcEnd) lo = mid + 1
      else {
        this.last = mid
        return run
      }
    }
    return null
  }
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/** Read a Word 97–2003 document; throws {@link Word97Error}. */
export function readWord97(streams: Word97Streams): SourceDocument {
  const doc = view(streams.wordDocument)
  const fib = readFib(doc)
  const tableBytes = streams.table(fib.tableStream)
  if (!tableBytes) throw new Word97Error('corrupt', 'no table stream')
  const table = view(tableBytes)
  const pieces = readPieces(table, fib.clx)
  const { text, fcs } = readText(doc, pieces, fib.ccpText)
  const fonts = readFonts(table, fib.sttbfFfn)
  const chars = new RunIndex(readChpx(doc, table, fib.plcfBteChpx).map((r) => ({ ...r, props: charProps(r.grpprl, fonts) })))
  const paras = new RunIndex(readPapx(doc, table, fib.plcfBtePapx))
  const body = new BlockBuilder()
  const paraAt = (i: number): ParaProps => {
    const run = paras.find(fcs[i] ?? 0)
    return run ? paraProps(run) : PLAIN_PARA
  }

  // Fields: the code (between 0x13 and 0x14) is skipped, the result (up to 0x15) kept.
  const fields: ('code' | 'result')[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i)
    const props = chars.find(fcs[i] ?? 0)?.props ?? PLAIN_CHAR
    if (c === '\x13') fields.push('code')
    else if (c === '\x14') fields[fields.length - 1] = 'result'
    else if (c === '\x15') fields.pop()
    if (c === '\x13' || c === '\x14' || c === '\x15' || fields.includes('code') || props.deleted) continue
    switch (c) {
      case '\r':
        body.paragraph(paraAt(i), 'paragraph')
        break
      case '\x07': {
        const para = paraAt(i)
        body.paragraph(para, para.rowEnd ? 'row' : 'cell')
        break
      }
      case '\x0C':
        body.paragraph(paraAt(i), 'paragraph')
        break
      case '\x0B':
        body.inline('break')
        break
      case '\t':
        body.inline('tab')
        break
      case '\x01':
      case '\x08':
        if (props.special) body.lost.add('image')
        break
      case '\x02':
        if (props.special) body.lost.add('footnote')
        break
      case '\x05':
        if (props.special) body.lost.add('comment')
        break
      case '\x1E':
        body.text('-', props)
        break
      case '\x1F':
        body.text('\u00AD', props)
        break
      default:
        if (c >= ' ') body.text(c, props)
    }
  }
  const blocks = body.finish()
  body.lost.add('docFormatting')
  return { blocks, lost: body.lost.list(), conversions: body.tally.list() }
}
