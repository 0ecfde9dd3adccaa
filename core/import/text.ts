/** Text helpers of the importer: reading blocks as text, letter case, and loose title matching. */
import { upperVi } from '../format/text'
import type { SourceBlock, SourceParagraph } from './source'

/** Spaces as Word writes them (non-breaking, thin, runs of several) made single and trimmed. */
export function cleanSpaces(text: string): string {
  return text
    .replace(/[\u00A0\u2000-\u200B\u202F\u3000]/gu, ' ')
    .replace(/[ \t]+/gu, ' ')
    .trim()
}

/** The text of a paragraph: line breaks as "\n", tabs as "\t", NFC. */
export function paragraphText(paragraph: SourceParagraph): string {
  let out = ''
  for (const inline of paragraph.inlines) {
    if (inline.kind === 'text') out += inline.text
    else if (inline.kind === 'break') out += '\n'
    else out += '\t'
  }
  return out.normalize('NFC')
}

/** All text of a block, tables included (cells separated by "\t", rows by "\n"). */
export function blockText(block: SourceBlock): string {
  if (block.kind === 'paragraph') return paragraphText(block)
  return block.rows.map((row) => row.cells.map((cell) => cell.blocks.map(blockText).join('\n')).join('\t')).join('\n')
}

/** True when every visible character of the paragraph is bold (and there is at least one). */
export function isWholeBold(paragraph: SourceParagraph): boolean {
  let seen = false
  for (const inline of paragraph.inlines) {
    if (inline.kind !== 'text' || inline.text.trim() === '') continue
    if (!inline.bold) return false
    seen = true
  }
  return seen
}

/** True when the text has letters and none of them is lower case: "KẾT QUẢ NĂM 2025". */
export function isUpperText(text: string): boolean {
  return /\p{L}/u.test(text) && upperVi(text) === text.normalize('NFC')
}

/** Lower case without diacritics, "đ" as "d": for comparing what clerks type in different ways. */
export function foldVi(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase()
}

// Words that keep their capital inside a sentence-cased title.
const PROPER_WORDS: ReadonlyMap<string, string> = new Map([
  ['đảng', 'Đảng'],
  ['nhà nước', 'Nhà nước'],
  ['nhân dân', 'Nhân dân'],
  ['hồ chí minh', 'Hồ Chí Minh'],
  ['mặt trận tổ quốc', 'Mặt trận Tổ quốc'],
  ['việt nam', 'Việt Nam'],
  ['hội đồng nhân dân', 'Hội đồng nhân dân'],
  ['ủy ban nhân dân', 'Ủy ban nhân dân'],
])

// One Vietnamese syllable (diacritics folded); anything else in capitals is an abbreviation.
const VIETNAMESE_SYLLABLE = /^(ngh|ng|nh|ch|th|tr|kh|ph|gh|gi|qu|[bcdghklmnpqrstvx])?[aeiouy]+(ch|ng|nh|[cmnpt])?$/u

/**
 * A title typed in capitals, in sentence case: "CÔNG TÁC XÂY DỰNG ĐẢNG" → "Công tác xây dựng
 * Đảng". Words that are not Vietnamese syllables (UBND, HĐND, MTTQ, COVID) stay in capitals; so do
 * Roman numerals.
 */
export function sentenceCase(text: string): string {
  const words = text.normalize('NFC').split(/(\s+)/u)
  let out = words
    .map((word, i) => {
      if (/^\s+$/u.test(word) || word === '') return word
      const letters = word.replace(/[^\p{L}]/gu, '')
      const abbreviation = letters.length >= 2 && !VIETNAMESE_SYLLABLE.test(foldVi(letters))
      const roman = /^[IVXLC]+[.\-)]?$/u.test(word)
      if (abbreviation || roman) return word
      const lower = word.toLocaleLowerCase('vi')
      return i === 0 ? lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1) : lower
    })
    .join('')
  for (const [lower, proper] of PROPER_WORDS) {
    out = out.replace(new RegExp(`(^|[^\\p{L}])${lower}(?=$|[^\\p{L}])`, 'gu'), (_match, before: string) => `${before}${proper}`)
  }
  return out.charAt(0).toLocaleUpperCase('vi') + out.slice(1)
}

/**
 * A title reduced for matching: folded, without a leading heading number ("I.", "1-", "a)",
 * "Phần II"), without years and period words, punctuation as spaces.
 */
export function normalizeTitle(title: string): string {
  return foldVi(cleanSpaces(title))
    .replace(/^phan\s+(thu\s+\S+|[ivxlc]+|\d+)\s*[.:\-–]?\s*/u, '')
    .replace(/^([ivxlc]+|\d{1,2}|[a-z])\s*[.\-–)]\s+/u, '')
    .replace(/\b(6|sau) thang (dau|cuoi) nam \d{4}\b/gu, ' ')
    .replace(/\bnam \d{4}\b/gu, ' ')
    .replace(/(?:\bnam |\b(?:6|sau) thang (?:dau|cuoi) nam )?\{[a-z]+\}/gu, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** The words of a normalised title, for {@link wordSimilarity}. */
export function titleWords(title: string): string[] {
  return normalizeTitle(title)
    .split(' ')
    .filter((w) => w !== '')
}

/** Dice similarity of the words of two normalised titles, from 0 (nothing shared) to 1. */
export function titleSimilarity(a: string, b: string): number {
  return wordSimilarity(titleWords(a), titleWords(b))
}

/** Dice similarity of two lists of words. */
export function wordSimilarity(wa: readonly string[], wb: readonly string[]): number {
  if (wa.length === 0 || wb.length === 0) return 0
  const pool = new Map<string, number>()
  for (const w of wb) pool.set(w, (pool.get(w) ?? 0) + 1)
  let shared = 0
  for (const w of wa) {
    const left = pool.get(w) ?? 0
    if (left > 0) {
      shared++
      pool.set(w, left - 1)
    }
  }
  return (2 * shared) / (wa.length + wb.length)
}
