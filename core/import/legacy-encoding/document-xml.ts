/**
 * A pass over `word/document.xml` before mammoth reads it: the text of each run typed in a legacy
 * encoding is rewritten in Unicode, run by run. mammoth's model keeps only `w:ascii` of a run's
 * own fonts, while the font that matters for bytes above ASCII is `w:hAnsi`, and most old files
 * set it in a style or the document defaults; so the fonts are resolved here, from the run's
 * `w:rFonts`, its character style, its paragraph's style, the default paragraph style and the
 * document defaults, in that order.
 *
 * In a TCVN3 run the letter "ư" is byte 0xAD, which Word and LibreOffice may store as
 * `<w:softHyphen/>`: inside such a run it becomes the letter again.
 */
import { decodeLegacy } from './decode'
import { decideRuns, ConversionTally, type Conversion, type LegacyRun } from './index'

/** Where the fonts of styles come from. */
export interface FontSource {
  /** The font of a style after inheritance; null when it sets none. */
  styleFont: (styleId: string) => string | null
  /** The document defaults' font. */
  defaultFont: string | null
  /** The id of the default paragraph style. */
  defaultParagraphStyle: string | null
}

/** A run's text in the XML: the inside of a `w:t`, or a whole `w:softHyphen` element. */
interface Piece {
  start: number
  end: number
  text: string
  softHyphen: boolean
}

interface RunFrame {
  font: string | null
  style: string | null
  pieces: Piece[]
}

interface ParagraphFrame {
  style: string | null
  runs: RunFrame[]
}

const TAG = /<(\/?)([A-Za-z][\w.-]*:?[\w.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/gu

function attribute(attrs: string, name: string): string | null {
  return new RegExp(`\\b${name}="([^"]*)"`, 'u').exec(attrs)?.[1] ?? null
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[name] ?? whole
  })
}

function escapeXml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;')
}

/** The result: the XML with the legacy runs in Unicode, and how many runs of each encoding changed. */
export interface ConvertedXml {
  xml: string
  conversions: Conversion[]
}

/** Convert the legacy runs of a WordprocessingML part (`word/document.xml`). */
export function convertDocumentXml(xml: string, fonts: FontSource): ConvertedXml {
  const tally = new ConversionTally()
  const edits: { start: number; end: number; text: string }[] = []
  const elements: string[] = []
  const paragraphs: ParagraphFrame[] = []
  const runs: RunFrame[] = []
  let textStart = -1

  const effectiveFont = (run: RunFrame, paragraph: ParagraphFrame): string | null => {
    if (run.font) return run.font
    const fromRunStyle = run.style ? fonts.styleFont(run.style) : null
    if (fromRunStyle) return fromRunStyle
    const paragraphStyle = paragraph.style ?? fonts.defaultParagraphStyle
    return (paragraphStyle ? fonts.styleFont(paragraphStyle) : null) ?? fonts.defaultFont
  }

  const finishParagraph = (paragraph: ParagraphFrame): void => {
    const withText = paragraph.runs.filter((run) => run.pieces.length > 0)
    if (withText.length === 0) return
    const legacyRuns: LegacyRun[] = withText.map((run) => ({
      text: run.pieces.map((p) => p.text).join(''),
      font: effectiveFont(run, paragraph),
    }))
    decideRuns(legacyRuns).forEach((decision, i) => {
      const run = withText[i]
      if (!decision || !run) return
      let changed = false
      for (const piece of run.pieces) {
        const text = decodeLegacy(piece.text, decision.encoding, decision.capitals)
        if (text === piece.text) continue
        changed = true
        edits.push({
          start: piece.start,
          end: piece.end,
          text: piece.softHyphen ? `<w:t xml:space="preserve">${escapeXml(text)}</w:t>` : escapeXml(text),
        })
      }
      if (changed) tally.add(decision.encoding)
    })
  }

  for (const match of xml.matchAll(TAG)) {
    const [whole, closing, name = '', attrs = '', selfClosing] = match
    const at = match.index
    const parent = elements[elements.length - 1]
    const grandparent = elements[elements.length - 2]
    const run = runs[runs.length - 1]
    const paragraph = paragraphs[paragraphs.length - 1]
    if (closing) {
      if (name === 'w:t' && textStart >= 0 && run) {
        run.pieces.push({ start: textStart, end: at, text: unescapeXml(xml.slice(textStart, at)), softHyphen: false })
        textStart = -1
      } else if (name === 'w:r') {
        runs.pop()
      } else if (name === 'w:p' && paragraph) {
        finishParagraph(paragraph)
        paragraphs.pop()
      }
      // Pop to the matching element: tolerates a stray closing tag in a damaged file.
      const open = elements.lastIndexOf(name)
      if (open >= 0) elements.length = open
      continue
    }
    if (name === 'w:p' && !selfClosing) {
      paragraphs.push({ style: null, runs: [] })
    } else if (name === 'w:r' && !selfClosing && paragraph) {
      const frame: RunFrame = { font: null, style: null, pieces: [] }
      paragraph.runs.push(frame)
      runs.push(frame)
    } else if (name === 'w:pStyle' && parent === 'w:pPr' && grandparent === 'w:p' && paragraph) {
      paragraph.style = attribute(attrs, 'w:val')
    } else if (parent === 'w:rPr' && grandparent === 'w:r' && run) {
      if (name === 'w:rStyle') run.style = attribute(attrs, 'w:val')
      if (name === 'w:rFonts') run.font = attribute(attrs, 'w:hAnsi') ?? attribute(attrs, 'w:ascii')
    } else if (parent === 'w:r' && run) {
      if (name === 'w:t' && !selfClosing) textStart = at + whole.length
      if (name === 'w:softHyphen') run.pieces.push({ start: at, end: at + whole.length, text: '\u00AD', softHyphen: true })
    }
    if (!selfClosing) elements.push(name)
  }

  if (edits.length === 0) return { xml, conversions: [] }
  let out = ''
  let last = 0
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    out += xml.slice(last, edit.start) + edit.text
    last = edit.end
  }
  return { xml: out + xml.slice(last), conversions: tally.list() }
}
