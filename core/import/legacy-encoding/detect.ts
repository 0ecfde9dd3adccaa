/**
 * Which legacy encoding a piece of text is in: from its font's name when there is one, and
 * otherwise from the characters themselves — only when the text has no Vietnamese Unicode letter,
 * holds characters that Unicode Vietnamese never uses, and reads as Vietnamese syllables once
 * converted. Plain English and Unicode Vietnamese are never taken for a legacy encoding.
 */
import { decodeLegacy, type LegacyEncoding } from './decode'

/** What a font name says about the bytes typed in it. */
export interface FontEncoding {
  encoding: LegacyEncoding
  /** A capitals font (`.VnTimeH`): typed in lower case, shown and converted as capitals. */
  capitals: boolean
}

/**
 * The encoding a font implies: the ABC fonts `.VnTime`, `.VnArial`… (TCVN3; `.VnTimeH` and the
 * other names ending in a capital H are their capitals fonts) and `VNI-Times`, `VNI-Helve`… (VNI).
 */
export function fontEncoding(font: string | null | undefined): FontEncoding | null {
  const name = (font ?? '').trim()
  if (/^\.vn/iu.test(name)) return { encoding: 'tcvn3', capitals: /^\.Vn\S*H$/u.test(name) && name.length > 4 }
  if (/^vni[- _]/iu.test(name)) return { encoding: 'vni', capitals: false }
  return null
}

/** Letters only Unicode Vietnamese has (or combining marks): such text is Unicode already. */
const UNICODE_VIETNAMESE = /[ăĂđĐĩĨũŨơƠưƯ\u1EA0-\u1EF9]|\p{Mn}/u

/** True when the text holds Vietnamese written in Unicode (so it must not be converted). */
export function hasUnicodeVietnamese(text: string): boolean {
  return UNICODE_VIETNAMESE.test(text)
}

/**
 * Signs that only a legacy encoding produces. TCVN3: its bytes that are not letters of Unicode
 * Vietnamese (¸ µ ® …, and ä ñ ö … for ọ ủ ử). VNI: a vowel followed by a mark that neither
 * Unicode Vietnamese nor another Latin language puts there ("aø", "aù", "oâ" — but not "oà",
 * "hoàn" in Unicode), or its one-byte đ ư ỉ ỵ inside a word. VIQR: a modifier or tone inside a word, or "dd".
 */
const TCVN3_SIGN =
  '[\\u00A1-\\u00BE\\u00C6\\u00C7\\u00CB\\u00CE\\u00CF\\u00D0\\u00D1\\u00D6-\\u00DC\\u00DE\\u00DF\\u00E4-\\u00E8\\u00EB\\u00EE\\u00EF\\u00F1\\u00F6-\\u00F8\\u00FB\\u00FC\\u00FE]'
const STRONG: Readonly<Record<LegacyEncoding, RegExp>> = {
  // Inside a word only: a lone "©" or "«" is a symbol, "B¸o" is not.
  tcvn3: new RegExp(`\\p{L}${TCVN3_SIGN}|${TCVN3_SIGN}\\p{L}`, 'u'),
  vni: /[aeiouyAEIOUYôöÔÖ][øûïåëäüØÛÏÅËÄÜ]|[aeiuyAEIUYôöÔÖ][ùÙ]|[aeoAEO][âÂ]|[aA][êÊ]|[eE][áàãÁÀÃ]|[ñÑöÖ]\p{L}|\p{L}[öÖæÆîÎ]/u,
  viqr: /[aeiouAEIOU][\^(+]['`?~.]?\p{L}|[aeiouyAEIOUY]['`?~.][bcghmnptBCGHMNPT]|(?:^|[^\p{L}])[dD][dD][aeiouyAEIOUY]/u,
}

// A rhyme either ends in a vowel (ai, ao, ươi …: no final consonant) or may take one (an, uyên …).
const OPEN_RHYME = 'uya|uyu|iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu'
const CLOSED_RHYME = '(?:uyê|iê|yê|oa|oă|oe|oo|uâ|uê|uô|uơ|ươ|uy|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)(?:ch|ng|nh|[cmnpt])?'
const SYLLABLE = new RegExp(`^(?:ngh|ng|nh|ch|th|tr|kh|ph|gh|gi|qu|[bcdđghklmnpqrstvx])?(?:${OPEN_RHYME}|${CLOSED_RHYME})$`, 'u')
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu

/** True when a word (letters only) is a possible Vietnamese syllable: one tone at most, a known rhyme. */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD')
  const tones = decomposed.match(TONE_MARKS)?.length ?? 0
  if (tones > 1) return false
  return SYLLABLE.test(decomposed.replace(TONE_MARKS, '').normalize('NFC'))
}

interface Score {
  encoding: LegacyEncoding
  valid: number
  invalid: number
}

function score(text: string, encoding: LegacyEncoding): Score {
  let valid = 0
  let invalid = 0
  for (const token of text.split(/\s+/u)) {
    if (token === '') continue
    const converted = decodeLegacy(token, encoding)
    if (converted === token.normalize('NFC')) continue
    const before = new Set(token.match(/\p{L}+/gu) ?? [])
    for (const word of converted.match(/\p{L}+/gu) ?? []) {
      if (before.has(word)) continue
      if (isVietnameseSyllable(word)) valid++
      else invalid++
    }
  }
  return { encoding, valid, invalid }
}

const CANDIDATES: readonly LegacyEncoding[] = ['tcvn3', 'vni', 'viqr']

/**
 * The legacy encoding the text is in, or null when it is Unicode, plain ASCII or anything else.
 * Decides on the whole text: pass a paragraph, not a word.
 */
export function detectEncoding(text: string): LegacyEncoding | null {
  if (hasUnicodeVietnamese(text)) return null
  let best: Score | null = null
  for (const encoding of CANDIDATES) {
    if (!STRONG[encoding].test(text)) continue
    const s = score(text, encoding)
    if (s.valid === 0 || s.invalid * 4 > s.valid) continue
    if (!best || s.valid - s.invalid > best.valid - best.invalid) best = s
  }
  return best?.encoding ?? null
}
