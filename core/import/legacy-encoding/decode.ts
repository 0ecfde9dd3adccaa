/**
 * Legacy text → Unicode NFC, one encoding at a time. The maps are built from the tables in
 * `tables.ts`; characters that are not letters of the encoding are kept as they are.
 */
import { upperVi } from '../../format/text'
import { BASES, TCVN3_OTHERS, TCVN3_VOWELS, VIQR_MODIFIERS, VIQR_TONES, VNI_D, VNI_VOWELS, letter } from './tables'

/** The encodings an import converts from. */
export type LegacyEncoding = 'tcvn3' | 'vni' | 'viqr'

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

const TCVN3_MAP: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>(Object.entries(TCVN3_OTHERS))
  for (const base of BASES) {
    ;[...TCVN3_VOWELS[base]].forEach((char, tone) => {
      if (char !== base) map.set(char, letter(base, tone))
    })
  }
  return map
})()

/** Every VNI spelling → its letter; capitals with capital or small marks, as typists mixed them. */
const VNI_MAP: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>([
    [VNI_D, 'đ'],
    [VNI_D.toUpperCase(), 'Đ'],
  ])
  for (const base of BASES) {
    VNI_VOWELS[base].forEach((spelling, tone) => {
      if (spelling === base) return
      const small = letter(base, tone)
      const capital = upperVi(small)
      map.set(spelling, small)
      if (spelling.length === 1) {
        map.set(spelling.toUpperCase(), capital)
        return
      }
      const [first = '', mark = ''] = [...spelling]
      map.set(first.toUpperCase() + mark.toUpperCase(), capital)
      map.set(first.toUpperCase() + mark, capital)
      map.set(first + mark.toUpperCase(), small)
    })
  }
  return map
})()

/** TCVN3 → Unicode. `capitals` for text in a capitals font (`.VnTimeH`), shown in capitals whatever was typed. */
export function decodeTcvn3(text: string, capitals = false): string {
  let out = ''
  for (const char of text) out += TCVN3_MAP.get(char) ?? char
  out = out.normalize('NFC')
  return capitals ? upperVi(out) : out
}

/** VNI → Unicode: a base and its mark are read together (longest spelling first). */
export function decodeVni(text: string): string {
  let out = ''
  for (let i = 0; i < text.length;) {
    const pair = VNI_MAP.get(text.slice(i, i + 2))
    if (pair !== undefined) {
      out += pair
      i += 2
      continue
    }
    const char = text.charAt(i)
    out += VNI_MAP.get(char) ?? char
    i += 1
  }
  return out.normalize('NFC')
}

const VIQR_MODIFIED: ReadonlyMap<string, string> = new Map(Object.entries(VIQR_MODIFIERS).map(([l, spelling]) => [spelling, l]))
const VIQR_TONE_INDEX: ReadonlyMap<string, number> = new Map(
  VIQR_TONES.map((mark, i) => [mark, i] as const).filter(([mark]) => mark !== ''),
)
const VOWEL = /^[aeiouy]$/iu
const LETTER = /\p{L}/u

/**
 * Whether a "." "?" or "'" after a word ends a sentence or quotes rather than marks a tone: at the
 * end of the text or a line, or before a space and a capital, a digit or more punctuation.
 */
function isPunctuation(text: string, at: number): boolean {
  const mark = text.charAt(at)
  if (mark !== '.' && mark !== '?' && mark !== "'") return false
  const next = text.charAt(at + 1)
  if (next === '' || next === '\n' || next === '\r') return true
  if (LETTER.test(next)) return false
  if (!/\s/u.test(next)) return true
  const after = /\S/u.exec(text.slice(at + 1))?.[0] ?? ''
  return after === '' || !LETTER.test(after) || after !== after.toLowerCase()
}

/** VIQR → Unicode (RFC 1456): marks after their vowel, "dd" for đ at the start of a word, "\" before a mark keeps it. */
export function decodeViqr(text: string): string {
  let out = ''
  for (let i = 0; i < text.length;) {
    const char = text.charAt(i)
    const previous = text.charAt(i - 1)
    if (char === '\\' && /['`?~.^(+\\]/u.test(text.charAt(i + 1))) {
      out += text.charAt(i + 1)
      i += 2
      continue
    }
    if (/^d$/iu.test(char) && /^d$/iu.test(text.charAt(i + 1)) && !LETTER.test(previous) && LETTER.test(text.charAt(i + 2))) {
      out += char === 'D' ? 'Đ' : 'đ'
      i += 2
      continue
    }
    if (!VOWEL.test(char)) {
      out += char
      i += 1
      continue
    }
    const lower = char.toLowerCase()
    let base: string = lower
    let next = i + 1
    const modified = VIQR_MODIFIED.get(lower + text.charAt(next))
    if (modified !== undefined) {
      base = modified
      next += 1
    }
    const tone = VIQR_TONE_INDEX.get(text.charAt(next))
    let result = base
    if (tone !== undefined && !isPunctuation(text, next)) {
      result = letter(base, tone)
      next += 1
    }
    out += char === lower ? result : upperFirst(upperVi(result))
    i = next
  }
  return out.normalize('NFC')
}

/** Legacy text → Unicode NFC. */
export function decodeLegacy(text: string, encoding: LegacyEncoding, capitals = false): string {
  if (encoding === 'tcvn3') return decodeTcvn3(text, capitals)
  const out = encoding === 'vni' ? decodeVni(text) : decodeViqr(text)
  return capitals ? upperVi(out) : out
}
