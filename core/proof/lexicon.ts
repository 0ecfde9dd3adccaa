/**
 * The syllables Vietnamese has, placement-free: toneless letters → the tones they take. From the
 * generated cspell list plus a few syllables of current administrative writing it lacks.
 */
import { CSPELL_SYLLABLES } from './data/syllables'
import { parseSyllable, type Tone } from './syllable'

/** Syllables the cspell list lacks, written deliberately (both accent styles are read alike). */
const EXTRA = `
  gen
`

function load(): Map<string, number> {
  const map = new Map<string, number>()
  for (const item of CSPELL_SYLLABLES.split(/\s+/u)) {
    const m = /^(\D+)(\d+)$/u.exec(item)
    if (m === null) continue
    let mask = 0
    for (const d of m[2] ?? '') mask |= 1 << Number(d)
    map.set(m[1] ?? '', mask)
  }
  for (const word of EXTRA.split(/\s+/u)) {
    const s = parseSyllable(word)
    if (s !== null) map.set(s.base, (map.get(s.base) ?? 0) | (1 << s.tone))
  }
  return map
}

let lexicon: Map<string, number> | null = null

function tones(): Map<string, number> {
  lexicon ??= load()
  return lexicon
}

/** True when the toneless syllable `base` exists with `tone`. */
export function isKnown(base: string, tone: Tone): boolean {
  return ((tones().get(base) ?? 0) & (1 << tone)) !== 0
}

/** The tones `base` exists with (a bit mask, bit n for tone n), 0 when it is unknown. */
export function knownTones(base: string): number {
  return tones().get(base) ?? 0
}
