/**
 * An RTF file (often saved with a .doc name by old programs) → {@link SourceDocument}: paragraphs,
 * bold/italic/underline/strike/capitals/super/subscript, alignment, outline levels, tables
 * (\intbl … \cell … \row) and fonts, so that runs typed in TCVN3 or VNI fonts become Unicode.
 * Headers, footers, footnotes, pictures, objects, style sheets and field codes are skipped
 * (a field's result is kept). A file nested deeper than {@link MAX_DEPTH} groups is refused.
 */
import { BlockBuilder, PLAIN_PARAGRAPH, PLAIN_RUN, type ParagraphFormat, type RunFormat } from './block-builder'
import type { SourceAlign, SourceDocument } from './source'

/** Thrown for a file that is not RTF or is damaged beyond reading. */
export class RtfError extends Error {
  constructor(detail: string) {
    super(detail)
    this.name = 'RtfError'
  }
}

const MAX_DEPTH = 1000

// Destinations whose text is not body text.
const SKIPPED = new Set([
  'colortbl',
  'stylesheet',
  'info',
  'pict',
  'header',
  'headerl',
  'headerr',
  'headerf',
  'footer',
  'footerl',
  'footerr',
  'footerf',
  'footnote',
  'annotation',
  'object',
  'fldinst',
  'listtable',
  'listoverridetable',
  'revtbl',
  'rsidtbl',
  'generator',
  'xmlnstbl',
  'themedata',
  'colorschememapping',
  'latentstyles',
  'datastore',
  'nesttableprops',
  'shp',
  'bkmkstart',
  'bkmkend',
])

const ALIGN: Readonly<Record<string, SourceAlign>> = { ql: 'left', qc: 'center', qr: 'right', qj: 'justify', qd: 'justify' }

interface Group {
  run: RunFormat
  fontIndex: number | null
  skip: boolean
  fontTable: boolean
  uc: number
}

