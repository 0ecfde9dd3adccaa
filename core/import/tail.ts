/**
 * The end of a report: the signature block (authority, titles, name) and "Nơi nhận" with the
 * archive line and the drafter's initials — as the usual two-column table or as paragraphs —
 * and, after them, the appendices. These go to the header form, not into a section.
 */
import type { AuthorityMark, Signer } from '../model/schema'
import { blockLines, type Line } from './lines'
import type { SourceBlock } from './source'
import { blockText, cleanSpaces, isUpperText, paragraphText } from './text'

/** The signature, "Nơi nhận" and where the body and the appendices end and start. */
export interface RecognisedTail {
  /** Null when no signature block was found. */
  signer: Signer | null
  recipients: string[]
  archive: string
  drafter: string
  copies: number | null
  /** Blocks `[bodyStart, bodyEnd)` are the body. */
  bodyEnd: number
  /** Blocks from here on are appendices ("Phụ lục"); `blocks.length` when there are none. */
  appendixStart: number
}

const RECIPIENTS_LABEL = /^Nơi\s+nhận\s*:?\s*(.*)$/iu
const AUTHORITY = /^(TM\.|T\/M|KT\.|K\/T|TL\.|T\/L|TUQ\.?|Q\.)\s*(\S.*)$/u
const TITLE =
  /^(PHÓ\s+)?(CHỦ\s+TỊCH|BÍ\s+THƯ|TRƯỞNG\s+PHÒNG|CHÁNH\s+VĂN\s+PHÒNG|TRƯỞNG\s+BAN|GIÁM\s+ĐỐC|TRƯỞNG\s+CÔNG\s+AN|CHỈ\s+HUY\s+TRƯỞNG)\b/u
// "PL.(10)" as ND30 writes it, and as offices type it: "PL(10)", "PL.10", "PL (10b)", "PL.(10 bản)".
const DRAFTER = /^([A-ZĐ]{1,8})\.?\s*(?:\((\d{1,5})\s*(?:b|bản)?\)|(\d{1,5})\s*(?:b|bản)?)\.?$/u
const DASH = /^[-–+]\s*(.*)$/u
const NOTE = /^\(.*\)$/u
const HEADING_LABEL = /^(Phần\s|PHẦN\s|[IVXLC]+\s*[.\-–)]\s|\d{1,2}\s*[.\-–)]\s|[a-zđ]\)\s)/u
const APPENDIX_LABEL = /^Phụ\s+lục(\s+(số\s+)?[IVXLC\d]+)?\s*[:.]?$/iu

const MARKS: Readonly<Record<string, AuthorityMark>> = {
  'TM.': 'TM',
  'T/M': 'TM',
  'KT.': 'KT',
  'K/T': 'KT',
  'TL.': 'TL',
  'T/L': 'TL',
  TUQ: 'TUQ',
  'TUQ.': 'TUQ',
  'Q.': 'Q',
}

function linesOf(blocks: readonly SourceBlock[], from: number, to: number): Line[] {
  const out: Line[] = []
  for (let i = from; i < to; i++) out.push(...blockLines(blocks[i] as SourceBlock, i))
  return out
}

function isSignatureLine(text: string): boolean {
  return AUTHORITY.test(text) || TITLE.test(text)
}

/** Could this line belong to a signature block typed as paragraphs? */
function signatureLike(line: Line): boolean {
  const text = line.text
  if (text === '' || NOTE.test(text)) return true
  if (HEADING_LABEL.test(text)) return false
  if (isSignatureLine(text)) return true
  if (isUpperText(text) && text.length <= 60) return true
  // A name: two to six capitalised words, nothing else.
  return /^(\p{Lu}\p{Ll}*\s+){1,5}\p{Lu}\p{Ll}*$/u.test(text)
}

function isRecipientSide(line: Line): boolean {
  return RECIPIENTS_LABEL.test(line.text) || DASH.test(line.text) || DRAFTER.test(line.text)
}

/** Signer from the lines of the signature column, top to bottom. */
export function parseSigner(lines: readonly string[]): Signer | null {
  const texts = lines.map(cleanSpaces).filter((t) => t !== '' && !NOTE.test(t))
  if (!texts.some(isSignatureLine) && !texts.some((t) => isUpperText(t))) return null
  const signer: Signer = { authority: 'none', body: '', headTitle: '', title: '', name: '' }
  let i = 0
  for (; i < texts.length; i++) {
    const match = AUTHORITY.exec(texts[i] ?? '')
    if (!match) break
    const mark = MARKS[match[1] ?? ''] ?? 'none'
    const rest = cleanSpaces(match[2] ?? '')
    if (mark === 'TM') {
      signer.authority = 'TM'
      signer.body = rest
    } else if (mark === 'Q') {
      signer.authority = 'Q'
      signer.title = rest
    } else {
      signer.authority = mark
      signer.headTitle = rest
    }
  }
  if (signer.authority !== 'Q' && i < texts.length && isUpperText(texts[i] ?? '')) {
    signer.title = texts[i] ?? ''
    i++
  }
  const rest = texts.slice(i)
  signer.name = rest.at(-1) ?? ''
  return signer
}

