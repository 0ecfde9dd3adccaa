/**
 * Finding blanks a clerk forgot to fill: "Nghị quyết số …/NQ-HĐND", "ngày … tháng … năm",
 * "[…]", "[số]", "[TÊN PHƯỜNG]", "XX", "xx/xx", "……" and "____" fill lines.
 *
 * An ellipsis is also ordinary Vietnamese punctuation for "and so on" ("văn hóa, thể thao..."),
 * and "XX" is also a Roman numeral ("thế kỷ XX"). Since a blank blocks a final export, the rules
 * below lean towards leaving prose alone; each is spelled out on {@link findPlaceholder}.
 */

/** Where a blank was found, with a short excerpt to show the clerk. */
export interface PlaceholderHit {
  index: number
  excerpt: string
}

/**
 * `'prose'` for section content; `'field'` for header and signature fields, which are names and
 * numbers where an ellipsis is never punctuation.
 */
export type PlaceholderMode = 'prose' | 'field'

const EXCERPT_LENGTH = 40
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const CLOSING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '"', '”', '’', "'"])
// Words after which "XX"/"XXX" is a Roman numeral rather than a blank.
const ROMAN_CONTEXT = /(?:thế kỷ|thế kỉ|khóa|khoá|lần thứ|thứ|đại hội|kỳ họp|phần|chương|mục|tập|quyển)\s*$/iu

// Reports cite with parentheses, so square brackets are the templates' way of marking what to
// fill in ("[số]", "[TÊN PHƯỜNG]"); only numeric references such as "[1]" are left alone.
const BRACKETED = /\[[^[\]\n]{0,40}\]/gu
const REFERENCE = /^\[[\d\s,;–-]+\]$/u
const UNDERSCORES = /_{3,}/gu
const ELLIPSIS = /(?:…|\.{2,})[….]*/gu
const X_TOKEN = /(?<![\p{L}\p{N}])\d*[xX]{2,}\d*(?![\p{L}\p{N}])/gu

/** Where a blank lies in a text: from `start` up to (not including) `end`. */
export interface BlankSpan {
  start: number
  end: number
}

/**
 * The blanks in square brackets ("[số]", "[tên đơn vị]", "[...]") of a text, as the checks find
 * them (a numeric reference such as "[1]" is not one). The editor selects these whole, goes from
 * one to the next and counts them; offsets are those of `text` as given (not normalized).
 */
export function bracketBlanks(text: string): BlankSpan[] {
  const out: BlankSpan[] = []
  if (!text.includes('[')) return out
  for (const m of text.matchAll(BRACKETED)) {
    if (!REFERENCE.test(m[0])) out.push({ start: m.index, end: m.index + m[0].length })
  }
  return out
}

/**
 * The blank that a caret (`from` = `to`, strictly inside) or a selection (anywhere inside) of a
 * text lies in, unless it is the whole blank already: what a click or a double-click selects.
 */
export function blankAround(text: string, from: number, to: number): BlankSpan | null {
  for (const span of bracketBlanks(text)) {
    const inside = from === to ? span.start < from && from < span.end : span.start <= from && to <= span.end
    if (inside && !(from === span.start && to === span.end)) return span
  }
  return null
}

/** Nearest character before `index` on the same line, skipping spaces and tabs. */
function previousVisible(text: string, index: number): string {
  let i = index - 1
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--
  return i >= 0 && text[i] !== '\n' ? (text[i] ?? '') : ''
}

/** Nearest character from `index` on the same line, skipping spaces and tabs. */
function nextVisible(text: string, index: number): string {
  let i = index
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i++
  return i < text.length && text[i] !== '\n' ? (text[i] ?? '') : ''
}

function isLetterOrDigit(char: string | undefined): boolean {
  return char !== undefined && LETTER_OR_DIGIT.test(char)
}

/** Commas since the start of the clause containing `index`. */
function commasInClause(text: string, index: number): number {
  const clause =
    text
      .slice(0, index)
      .split(/[.!?;:\n]/u)
      .pop() ?? ''
  return clause.split(',').length - 1
}

