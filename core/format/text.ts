/** Document number, reporting period and letter case. */
import type { Period, ProfileId } from '../model/schema'

// Room to write the number by hand once the document is registered (spec §2.4, §3.1).
const STATE_BLANK_NUMBER = '      '
const PARTY_BLANK_NUMBER = '    '

/**
 * The "Số" line: state "Số: 05/BC-UBND", Party "Số 45-BC/ĐU" (no colon, hyphen before the symbol).
 *
 * A one-digit number gets a leading zero ("5" → "05"); other text is kept as typed. A blank
 * number leaves room to fill in by hand: "Số:      /BC-UBND", "Số    -BC/ĐU".
 * For the Party side `symbol` already holds the slash: "BC/ĐU".
 */
export function formatDocNumber(profile: ProfileId, number: string, symbol: string): string {
  const trimmed = number.normalize('NFC').trim()
  const sym = symbol.normalize('NFC').trim()
  const num = /^\d$/.test(trimmed) ? `0${trimmed}` : trimmed
  if (profile === 'party') return num === '' ? `Số${PARTY_BLANK_NUMBER}-${sym}` : `Số ${num}-${sym}`
  return num === '' ? `Số:${STATE_BLANK_NUMBER}/${sym}` : `Số: ${num}/${sym}`
}

/** The period as it reads in a title: "năm 2025", "6 tháng đầu năm 2026", "6 tháng cuối năm 2026". */
export function periodText(period: Period): string {
  if (period.kind === 'year') return `năm ${period.year}`
  return `6 tháng ${period.half === 1 ? 'đầu' : 'cuối'} năm ${period.year}`
}

/**
 * The period that follows, for "phương hướng, nhiệm vụ …": after "năm 2025" comes "năm 2026";
 * after the first half of 2026 the second; after the second half of 2026 the first half of 2027.
 */
export function nextPeriodText(period: Period): string {
  if (period.kind === 'year') return periodText({ kind: 'year', year: period.year + 1 })
  return period.half === 1
    ? periodText({ kind: 'half', year: period.year, half: 2 })
    : periodText({ kind: 'half', year: period.year + 1, half: 1 })
}

/**
 * Upper-case Vietnamese text in NFC: "Kết quả thực hiện" → "KẾT QUẢ THỰC HIỆN", "đ" → "Đ".
 *
 * Uses the locale-independent mapping: Vietnamese has no special casing rules, and the default
 * locale of the machine (Turkish, say) must not turn "i" into "İ".
 */
export function upperVi(text: string): string {
  return text.normalize('NFC').toUpperCase().normalize('NFC')
}

// Generic nouns of administrative units: lower case before a proper name (spec §2.5, Phụ lục II).
const PLACE_NOUNS = [
  'thành phố',
  'thị xã',
  'thị trấn',
  'đặc khu',
  'khu phố',
  'phường',
  'tỉnh',
  'quận',
  'huyện',
  'xã',
  'tổ dân phố',
  'ấp',
  'thôn',
]

function capitalize(word: string): string {
  return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1)
}

/**
 * An issuer's name as it reads inside a sentence, from its upper-case header form:
 * "ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ XUÂN" → "Ủy ban nhân dân phường Phú Xuân",
 * "ĐẢNG ỦY PHƯỜNG TÂN CHÍNH" → "Đảng ủy phường Tân Chính", "UBND PHƯỜNG 1" → "UBND Phường 1".
 *
 * The first word is capitalised and the rest lower case up to a generic place noun; the words of
 * the place name after it are capitalised. A place named by a number capitalises the noun too
 * ("Phường 1"). All-capital abbreviations (UBND, HĐND) stay as they are.
 */
export function issuerInSentence(header: string): string {
  const words = header.normalize('NFC').replace(/\s+/gu, ' ').trim().split(' ')
  const out: string[] = []
  let inName = false
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? ''
    const lower = word.toLocaleLowerCase('vi')
    const abbreviation = word.length >= 2 && word.length <= 5 && /^[A-ZĐ]+$/u.test(word) && !/[AEIOUY]/u.test(word.slice(1))
    const noun = PLACE_NOUNS.find(
      (n) =>
        words
          .slice(i, i + n.split(' ').length)
          .join(' ')
          .toLocaleLowerCase('vi') === n,
    )
    if (abbreviation) {
      out.push(word)
    } else if (noun && !inName) {
      const nounWords = noun.split(' ')
      const numbered = /^\d/u.test(words[i + nounWords.length] ?? '')
      out.push(...nounWords.map((w, k) => (k === 0 && (numbered || out.length === 0) ? capitalize(w) : w)))
      i += nounWords.length - 1
      inName = true
    } else if (inName) {
      out.push(capitalize(lower))
    } else {
      out.push(out.length === 0 ? capitalize(lower) : lower)
    }
  }
  return out.join(' ')
}
