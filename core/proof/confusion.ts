/**
 * Real words in the wrong place. Two sources: the curated list of confusions (data/confusions.ts),
 * matched as whole word sequences; and near misses of known two-syllable words (data/phrases.ts):
 * "đạo đực" differs from "đạo đức" by a tone, and neither "đạo đực" nor "đực" with its next word
 * is a known pair, so it is flagged. Lookups ignore where the tone mark sits ("hòa" = "hoà").
 */
import { CONFUSIONS } from './data/confusions'
import { PHRASES } from './data/phrases'
import { adjacent, startsSentence, type Scan } from './scan'
import { compose, matchCase, parseSyllable, type AccentStyle } from './syllable'
import { ProofCode, finding, type ProofFinding } from './types'
import { shapeOf } from './spelling'

interface Entry {
  wrong: string[]
  right: string
  not: string[]
}

/** A word's placement-free key: toneless letters and tone ("hoa1" for "hòa" and "hoà"). */
function keyOf(word: string): string {
  const hit = keys.get(word)
  if (hit !== undefined) return hit
  const lower = word.toLowerCase()
  const s = parseSyllable(lower)
  const key = s === null || s.fault !== null ? lower : `${s.base}${s.tone}`
  if (keys.size > 50_000) keys.clear()
  keys.set(word, key)
  return key
}
const keys = new Map<string, string>()

const splitWords = (phrase: string): string[] => phrase.trim().split(/\s+/u).filter(Boolean)

interface Tables {
  entries: Map<string, Entry[]>
  /** First word's key → keys of the second words it makes a known pair with (any phrase). */
  next: Map<string, Set<string>>
  /** The same for two-syllable words only: what a near miss may be corrected to. */
  nextWord: Map<string, Set<string>>
  /** Second word's key → keys of the first words, two-syllable words only. */
  previousWord: Map<string, Set<string>>
  /** Key pair → the pair as written in the list. */
  written: Map<string, string>
}

function buildTables(): Tables {
  const entries = new Map<string, Entry[]>()
  const next = new Map<string, Set<string>>()
  const nextWord = new Map<string, Set<string>>()
  const previousWord = new Map<string, Set<string>>()
  const written = new Map<string, string>()
  const link = (map: Map<string, Set<string>>, a: string, b: string): void => {
    const set = map.get(a) ?? new Set<string>()
    set.add(b)
    map.set(a, set)
  }
  const addPhrase = (phrase: string): void => {
    const words = splitWords(phrase)
    for (let i = 1; i < words.length; i += 1) {
      const a = keyOf(words[i - 1] ?? '')
      const b = keyOf(words[i] ?? '')
      link(next, a, b)
      if (words.length === 2) {
        link(nextWord, a, b)
        link(previousWord, b, a)
        written.set(`${a} ${b}`, `${words[0]} ${words[1]}`)
      }
    }
  }
  for (const line of CONFUSIONS.split('\n')) {
    const m = /^(.+?)\s*>\s*([^|]+?)\s*(?:\|\s*not:\s*(.+))?$/u.exec(line.trim())
    if (m === null) continue
    const wrong = splitWords(m[1] ?? '').map(keyOf)
    const right = (m[2] ?? '').trim()
    const not = splitWords(m[3] ?? '').map(keyOf)
    const first = wrong[0] ?? ''
    entries.set(first, [...(entries.get(first) ?? []), { wrong, right, not }])
    addPhrase(right)
  }
  for (const phrase of PHRASES.split(/[,\n]/u)) addPhrase(phrase)
  return { entries, next, nextWord, previousWord, written }
}

let tables: Tables | null = null
const getTables = (): Tables => (tables ??= buildTables())

/** Writes a phrase of the lists in the report's accent style. */
function restyle(phrase: string, style: AccentStyle): string {
  return splitWords(phrase)
    .map((w) => {
      const s = parseSyllable(w)
      return s === null || s.fault !== null ? w : compose(s.base, s.tone, style)
    })
    .join(' ')
}

const ONSET_PAIRS = [
  ['s', 'x'],
  ['ch', 'tr'],
  ['d', 'gi'],
  ['d', 'r'],
  ['gi', 'r'],
  ['b', 'v'],
  ['l', 'n'],
  ['d', 'v'],
]
const CODA_PAIRS = [
  ['n', 'ng'],
  ['c', 't'],
  ['n', 'nh'],
]

const HAT_SETS = ['aăâ', 'eê', 'oôơ', 'uư']

/** Vowels that differ only by a hat or a hook in one place ("chuc" / "chưc"). */
function hatSlip(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let differences = 0
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] ?? ''
    const y = b[i] ?? ''
    if (x === y) continue
    differences += 1
    if (!HAT_SETS.some((set) => set.includes(x) && set.includes(y))) return false
  }
  return differences === 1
}

const swapped = (a: string, b: string, pairs: string[][]): boolean => pairs.some(([x, y]) => (a === x && b === y) || (a === y && b === x))

