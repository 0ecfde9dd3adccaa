/**
 * Spelling of single syllables: impossible ones ("ngiệp", "quyêt", "lâ", "tòan") are flagged
 * wherever they are; possible ones that Vietnamese does not have are flagged in lower case and
 * taken as names when capitalised. Words in Latin letters only that break the rules are taken as
 * foreign ("online", "Covid") and left alone, as are abbreviations in capitals.
 */
import { isKnown, knownTones } from './lexicon'
import { LETTERS, compose, matchCase, parseSyllable, vietnameseShaped, type AccentStyle, type Syllable, type Tone } from './syllable'

/** Why a word was flagged: a fault of the syllable, or a possible syllable the language lacks. */
export type SpellingReason = NonNullable<Syllable['fault']> | 'unknown'

export interface SpellingHit {
  reason: SpellingReason
  suggestions: string[]
}

const ASCII_ONLY = /^[A-Za-z]+$/u
type Shape = 'lower' | 'capital' | 'upper' | 'mixed'

export function shapeOf(word: string): Shape {
  const lower = word.toLowerCase()
  if (word === lower) return 'lower'
  const upper = word.toUpperCase()
  if (word === upper) return [...word].length === 1 ? 'capital' : 'upper'
  const first = word.charAt(0)
  return first !== first.toLowerCase() && word.slice(1) === lower.slice(1) ? 'capital' : 'mixed'
}

/**
 * Checks one word. `known` holds extra words the office accepts (lower case). Returns null when
 * the word is fine, is not Vietnamese, or is an abbreviation.
 */
export function checkSpelling(word: string, style: AccentStyle, known: ReadonlySet<string>): SpellingHit | null {
  const s = parseSyllable(word)
  if (s === null) return null
  const shape = shapeOf(word)
  if (shape === 'mixed') return null
  const foreign = ASCII_ONLY.test(word)
  const exists = s.fault === null && isKnown(s.base, s.tone)
  if (exists || known.has(word.toLowerCase())) return null
  // Names from other languages of the country break the rules on purpose ("Đắk Lắk", "Krông Pa").
  if (shape !== 'lower' && s.fault === 'rhyme' && !vietnameseShaped(s)) return null
  if (shape === 'upper') {
    // Capitals are an abbreviation ("UBND", "ANCT") unless a tone mark makes them a word ("TÒAN").
    if (s.tone === 0 || s.fault === null) return null
  } else if (foreign) {
    return null
  } else if (s.fault === null && shape === 'capital') {
    // A possible syllable with a capital is a name ("Sơn", "Krông").
    return null
  }
  return { reason: s.fault ?? 'unknown', suggestions: suggest(s, word, style) }
}

const ONSET_SWAPS: Readonly<Record<string, readonly string[]>> = {
  c: ['k', 'q'],
  k: ['c', 'kh'],
  g: ['gh', 'gi'],
  gh: ['g', 'ng'],
  ng: ['ngh'],
  ngh: ['ng'],
  s: ['x'],
  x: ['s'],
  ch: ['tr'],
  tr: ['ch'],
  d: ['gi', 'r', 'v'],
  gi: ['d', 'r'],
  r: ['d', 'gi'],
  l: ['n'],
  n: ['l', 'nh'],
  '': ['h'],
}

const SIBLINGS = ['aăâ', 'eê', 'oôơ', 'uư', 'iy', 'dđ']
const siblings = (a: string, b: string): boolean => SIBLINGS.some((set) => set.includes(a) && set.includes(b))

function candidateBases(s: Syllable): Map<string, number> {
  const out = new Map<string, number>()
  const add = (base: string, cost: number): void => {
    if (base === '' || base === s.base) return
    const previous = out.get(base)
    if (previous === undefined || cost < previous) out.set(base, cost)
  }
  const rest = s.base.slice(s.onset.length)
  for (const onset of ONSET_SWAPS[s.onset] ?? []) add(onset + rest, 0.5)
  const chars = [...s.base]
  for (let i = 0; i <= chars.length; i += 1) {
    const head = chars.slice(0, i).join('')
    const tail = chars.slice(i + 1).join('')
    const here = chars.slice(i).join('')
    const current = chars[i] ?? ''
    for (const letter of LETTERS) {
      add(head + letter + here, 1)
      // A letter's own hat or hook ("u" for "ư") is the likeliest slip; another letter less so.
      if (i < chars.length) add(head + letter + tail, siblings(current, letter) ? 0.6 : 1.2)
    }
    if (i < chars.length) add(head + tail, 1)
    if (i + 1 < chars.length) add(head + (chars[i + 1] ?? '') + current + chars.slice(i + 2).join(''), 0.8)
  }
  return out
}

/** Spelling suggestions for `word`, best first, in `style` and the word's case. */
export function suggest(s: Syllable, word: string, style: AccentStyle, limit = 5): string[] {
  const scored: { text: string; cost: number }[] = []
  const consider = (base: string, cost: number): void => {
    const mask = knownTones(base)
    if (mask === 0) return
    if ((mask & (1 << s.tone)) !== 0) scored.push({ text: compose(base, s.tone, style), cost })
    // Another tone is a worse guess, but the only one for "quyêt" (a closed syllable needs sắc or nặng).
    for (let tone = 0; tone <= 5; tone += 1) {
      if (tone === s.tone || (mask & (1 << tone)) === 0) continue
      const penalty = s.fault === 'toneCoda' && (tone === 2 || tone === 5) ? 0.25 : 1
      scored.push({ text: compose(base, tone as Tone, style), cost: cost + penalty })
    }
  }
  consider(s.base, 0)
  for (const [base, cost] of candidateBases(s)) consider(base, cost)
  scored.sort((a, b) => a.cost - b.cost)
  const out: string[] = []
  for (const { text } of scored) {
    const cased = matchCase(text, word)
    if (cased !== word && !out.includes(cased)) out.push(cased)
    if (out.length >= limit) break
  }
  return out
}
