/** Heading numbers: "Phần I", "I." / "I-", "1.", "a)" (spec §2.5, §3.3). */
import type { NumberingStyle, ProfileId } from '../model/schema'
import { profileFor } from '../layout/profiles'

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
]

/**
 * Upper-case Roman numeral for 1–3999.
 *
 * @throws RangeError outside 1–3999 or for a non-integer.
 */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`toRoman needs an integer from 1 to 3999, got ${n}`)
  let rest = n
  let out = ''
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol
      rest -= value
    }
  }
  return out
}

/**
 * The 23 letters legal documents use for điểm, in order: Vietnamese without the letters that
 * carry a breve or circumflex (ă â ê ô ơ ư), with "đ" after "d", and without the foreign f j w z.
 */
export const VIETNAMESE_ALPHABET = [
  'a',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'v',
  'x',
  'y',
] as const

/**
 * The letter of the n-th điểm (1-based): 1 → "a", 5 → "đ", 7 → "g", 23 → "y".
 *
 * Past "y" the alphabet starts again with doubled letters, then tripled ones:
 * 24 → "aa", 25 → "bb", 46 → "yy", 47 → "aaa". No regulation covers more than 23 điểm; this
 * keeps labels unique and in order instead of failing.
 *
 * @throws RangeError for a number below 1 or a non-integer.
 */
export function vietnameseAlpha(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`vietnameseAlpha needs an integer ≥ 1, got ${n}`)
  const count = VIETNAMESE_ALPHABET.length
  const letter = VIETNAMESE_ALPHABET[(n - 1) % count] ?? 'a'
  return letter.repeat(Math.floor((n - 1) / count) + 1)
}

/**
 * The label of a heading at 1-based position `index` among its siblings, with the separator of
 * the profile (core/layout):
 *
 * - `'phan'` → "Phần I" on both sides;
 * - `'roman'` → "I." on the state side (ND30), "I-" on the Party side (HD36 practice);
 * - `'arabic'` → "1." (state), "1-" (Party);
 * - `'alpha'` → "a)", with "đ" after "d".
 */
export function headingLabel(style: NumberingStyle, index: number, profile: ProfileId): string {
  const { suffix } = profileFor(profile).numbering[style]
  switch (style) {
    case 'phan':
      return `Phần ${toRoman(index)}${suffix}`
    case 'roman':
      return `${toRoman(index)}${suffix}`
    case 'arabic':
      if (!Number.isInteger(index) || index < 1) throw new RangeError(`Heading index must be an integer ≥ 1, got ${index}`)
      return `${index}${suffix}`
    case 'alpha':
      return `${vietnameseAlpha(index)}${suffix}`
  }
}