/** Read an RTF document given as text (each byte one character, as "latin1" decodes it). */
export function readRtf(source: string): SourceDocument {
  if (!source.trimStart().startsWith('{\\rtf')) throw new RtfError('not RTF')
  const body = new BlockBuilder()
  const fonts = new Map<number, string>()
  let decoder = new TextDecoder('windows-1252')
  let paragraph: ParagraphFormat = { ...PLAIN_PARAGRAPH }
  let group: Group = { run: { ...PLAIN_RUN }, fontIndex: null, skip: false, fontTable: false, uc: 1 }
  const stack: Group[] = []
  let fontName = ''
  let fontNumber: number | null = null
  let pendingSkip = 0

  const emit = (text: string): void => {
    if (group.skip || text === '') return
    if (group.fontTable) fontName += text
    else body.text(text, group.run)
  }

  const endFontName = (): void => {
    const name = fontName.replace(/;.*$/su, '').trim()
    if (fontNumber !== null && name !== '') fonts.set(fontNumber, name)
    fontName = ''
  }

  const control = (word: string, param: number | null): void => {
    const on = param === null || param !== 0
    const run = group.run
    switch (word) {
      case 'ansicpg':
        if (param === 1258) decoder = new TextDecoder('windows-1258')
        return
      case 'par':
      case 'sect':
        if (!group.skip) body.paragraph(paragraph, 'paragraph')
        return
      case 'line':
        if (!group.skip) body.inline('break')
        return
      case 'tab':
        if (!group.skip) body.inline('tab')
        return
      case 'cell':
        if (!group.skip) body.paragraph({ ...paragraph, depth: Math.max(1, paragraph.depth) }, 'cell')
        return
      case 'nestcell':
        if (!group.skip) body.paragraph({ ...paragraph, depth: 2 }, 'cell')
        return
      case 'row':
        if (!group.skip) body.paragraph({ ...paragraph, depth: 1 }, 'row')
        return
      case 'nestrow':
        body.lost.add('nestedTable')
        return
      case 'intbl':
        paragraph.depth = Math.max(1, paragraph.depth)
        return
      case 'pard':
        paragraph = { ...PLAIN_PARAGRAPH }
        return
      case 'outlinelevel':
        paragraph.headingLevel = param !== null && param >= 0 && param < 9 ? param + 1 : null
        return
      case 'ls':
        paragraph.list = { level: paragraph.list?.level ?? 0, ordered: false }
        return
      case 'ilvl':
        paragraph.list = { level: Math.max(0, Math.min(8, param ?? 0)), ordered: false }
        return
      case 'plain':
        group.run = { ...PLAIN_RUN, font: run.font }
        return
      case 'b':
        group.run = { ...run, bold: on }
        return
      case 'i':
        group.run = { ...run, italic: on }
        return
      case 'ul':
      case 'uld':
      case 'uldb':
      case 'ulw':
        group.run = { ...run, underline: on }
        return
      case 'ulnone':
        group.run = { ...run, underline: false }
        return
      case 'strike':
        group.run = { ...run, strike: on }
        return
      case 'caps':
        group.run = { ...run, caps: on }
        return
      case 'super':
        group.run = { ...run, sup: on, sub: false }
        return
      case 'sub':
        group.run = { ...run, sub: on, sup: false }
        return
      case 'nosupersub':
        group.run = { ...run, sub: false, sup: false }
        return
      case 'f':
        if (group.fontTable) {
          endFontName()
          fontNumber = param
        } else {
          group.fontIndex = param
          group.run = { ...run, font: param === null ? null : (fonts.get(param) ?? null) }
        }
        return
      case 'fonttbl':
        group.fontTable = true
        return
      case 'uc':
        group.uc = Math.max(0, param ?? 1)
        return
      case 'u':
        if (param !== null) emit(String.fromCharCode(param < 0 ? param + 65536 : param))
        pendingSkip = group.uc
        return
      default:
        if (ALIGN[word]) paragraph.align = ALIGN[word] ?? null
        else if (SKIPPED.has(word)) group.skip = true
        else if (word === 'pict' || word === 'object') body.lost.add('image')
    }
  }

  let i = source.indexOf('{')
  while (i < source.length) {
    const c = source.charAt(i)
    if (c === '{') {
      if (stack.length >= MAX_DEPTH) throw new RtfError('nesting')
      stack.push(group)
      group = { ...group }
      i++
      continue
    }
    if (c === '}') {
      if (group.fontTable && !group.skip) endFontName()
      group = stack.pop() ?? group
      i++
      continue
    }
    if (c === '\r' || c === '\n') {
      i++
      continue
    }
    if (c !== '\\') {
      let end = i
      while (end < source.length && !'\\{}\r\n'.includes(source.charAt(end))) end++
      let text = source.slice(i, end)
      if (pendingSkip > 0) {
        const dropped = Math.min(pendingSkip, text.length)
        text = text.slice(dropped)
        pendingSkip -= dropped
      }
      emit(decoder.decode(Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff)))
      i = end
      continue
    }
    const next = source.charAt(i + 1)
    if (next === "'") {
      const byte = Number.parseInt(source.slice(i + 2, i + 4), 16)
      i += 4
      if (pendingSkip > 0) pendingSkip--
      else if (Number.isFinite(byte)) emit(decoder.decode(Uint8Array.of(byte)))
      continue
    }
    if (/[a-z]/iu.test(next)) {
      const match = /^\\([a-z]{1,32})(-?\d{1,10})? ?/iu.exec(source.slice(i, i + 48))
      if (!match) throw new RtfError('control word')
      i += match[0].length
      const word = match[1] ?? ''
      control(word, match[2] === undefined ? null : Number.parseInt(match[2], 10))
      continue
    }
    i += 2
    if (next === '*') group.skip = true
    else if (next === '~') emit('\u00A0')
    else if (next === '-') emit('\u00AD')
    else if (next === '_') emit('\u2011')
    else if (next === '\\' || next === '{' || next === '}') emit(next)
    else if (next === '\r' || next === '\n') control('par', null)
  }
  const blocks = body.finish()
  return { blocks, lost: body.lost.list(), conversions: body.tally.list() }
}
