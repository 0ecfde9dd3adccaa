/**
 * Search that does not mind where the tone mark sits on "oa", "oe" and "uy": "hòa" and "hoà",
 * "khỏe" and "khoẻ", "thủy" and "thuỷ" are the same word written in the old and the new style,
 * and clerks type either (Unikey offers both). Any other difference of tone still counts.
 */

const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]'
/** A cluster in NFD, toned the old way (on its first vowel) or the new way (on its second). */
const CLUSTER = new RegExp(
  [`([oO])(${TONE})([aAeE])(?!\\p{M})`, `([uU])(${TONE})([yY])(?!\\p{M})`, `([oO])([aAeE])(${TONE})`, `([uU])([yY])(${TONE})`].join('|'),
  'gu',
)

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

/**
 * A regular expression source that finds `text` (NFC) in NFC text, with the tone of "oa", "oe"
 * and "uy" on either vowel; every other character is matched as it is.
 */
export function searchPattern(text: string): string {
  const nfd = text.normalize('NFD')
  let out = ''
  let last = 0
  for (const m of nfd.matchAll(CLUSTER)) {
    const g = m.slice(1)
    const [first, tone, second] = g[0] ? [g[0], g[1], g[2]] : g[3] ? [g[3], g[4], g[5]] : g[6] ? [g[6], g[8], g[7]] : [g[9], g[11], g[10]]
    out += escape(nfd.slice(last, m.index).normalize('NFC'))
    out += `(?:${`${first}${tone}${second}`.normalize('NFC')}|${`${first}${second}${tone}`.normalize('NFC')})`
    last = m.index + m[0].length
  }
  return out + escape(nfd.slice(last).normalize('NFC'))
}