function parseRecipients(lines: readonly string[]): { recipients: string[]; archive: string; drafter: string; copies: number | null } {
  const out = { recipients: [] as string[], archive: '', drafter: '', copies: null as number | null }
  for (const raw of lines) {
    let text = cleanSpaces(raw)
    const label = RECIPIENTS_LABEL.exec(text)
    if (label) text = cleanSpaces(label[1] ?? '')
    if (text === '') continue
    const drafter = DRAFTER.exec(text)
    if (drafter) {
      out.drafter = drafter[1] ?? ''
      out.copies = Number(drafter[2] ?? drafter[3])
      continue
    }
    const item = cleanSpaces((DASH.exec(text)?.[1] ?? text).replace(/[;,.]+$/u, ''))
    const archive = /^Lưu\b\s*:?\s*(.*)$/u.exec(item)
    if (archive) out.archive = cleanSpaces(archive[1] ?? '')
    else if (item !== '') out.recipients.push(item)
  }
  return out
}

function findAppendix(blocks: readonly SourceBlock[], from: number): number {
  for (let i = from; i < blocks.length; i++) {
    const block = blocks[i]
    if (block?.kind !== 'paragraph') continue
    const raw = paragraphText(block)
    if (raw.length > 40 || !/lục/iu.test(raw)) continue
    if (!APPENDIX_LABEL.test(cleanSpaces(raw.replace(/\n/gu, ' ')))) continue
    if (blocks.slice(i + 1, i + 6).some((b) => b.kind === 'table')) return i
  }
  return blocks.length
}

/** Where a signature typed as paragraphs starts, walking back from `end`; -1 when there is none. */
function signatureStart(blocks: readonly SourceBlock[], end: number, floor: number): number {
  let start = end
  let signed = false
  for (let i = end - 1; i >= floor && end - i <= 12; i--) {
    const block = blocks[i]
    if (!block) break
    const lines = blockLines(block, i)
    if (block.kind === 'table') {
      if (lines.some((l) => isSignatureLine(l.text))) {
        start = i
        signed = true
      }
      break
    }
    // Above the authority and title lines of a signature only more of them (or blank lines) belong to it.
    const fits = signed
      ? (l: Line): boolean => l.text === '' || isSignatureLine(l.text)
      : (l: Line): boolean => signatureLike(l) || isRecipientSide(l)
    if (!lines.every(fits)) break
    if (lines.some((l) => isSignatureLine(l.text))) signed = true
    start = i
  }
  return signed ? start : -1
}

/** Recognise the signature, "Nơi nhận" and the start of the appendices in `blocks[bodyStart…]`. */
export function recogniseTail(blocks: readonly SourceBlock[], bodyStart: number): RecognisedTail {
  let label = -1
  for (let i = blocks.length - 1; i >= bodyStart; i--) {
    const block = blocks[i] as SourceBlock
    // A cheap look at the raw text first: most blocks are body paragraphs.
    if (!/nhận/iu.test(blockText(block))) continue
    if (blockLines(block, i).some((l) => RECIPIENTS_LABEL.test(l.text))) {
      label = i
      break
    }
  }
  const appendixStart = findAppendix(blocks, label >= 0 ? label + 1 : bodyStart)
  let start = -1
  if (label >= 0) {
    const before = signatureStart(blocks, label, bodyStart)
    start = before >= 0 ? before : label
  } else {
    start = signatureStart(blocks, appendixStart, bodyStart)
  }
  if (start < 0) return { signer: null, recipients: [], archive: '', drafter: '', copies: null, bodyEnd: appendixStart, appendixStart }

  const lines = linesOf(blocks, start, appendixStart).filter((l) => l.text !== '')
  const inTable = (l: Line): boolean => blocks[l.block]?.kind === 'table'
  // In a table the left column is "Nơi nhận"; in paragraphs the content tells the side.
  const left = lines.filter((l) => (inTable(l) ? l.column === 0 : isRecipientSide(l)))
  const right = lines.filter((l) => !left.includes(l))
  return {
    signer: parseSigner(right.map((l) => l.text)),
    ...parseRecipients(left.map((l) => l.text)),
    bodyEnd: start,
    appendixStart,
  }
}
