/** Document number, reporting period and letter case. */
import type { Period, ProfileId } from '../model/schema'

// Room to write the number by hand once the document is registered (spec §2.4, §3.1).
const STATE_BLANK_NUMBER = '      '
const PARTY_BLANK_NUMBER = '     '

/**
 * The "Số" line: state "Số: 05/BC-UBND", Party "Số 45-BC/ĐU" (no colon, hyphen before the symbol).
 *
 * A one-digit number gets a leading zero ("5" → "05"); other text is kept as typed. A blank
 * number leaves room to fill in by hand: "Số:      /BC-UBND", "Số     -BC/ĐU".
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
 * The period that follows, for "phương hướng, nhiệm vụ …": after the year 2025 comes 2026; after
 * the first half of 2026 the second; after the second half of 2026 the first half of 2027.
 */
export function nextPeriod(period: Period): Period {
  if (period.kind === 'year') return { kind: 'year', year: period.year + 1 }
  return period.half === 1 ? { kind: 'half', year: period.year, half: 2 } : { kind: 'half', year: period.year + 1, half: 1 }
}

/** The period that follows, as it reads in a title: after "năm 2025" comes "năm 2026". */
export function nextPeriodText(period: Period): string {
  return periodText(nextPeriod(period))
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