/** True when two keys differ only by the tone, or by one consonant that is often confused. */
function confusable(a: string, b: string): boolean {
  if (a === b) return false
  const sa = parseSyllable(a.slice(0, -1))
  const sb = parseSyllable(b.slice(0, -1))
  if (sa === null || sb === null) return false
  if (sa.base === sb.base) return true
  if (a.slice(-1) !== b.slice(-1)) return false
  if (sa.vowels !== sb.vowels) return sa.onset === sb.onset && sa.coda === sb.coda && hatSlip(sa.vowels, sb.vowels)
  if (sa.coda === sb.coda) return swapped(sa.onset, sb.onset, ONSET_PAIRS)
  return sa.onset === sb.onset && swapped(sa.coda, sb.coda, CODA_PAIRS)
}

/** Words the lists may be matched against: lower case, or capitalised at the start of a sentence. */
function usable(s: Scan, i: number): boolean {
  const w = s.words[i]
  if (w === undefined) return false
  const shape = shapeOf(w.text)
  return shape === 'lower' || (shape === 'capital' && startsSentence(s.text, w.start))
}

function knownPair(t: Tables, a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && (t.next.get(a)?.has(b) ?? false)
}

/** True when two words make a two-syllable word the lists know ("bộ phận", "hòa giải"). */
export function isKnownPair(a: string, b: string): boolean {
  return knownPair(getTables(), keyOf(a), keyOf(b))
}

export function checkConfusions(s: Scan, style: AccentStyle): ProofFinding[] {
  const t = getTables()
  const out: ProofFinding[] = []
  const { words } = s
  const keys = words.map((w) => keyOf(w.text))
  let coveredUntil = -1
  for (let i = 0; i < words.length; i += 1) {
    const key = keys[i] ?? ''
    const candidates = t.entries.get(key)
    // Most words start no listed confusion and no known pair: nothing more to look at.
    if (candidates === undefined && !t.nextWord.has(key) && !t.previousWord.has(keys[i + 1] ?? '')) continue
    const start = words[i]?.start ?? 0
    const entry = candidates === undefined || !usable(s, i) ? undefined : candidates.find((e) => matches(t, s, keys, i, e))
    if (entry !== undefined) {
      const end = words[i + entry.wrong.length - 1]?.end ?? start
      const right = restyle(entry.right, style)
      out.push(finding(ProofCode.confusion, s.text, start, end, 'known', [matchCase(right, words[i]?.text ?? '')], { right }))
      coveredUntil = i + entry.wrong.length - 1
      continue
    }
    if (i <= coveredUntil || i + 1 >= words.length || knownPair(t, key, keys[i + 1]) || !adjacent(s, i, i + 1)) continue
    const hit = nearMiss(t, s, keys, i)
    if (hit === null || !usable(s, i) || !usable(s, i + 1)) continue
    const at = hit.second ? i + 1 : i
    const w = words[at]
    if (w === undefined) continue
    const right = restyle(hit.pair, style)
    const fixed = splitWords(right)[hit.second ? 1 : 0] ?? ''
    out.push(finding(ProofCode.confusion, s.text, w.start, w.end, 'pair', [matchCase(fixed, w.text)], { right }))
    coveredUntil = at
  }
  return out
}

function matches(t: Tables, s: Scan, keys: string[], i: number, e: Entry): boolean {
  const last = i + e.wrong.length - 1
  for (let k = 1; k < e.wrong.length; k += 1) {
    if (keys[i + k] !== e.wrong[k] || !adjacent(s, i + k - 1, i + k) || !usable(s, i + k)) return false
  }
  const before = i > 0 && adjacent(s, i - 1, i) ? keys[i - 1] : undefined
  const after = adjacent(s, last, last + 1) ? keys[last + 1] : undefined
  // "sinh hoạt định kỳ" holds "hoạt định" across two words: each end belongs to its neighbour.
  if (knownPair(t, before, keys[i]) || knownPair(t, keys[last], after)) return false
  return after === undefined || !e.not.includes(after)
}

/** A pair one sound away from a known pair, whose odd word makes no known pair with its other neighbour. */
function nearMiss(t: Tables, s: Scan, keys: string[], i: number): { pair: string; second: boolean } | null {
  const a = keys[i] ?? ''
  const b = keys[i + 1] ?? ''
  if (knownPair(t, a, b)) return null
  const before = i > 0 && adjacent(s, i - 1, i) ? keys[i - 1] : undefined
  const after = i + 2 < keys.length && adjacent(s, i + 1, i + 2) ? keys[i + 2] : undefined
  // Each word may belong to its other neighbour instead ("bình quân từ", "mở rộng đường").
  if (knownPair(t, before, a) || knownPair(t, b, after)) return null
  for (const c of t.nextWord.get(a) ?? []) if (confusable(b, c)) return { pair: t.written.get(`${a} ${c}`) ?? '', second: true }
  for (const c of t.previousWord.get(b) ?? []) if (confusable(a, c)) return { pair: t.written.get(`${c} ${b}`) ?? '', second: false }
  return null
}
