/**
 * Splits a text into the words the proofreader reads, leaving alone what is not prose: web
 * addresses, e-mail addresses, document codes ("05-CT/TW", "30/2020/NĐ-CP", "BC-UBND"), dates
 * ("19/10/2018"), file names and over-long runs.
 */

/** A run of letters, with its place in the text. */
export interface Word {
  start: number
  end: number
  text: string
  /** Index of the whitespace-separated chunk the word belongs to. */
  chunk: number
}

/** A whitespace-separated run of the text and whether it is prose. */
export interface Chunk {
  start: number
  end: number
  text: string
  /** True for a URL, e-mail, code, date, file name or over-long run: no word inside is checked. */
  skip: boolean
  /** True for a web or e-mail address, where brackets and quotes belong to the address. */
  address: boolean
}

export interface Scan {
  text: string
  chunks: Chunk[]
  words: Word[]
}

const URL_START = /^[("“‘']*(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/iu
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/u
/** Letters and digits joined by "/", "-", "." or "_" into one token. */
const JOINED = /^[\p{L}\p{N}]+(?:[-/._][\p{L}\p{N}]+)+/u
const ASCII_DOTTED = /^[a-z0-9_-]+(?:\.[a-z0-9_-]+)+$/iu
const HAS_DIGIT = /\p{N}/u
const LOWER = /\p{Ll}/u
const MAX_CHUNK = 60

const isAddress = (chunk: string): boolean => URL_START.test(chunk) || (chunk.includes('@') && EMAIL.test(chunk))

function skipChunk(chunk: string): boolean {
  if (chunk.length > MAX_CHUNK || isAddress(chunk)) return true
  const core = chunk.replace(/^[("“‘'[]+|[)"”’'\].,;:!?…]+$/gu, '')
  const joined = JOINED.exec(core)
  if (joined !== null && joined[0].length === core.length) {
    // "05-CT/TW", "19/10/2018", "BC-UBND", "TP.HCM", "baocao.docx" — but not "quả.Công" (a missing space).
    if (HAS_DIGIT.test(core) || core.includes('/') || !LOWER.test(core) || ASCII_DOTTED.test(core)) return true
  }
  return false
}

const SPACE = /\s/u
const WORD_CHAR = /[\p{L}\p{M}]/u
const OTHER = 1
const BLANK = 2
const LETTER = 3
/** Kind of each UTF-16 code unit, worked out once (0 = not yet). */
const kinds = new Uint8Array(65536)

function kindOf(code: number): number {
  let kind = kinds[code] ?? 0
  if (kind === 0) {
    const ch = String.fromCharCode(code)
    kind = SPACE.test(ch) ? BLANK : WORD_CHAR.test(ch) ? LETTER : OTHER
    kinds[code] = kind
  }
  return kind
}

/** Chunks and words of `text`. Never throws. */
export function scan(text: string): Scan {
  const chunks: Chunk[] = []
  const words: Word[] = []
  const length = text.length
  let i = 0
  while (i < length) {
    while (i < length && kindOf(text.charCodeAt(i)) === BLANK) i += 1
    if (i >= length) break
    const start = i
    let special = false
    for (let code = text.charCodeAt(i); i < length && kindOf(code) !== BLANK; code = text.charCodeAt(++i)) {
      // Digits and / @ : . _ - are what codes, dates and addresses are made of.
      if ((code >= 45 && code <= 58) || code === 64 || code === 95) special = true
    }
    const chunkText = text.slice(start, i)
    const skip = special ? skipChunk(chunkText) : chunkText.length > MAX_CHUNK
    const index = chunks.length
    chunks.push({ start, end: i, text: chunkText, skip, address: skip && isAddress(chunkText) })
    if (skip) continue
    let w = start
    while (w < i) {
      while (w < i && kindOf(text.charCodeAt(w)) !== LETTER) w += 1
      const from = w
      while (w < i && kindOf(text.charCodeAt(w)) === LETTER) w += 1
      if (w > from) words.push({ start: from, end: w, text: text.slice(from, w), chunk: index })
    }
  }
  return { text, chunks, words }
}

/** The character before `at` that is not a space, or '' at the start of the text. */
export function previousVisible(text: string, at: number): string {
  for (let i = at - 1; i >= 0; i -= 1) {
    const ch = text[i] ?? ''
    if (ch !== ' ' && ch !== '\t' && ch !== '\u00a0') return ch
  }
  return ''
}

/** True when a word at `at` starts a sentence, a line, a bracket or a quotation. */
export function startsSentence(text: string, at: number): boolean {
  const before = previousVisible(text, at)
  return before === '' || '.!?:;\n(“"‘\'-–—…•+*'.includes(before)
}

/** True when words `a` and `b` (indices, a < b) are consecutive words with only spaces between. */
export function adjacent(s: Scan, a: number, b: number): boolean {
  const wa = s.words[a]
  const wb = s.words[b]
  if (wa === undefined || wb === undefined || wa.chunk + 1 !== wb.chunk) return false
  if (wa.end !== s.chunks[wa.chunk]?.end || wb.start !== s.chunks[wb.chunk]?.start) return false
  for (let i = wa.end; i < wb.start; i += 1) {
    const ch = s.text[i]
    if (ch !== ' ' && ch !== '\u00a0') return false
  }
  return true
}
