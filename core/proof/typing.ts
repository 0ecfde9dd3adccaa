/**
 * Typing slips: spaces around punctuation, double spaces, an abbreviation glued to the next word,
 * a word typed twice, quotes and brackets that do not pair up.
 */
import { ProofCode, finding, type ProofFinding } from './types'
import { adjacent, type Scan } from './scan'
import { isKnown } from './lexicon'
import { isKnownPair } from './confusion'
import { parseSyllable } from './syllable'

/** A lookup: is this offset inside a chunk that is not prose (URL, code, date), or only inside an address? */
export function skippedAt(s: Scan, addressesOnly = false): (at: number) => boolean {
  const skipped = s.chunks.filter((c) => (addressesOnly ? c.address : c.skip))
  return (at) => {
    let lo = 0
    let hi = skipped.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const c = skipped[mid]
      if (c === undefined) return false
      if (at < c.start) hi = mid - 1
      else if (at >= c.end) lo = mid + 1
      else return true
    }
    return false
  }
}

const LETTER = /[\p{L}]/u
const LOWER = /\p{Ll}/u
const DIGIT = /\p{N}/u

/** Spaces before closing punctuation, missing spaces after it, double spaces. */
export function checkSpacing(s: Scan, skipped: (at: number) => boolean): ProofFinding[] {
  const { text } = s
  const out: ProofFinding[] = []
  for (const m of text.matchAll(/[ \t\u00a0]+(?=[,.;:!?)\]])/gu)) {
    const start = m.index
    const end = start + m[0].length
    const before = text[start - 1]
    const mark = text[end] ?? ''
    // Indentation, an ellipsis or a bare "." at a line end ("./.") are not slips.
    if (before === undefined || before === '\n' || text.startsWith('...', end) || skipped(end)) continue
    if (mark === '.' && DIGIT.test(text[end + 1] ?? '')) continue
    out.push(finding(ProofCode.spacing, text, start, end, 'spaceBefore', [''], { mark }))
  }
  for (const m of text.matchAll(/[^\s]([,;:.)])(?=[\p{L}])/gu)) {
    const at = m.index + 1
    const mark = m[1] ?? ''
    const before = text[m.index] ?? ''
    if (skipped(at)) continue
    if (mark === '.') {
      // "quả.Công" but not "v.v", "TP.HCM" (skipped) or an initial "T.Ư".
      const wordBefore = /[\p{L}\p{M}]+$/u.exec(text.slice(Math.max(0, at - 12), at))?.[0] ?? ''
      if ([...wordBefore].length < 2 || !LOWER.test(wordBefore)) continue
    } else if (mark !== ')' && DIGIT.test(before)) continue
    out.push(finding(ProofCode.spacing, text, at, at + 1, 'spaceAfter', [mark + ' '], { mark }))
  }
  for (const m of text.includes('(') ? text.matchAll(/[\p{L}\p{N}](\()/gu) : []) {
    const at = m.index + 1
    if (skipped(at)) continue
    out.push(finding(ProofCode.spacing, text, at, at + 1, 'spaceBeforeBracket', [' ('], { mark: '(' }))
  }
  const doubled = text.includes('  ') || text.includes('\u00a0')
  for (const m of doubled ? text.matchAll(/(?<=\S)[ \u00a0]{2,}(?=\S)/gu) : []) {
    out.push(finding(ProofCode.spacing, text, m.index, m.index + m[0].length, 'double', [' ']))
  }
  return out
}

/** "UBNDphường": capitals of an abbreviation run into a word in lower case. */
export function checkGlued(s: Scan): ProofFinding[] {
  const out: ProofFinding[] = []
  for (const w of s.words) {
    const second = w.text.charCodeAt(1)
    if ((second >= 97 && second <= 122) || w.text.charAt(1) === w.text.charAt(1).toLowerCase()) continue
    const m = /^(\p{Lu}{2,})(\p{Ll}[\p{Ll}\p{M}]*)$/u.exec(w.text)
    if (m === null) continue
    const abbr = m[1] ?? ''
    const rest = m[2] ?? ''
    const syllable = parseSyllable(rest)
    if (syllable === null || syllable.fault !== null || !isKnown(syllable.base, syllable.tone)) continue
    out.push(finding(ProofCode.spacing, s.text, w.start, w.end, 'glued', [`${abbr} ${rest}`], { abbr }))
  }
  return out
}

/** Whole-word repetitions Vietnamese uses on purpose ("ngày ngày", "người người"). */
const REDUPLICATED = new Set(
  `ngày người nhà ai đâu gì đời mãi dần từ xa lâu đều thường hàng lớp tầng chiều sáng tối đêm năm
   tháng tuần nơi chỗ cao thấp ngàn muôn đôi lần khi vừa càng`.split(/\s+/u),
)

