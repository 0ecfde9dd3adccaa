/**
 * The Vietnamese letters of the three legacy encodings, written out from their definitions:
 *
 * - **TCVN3** (TCVN 5712:1993, table VN3, the "ABC" fonts `.VnTime`, `.VnArial`…): one byte per
 *   letter; lower-case letters with their tones at 0xB5–0xFE, ă â ê ô ơ ư đ at 0xA8–0xAE and the
 *   capitals Ă Â Ê Ô Ơ Ư Đ at 0xA1–0xA7. There are no capitals with tones: a heading is typed in
 *   lower case in a capitals font (`.VnTimeH`), whose glyphs at the same bytes are capitals.
 * - **VNI** (VNI for Windows, the `VNI-Times` fonts): a base letter followed by a byte that the
 *   font draws as a mark (a + ù = á, o + â = ô); ơ ư đ and a few i/y letters are one byte.
 * - **VIQR** (RFC 1456): plain ASCII, the marks written after the vowel (a' a` a? a~ a. a^ a( o+
 *   dd).
 *
 * A byte of a legacy font is read as Windows-1252 by Word; every byte used here is at 0xA1 or
 * above, where Windows-1252 is Latin-1, so a byte's character is the code point of that value.
 */

/** Tones in the order of the tables: none, huyền, hỏi, ngã, sắc, nặng. */
export const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const

/** The twelve vowels and đ, lower case, in the order of the tables below. */
export const BASES = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const

/** TCVN3: for each base, the characters of the six tones (TCVN 5712:1993 VN3). */
export const TCVN3_VOWELS: Readonly<Record<(typeof BASES)[number], string>> = {
  a: 'a\u00B5\u00B6\u00B7\u00B8\u00B9', // a µ ¶ · ¸ ¹
  ă: '\u00A8\u00BB\u00BC\u00BD\u00BE\u00C6', // ¨ » ¼ ½ ¾ Æ
  â: '\u00A9\u00C7\u00C8\u00C9\u00CA\u00CB', // © Ç È É Ê Ë
  e: 'e\u00CC\u00CE\u00CF\u00D0\u00D1', // e Ì Î Ï Ð Ñ
  ê: '\u00AA\u00D2\u00D3\u00D4\u00D5\u00D6', // ª Ò Ó Ô Õ Ö
  i: 'i\u00D7\u00D8\u00DC\u00DD\u00DE', // i × Ø Ü Ý Þ
  o: 'o\u00DF\u00E1\u00E2\u00E3\u00E4', // o ß á â ã ä
  ô: '\u00AB\u00E5\u00E6\u00E7\u00E8\u00E9', // « å æ ç è é
  ơ: '\u00AC\u00EA\u00EB\u00EC\u00ED\u00EE', // ¬ ê ë ì í î
  u: 'u\u00EF\u00F1\u00F2\u00F3\u00F4', // u ï ñ ò ó ô
  ư: '\u00AD\u00F5\u00F6\u00F7\u00F8\u00F9', // (soft hyphen) õ ö ÷ ø ù
  y: 'y\u00FA\u00FB\u00FC\u00FD\u00FE', // y ú û ü ý þ
}

/** TCVN3's other letters: đ and the seven capitals it has. */
export const TCVN3_OTHERS: Readonly<Record<string, string>> = {
  '\u00AE': 'đ',
  '\u00A1': 'Ă',
  '\u00A2': 'Â',
  '\u00A3': 'Ê',
  '\u00A4': 'Ô',
  '\u00A5': 'Ơ',
  '\u00A6': 'Ư',
  '\u00A7': 'Đ',
}

/** VNI: for each base, the six tones as the font writes them (lower case; capitals below). */
export const VNI_VOWELS: Readonly<Record<(typeof BASES)[number], readonly string[]>> = {
  a: ['a', 'aø', 'aû', 'aõ', 'aù', 'aï'],
  ă: ['aê', 'aè', 'aú', 'aü', 'aé', 'aë'],
  â: ['aâ', 'aà', 'aå', 'aã', 'aá', 'aä'],
  e: ['e', 'eø', 'eû', 'eõ', 'eù', 'eï'],
  ê: ['eâ', 'eà', 'eå', 'eã', 'eá', 'eä'],
  i: ['i', 'ì', 'æ', 'ó', 'í', 'ò'],
  o: ['o', 'oø', 'oû', 'oõ', 'où', 'oï'],
  ô: ['oâ', 'oà', 'oå', 'oã', 'oá', 'oä'],
  ơ: ['ô', 'ôø', 'ôû', 'ôõ', 'ôù', 'ôï'],
  u: ['u', 'uø', 'uû', 'uõ', 'uù', 'uï'],
  ư: ['ö', 'öø', 'öû', 'öõ', 'öù', 'öï'],
  y: ['y', 'yø', 'yû', 'yõ', 'yù', 'î'],
}

/** VNI's đ. */
export const VNI_D = 'ñ'

/** VIQR: the mark that makes each modified vowel, and the tone marks in table order. */
export const VIQR_MODIFIERS: Readonly<Record<string, string>> = { ă: 'a(', â: 'a^', ê: 'e^', ô: 'o^', ơ: 'o+', ư: 'u+' }
export const VIQR_TONES = ['', '`', '?', '~', "'", '.'] as const

/** The Unicode letter (NFC) of a base with a tone, lower case. */
export function letter(base: string, tone: number): string {
  return (base + (TONES[tone] ?? '')).normalize('NFC')
}
