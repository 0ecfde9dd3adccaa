/**
 * Numbers the Vietnamese way: a dot between thousands ("1.250 lao động"), a comma before the
 * decimals ("12,5%"), no space before "%". Codes, dates and numbered units ("05-CT/TW",
 * "19/10/2018", "Quận 12") are not numbers to rewrite.
 */
import { ProofCode, finding, type ProofFinding } from './types'
import type { Scan } from './scan'

/** Nouns that count whole things: "1,250" before them cannot be a decimal. */
const COUNTED = new Set(
  `người lao hộ hồ trường học đảng cán công viên lượt việc đơn cơ doanh tổ công vụ căn nhà phòng
   hội đoàn thanh hợp em cháu suất nhân khẩu bản ca xe gia cuộc buổi lớp chiến cây con chiếc cái bộ điểm km tấn`.split(/\s+/u),
)
/** Units after which an English decimal point is certainly one ("12.5%", "3.5 tỷ đồng"). */
const UNITS = new Set(`tỷ tỉ triệu nghìn ngàn ha km m m2 m² tấn kg lần đồng năm tháng giờ điểm lít`.split(/\s+/u))

const NUMBER = /(?<![\p{L}\p{N}.,/-])\d[\d.,]*\d(?:[ \u00a0]?%)?|(?<![\p{L}\p{N}.,/-])\d[ \u00a0]%/gu

function nextWord(text: string, at: number): string {
  return /^[ \u00a0]+([\p{L}\p{M}²0-9]+)/u.exec(text.slice(at, at + 24))?.[1]?.toLowerCase() ?? ''
}

/** Swaps "," and "." in an English-written number. */
const vietnamese = (n: string): string => n.replace(/[.,]/gu, (c) => (c === ',' ? '.' : ','))

export function checkNumbers(s: Scan): ProofFinding[] {
  const { text } = s
  const out: ProofFinding[] = []
  for (const m of text.matchAll(NUMBER)) {
    const raw = m[0]
    const start = m.index
    const end = start + raw.length
    const after = text[end] ?? ''
    // Part of a code, a date or a name ("19/10/2018", "05-CT/TW", "A1.2", "1.2.3").
    if (/[\p{L}/-]/u.test(after) || /[.,]\d/u.test(text.slice(end, end + 2))) continue
    const percent = raw.endsWith('%')
    const digits = raw.replace(/[ \u00a0]?%$/u, '')
    if (/[ \u00a0]%$/u.test(raw)) {
      out.push(finding(ProofCode.number, text, start + digits.length, end, 'percentSpace', ['%']))
    }
    const unit = percent ? '%' : nextWord(text, end)
    if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u.test(digits)) {
      // "1,250,000" or "1,250.5" is English; "1,250" only before a count ("1,250 lao động").
      const certain = (digits.match(/,/gu)?.length ?? 0) > 1 || digits.includes('.') || COUNTED.has(unit)
      if (certain)
        out.push(
          finding(ProofCode.number, text, start, start + digits.length, 'thousands', [vietnamese(digits)], { right: vietnamese(digits) }),
        )
    } else if (/^\d+\.\d{1,2}$/u.test(digits) && (percent || UNITS.has(unit))) {
      out.push(
        finding(ProofCode.number, text, start, start + digits.length, 'decimal', [vietnamese(digits)], { right: vietnamese(digits) }),
      )
    }
  }
  return out
}