export function checkRepeats(s: Scan): ProofFinding[] {
  const out: ProofFinding[] = []
  const { text, words } = s
  for (let i = 1; i < words.length; i += 1) {
    const a = words[i - 1]
    const b = words[i]
    // Only spaces between them: "của của", not "an, an".
    if (a === undefined || b === undefined || a.text.length !== b.text.length) continue
    if (a.text.toLowerCase() !== b.text.toLowerCase() || !adjacent(s, i - 1, i)) continue
    // "Xã hội Hội đồng": a capital starts a name, not a copy.
    if (a.text !== b.text && b.text !== b.text.toLowerCase()) continue
    if (!LETTER.test(a.text)) continue
    // "Đảng bộ bộ phận": each copy belongs to a word of its own.
    const before = i >= 2 && adjacent(s, i - 2, i - 1) ? words[i - 2] : undefined
    const after = adjacent(s, i, i + 1) ? words[i + 1] : undefined
    const leftWord = before !== undefined && isKnownPair(before.text, a.text)
    const rightWord = after !== undefined && isKnownPair(b.text, after.text)
    if (leftWord && rightWord) continue
    // "ngày ngày", "đời đời" are said on purpose, but not in "chăm lo đời đời sống".
    if (REDUPLICATED.has(a.text.toLowerCase()) && !(rightWord && !leftWord)) continue
    out.push(finding(ProofCode.repeat, text, a.start, b.end, 'word', [a.text], { word: a.text }))
  }
  return out
}

/** Lines, with their offsets. */
function lines(text: string): { start: number; line: string }[] {
  const out: { start: number; line: string }[] = []
  let start = 0
  for (const line of text.split('\n')) {
    out.push({ start, line })
    start += line.length + 1
  }
  return out
}

/** Curly and straight double quotes, paired within a paragraph. */
export function checkQuotes(s: Scan, skipped: (at: number) => boolean): ProofFinding[] {
  const { text } = s
  const out: ProofFinding[] = []
  const openedWrongly = (at: number): void => {
    const spaces = /^[ \u00a0]*/u.exec(text.slice(at + 1))?.[0].length ?? 0
    out.push(finding(ProofCode.quotes, text, at, at + 1 + spaces, 'closingAsOpening', ['“']))
  }
  for (const { start, line } of lines(text)) {
    if (!/["“”]/u.test(line)) continue
    // Opening marks still open: a real “, or a ” that stood before a word (already reported).
    const open: { at: number; real: boolean }[] = []
    const straight: number[] = []
    let pending: number | null = null
    for (let i = 0; i < line.length; i += 1) {
      const ch = line[i]
      const at = start + i
      if ((ch !== '“' && ch !== '”' && ch !== '"') || skipped(at)) continue
      if (ch === '"') straight.push(at)
      else if (ch === '“') open.push({ at, real: true })
      else if (open.length > 0) open.pop()
      else {
        const next = line[i + 1 + (/^[ \u00a0]*/u.exec(line.slice(i + 1))?.[0].length ?? 0)] ?? ''
        const before = i === 0 ? ' ' : (line[i - 1] ?? ' ')
        if (/[\s(]/u.test(before) && (LETTER.test(next) || DIGIT.test(next))) {
          openedWrongly(at)
          open.push({ at, real: false })
        } else if (pending !== null) {
          // Two closing marks with no opening: the first one opened.
          openedWrongly(pending)
          pending = null
        } else pending = at
      }
    }
    if (pending !== null) out.push(finding(ProofCode.quotes, text, pending, pending + 1, 'unopened'))
    for (const { at, real } of open) if (real) out.push(finding(ProofCode.quotes, text, at, at + 1, 'unclosed'))
    if (straight.length % 2 === 1) {
      const at = straight[straight.length - 1] ?? 0
      out.push(finding(ProofCode.quotes, text, at, at + 1, 'unclosed'))
    }
  }
  return out.sort((x, y) => x.start - y.start)
}

const PAIRS: Readonly<Record<string, string>> = { ')': '(', ']': '[' }
/** "a)", "1)", "iv)" opening a line, or after a line-opening dash: list markers, not brackets. */
const LIST_MARKER = /^[\s\-–+•*]*(?:[a-zđ]|\d{1,2}|[ivx]{1,4})\)/iu

export function checkBrackets(s: Scan, skipped: (at: number) => boolean): ProofFinding[] {
  const { text } = s
  const out: ProofFinding[] = []
  for (const { start, line } of lines(text)) {
    if (!/[()[\]]/u.test(line)) continue
    const marker = LIST_MARKER.exec(line)
    const from = marker === null ? 0 : marker[0].length
    const stack: { ch: string; at: number }[] = []
    for (let i = from; i < line.length; i += 1) {
      const ch = line[i] ?? ''
      const at = start + i
      if (!'()[]'.includes(ch) || skipped(at)) continue
      if (ch === '(' || ch === '[') {
        stack.push({ ch, at })
        continue
      }
      const top = stack[stack.length - 1]
      if (top !== undefined && top.ch === PAIRS[ch]) stack.pop()
      else out.push(finding(ProofCode.brackets, text, at, at + 1, 'unopened', [], { mark: ch }))
    }
    for (const { ch, at } of stack) out.push(finding(ProofCode.brackets, text, at, at + 1, 'unclosed', [], { mark: ch }))
  }
  return out
}
