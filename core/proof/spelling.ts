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

const shapes = new Map<string, Shape>()

export function shapeOf(word: string): Shape {
  let shape = shapes.get(word)
  if (shape === undefined) {
    shape = computeShape(word)
    if (shapes.size > 50_000) shapes.clear()
    shapes.set(word, shape)
  }
  return shape
}

function computeShape(word: string): Shape {
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
  if (s === null) return telexLeftover(word, style)
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
  } else if (foreign && !missingTone(s, shape)) {
    const doubled = undoubled(word)
    return doubled === null ? null : { reason: 'rhyme', suggestions: [doubled] }
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

const TELEX_TONES: Readonly<Record<string, Tone>> = { f: 1, s: 2, r: 3, x: 4, j: 5 }

/**
 * A word with Vietnamese letters and a Telex key left at its end ("truyênf" for "truyền"):
 * the key was typed but not turned into a tone mark.
 */
function telexLeftover(word: string, style: AccentStyle): SpellingHit | null {
  if (ASCII_ONLY.test(word) || word.length < 2) return null
  const key = word.slice(-1).toLowerCase()
  const tone = TELEX_TONES[key]
  if (tone === undefined || !/[fjwz]/iu.test(word)) return null
  const s = parseSyllable(word.slice(0, -1))
  if (s === null || (s.fault !== null && s.fault !== 'toneCoda') || s.tone !== 0 || !isKnown(s.base, tone))
    return { reason: 'rhyme', suggestions: [] }
  return { reason: 'rhyme', suggestions: [matchCase(compose(s.base, tone, style), word)] }
}

/** A plain-Latin word with a letter typed twice that is a Vietnamese syllable once ("doanhh"). */
function undoubled(word: string): string | null {
  for (let i = 1; i < word.length; i += 1) {
    if (word[i] !== word[i - 1]) continue
    const candidate = word.slice(0, i) + word.slice(i + 1)
    const s = parseSyllable(candidate)
    if (s !== null && s.fault === null && isKnown(s.base, s.tone)) return candidate
  }
  return null
}

/**
 * A word in plain Latin letters is taken as foreign ("online", "internet") unless it is a
 * Vietnamese syllable that lost its tone mark ("hoach", "nghiep").
 */
function missingTone(s: Syllable, shape: Shape): boolean {
  if (shape !== 'lower' || s.tone !== 0 || (s.fault !== null && s.fault !== 'toneCoda')) return false
  const tones = knownTones(s.base)
  return tones !== 0 && (tones & 1) === 0
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