function isBlankEllipsis(text: string, start: number, end: number, mode: PlaceholderMode): boolean {
  const run = text.slice(start, end)
  const before = previousVisible(text, start)
  const after = nextVisible(text, end)
  if (before === '/' || after === '/') return true
  // ".." is only a blank next to a slash ("../NQ-HĐND"); elsewhere it is a typo.
  const weight = [...run].reduce((sum, c) => sum + (c === '…' ? 3 : 1), 0)
  if (weight < 3) return false
  if (after === '%' || mode === 'field') return true
  const attachedBefore = isLetterOrDigit(text[start - 1])
  const attachedAfter = isLetterOrDigit(text[end])
  // "ngày.....tháng" is a fill line; "thể thao..." is "and so on".
  if (attachedBefore) return attachedAfter
  if (before === ',' || before === ';') return false
  if (before === ':') return true
  if (after === '' || CLOSING.has(after)) return false
  // "văn hóa, văn nghệ, thể thao ... được duy trì" closes a list of three or more.
  return commasInClause(text, start) < 2
}

function isBlankX(text: string, start: number, end: number): boolean {
  const token = text.slice(start, end)
  if (/\d|x/u.test(token)) return true
  if (previousVisible(text, start) === '/' || nextVisible(text, end) === '/') return true
  if (token === 'XX' || token === 'XXX') return !ROMAN_CONTEXT.test(text.slice(0, start))
  return true
}

/** Up to 40 characters around the match on whole words, whitespace collapsed. */
function excerptAround(text: string, start: number, end: number): string {
  if (end - start >= EXCERPT_LENGTH)
    return text
      .slice(start, start + EXCERPT_LENGTH)
      .replace(/\s+/gu, ' ')
      .trim()
  const side = Math.floor((EXCERPT_LENGTH - (end - start)) / 2)
  let from = Math.max(0, Math.min(start - side, text.length - EXCERPT_LENGTH))
  let to = Math.min(text.length, from + EXCERPT_LENGTH)
  // Drop a word cut in half at either edge, unless that would cut into the match itself.
  if (from > 0 && !/\s/u.test(text[from - 1] ?? '')) {
    const space = text.slice(from, start).search(/\s/u)
    if (space >= 0) from += space + 1
  }
  if (to < text.length && !/\s/u.test(text[to] ?? '')) {
    const tail = text.slice(end, to)
    const space = tail.search(/\s\S*$/u)
    if (space >= 0) to = end + space
  }
  return text.slice(from, to).replace(/\s+/gu, ' ').trim()
}

/**
 * The first unfilled blank in `text`, or `null`.
 *
 * Always blanks: text of up to 40 characters in square brackets ("[…]", "[...]", "[số]",
 * "[TÊN PHƯỜNG]"), except numeric references ("[1]", "[2, 5]"); three or more underscores; an ellipsis or dots next to "/"
 * ("số …/NQ-HĐND", "…/…"); an ellipsis before "%"; "xx", "20xx" and "XX" tokens, except an
 * upper-case "XX"/"XXX" after "thế kỷ", "khóa", "lần thứ", "Đại hội" and similar, where it is a
 * Roman numeral.
 *
 * In `'field'` mode any ellipsis ("…", "...") is a blank. In `'prose'` mode an ellipsis is taken
 * for "and so on", not a blank, when it is glued to the word before it ("thể thao..."), follows a
 * comma or semicolon, ends the line or sentence, or closes a list of three or more items; it is a
 * blank between two words ("ngày … của", "ngày.....tháng"), after a colon, or at the start of a line.
 */
export function findPlaceholder(text: string, mode: PlaceholderMode): PlaceholderHit | null {
  const normalized = text.normalize('NFC')
  const rules: ReadonlyArray<readonly [RegExp, (start: number, end: number) => boolean]> = [
    [BRACKETED, (start, end) => !REFERENCE.test(normalized.slice(start, end))],
    [UNDERSCORES, () => true],
    [ELLIPSIS, (start, end) => isBlankEllipsis(normalized, start, end, mode)],
    [X_TOKEN, (start, end) => isBlankX(normalized, start, end)],
  ]
  let first: { start: number; end: number } | null = null
  for (const [pattern, isBlank] of rules) {
    for (const m of normalized.matchAll(pattern)) {
      const end = m.index + m[0].length
      if ((first === null || m.index < first.start) && isBlank(m.index, end)) first = { start: m.index, end }
    }
  }
  if (first === null) return null
  return { index: first.start, excerpt: excerptAround(normalized, first.start, first.end) }
}
