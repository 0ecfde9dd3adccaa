/**
 * Abbreviations must be spelled out before they are used ("an ninh chính trị (ANCT)"), except
 * the well-known ones of the field, which the office may edit.
 */
import type { Scan } from './scan'
import { parseSyllable } from './syllable'
import { isKnown } from './lexicon'

/** Accepted without being spelled out: bodies, document types and terms every reader knows. */
export const DEFAULT_ABBREVIATIONS: Readonly<Record<string, string>> = {
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  MTTQ: 'Mặt trận Tổ quốc',
  MTTQVN: 'Mặt trận Tổ quốc Việt Nam',
  UBMTTQ: 'Ủy ban Mặt trận Tổ quốc',
  BCH: 'Ban Chấp hành',
  BTV: 'Ban Thường vụ',
  BCĐ: 'Ban Chỉ đạo',
  TW: 'Trung ương',
  TƯ: 'Trung ương',
  ĐU: 'Đảng ủy',
  QH: 'Quốc hội',
  ĐBQH: 'đại biểu Quốc hội',
  CP: 'Chính phủ',
  CHXHCN: 'Cộng hòa xã hội chủ nghĩa',
  CNXH: 'chủ nghĩa xã hội',
  NQ: 'nghị quyết',
  NĐ: 'nghị định',
  QĐ: 'quyết định',
  CT: 'chỉ thị',
  TT: 'thông tư',
  KH: 'kế hoạch',
  BC: 'báo cáo',
  TB: 'thông báo',
  HD: 'hướng dẫn',
  CV: 'công văn',
  VP: 'Văn phòng',
  VT: 'Văn thư',
  TP: 'thành phố',
  THCS: 'trung học cơ sở',
  THPT: 'trung học phổ thông',
  BHXH: 'bảo hiểm xã hội',
  BHYT: 'bảo hiểm y tế',
  CAND: 'Công an nhân dân',
  QĐND: 'Quân đội nhân dân',
  ĐVT: 'đơn vị tính',
  STT: 'số thứ tự',
  VNĐ: 'Việt Nam đồng',
  USD: 'đô la Mỹ',
  GDP: 'tổng sản phẩm trong nước',
  ASEAN: 'Hiệp hội các quốc gia Đông Nam Á',
  COVID: '',
  PDF: '',
  ID: '',
  ATM: '',
  SMS: '',
  CCCD: 'căn cước công dân',
  QR: '',
  TNHH: 'trách nhiệm hữu hạn',
  OCOP: 'Chương trình Mỗi xã một sản phẩm',
}

/**
 * Full forms the proofreader can offer for abbreviations that still need spelling out once (they
 * are not accepted by default: a reader outside the field may not know them).
 */
export const KNOWN_EXPANSIONS: Readonly<Record<string, string>> = {
  ANTT: 'an ninh trật tự',
  ANCT: 'an ninh chính trị',
  TTATXH: 'trật tự an toàn xã hội',
  ATGT: 'an toàn giao thông',
  ATTP: 'an toàn thực phẩm',
  PCCC: 'phòng cháy, chữa cháy',
  CNTT: 'công nghệ thông tin',
  CCHC: 'cải cách hành chính',
  TTHC: 'thủ tục hành chính',
  KTXH: 'kinh tế - xã hội',
  QPAN: 'quốc phòng - an ninh',
  ANQP: 'an ninh - quốc phòng',
  CBCC: 'cán bộ, công chức',
  CBCCVC: 'cán bộ, công chức, viên chức',
  HTX: 'hợp tác xã',
  CCB: 'cựu chiến binh',
  LHPN: 'Liên hiệp Phụ nữ',
  ĐTN: 'Đoàn Thanh niên',
  TNCS: 'Thanh niên Cộng sản',
  UBKT: 'Ủy ban Kiểm tra',
  UVBTV: 'Ủy viên Ban Thường vụ',
  DQTV: 'dân quân tự vệ',
  TDP: 'tổ dân phố',
  KDC: 'khu dân cư',
  GPMB: 'giải phóng mặt bằng',
  NTM: 'nông thôn mới',
  ĐTM: 'đô thị mới',
  XKLĐ: 'xuất khẩu lao động',
  GQVL: 'giải quyết việc làm',
  BVMT: 'bảo vệ môi trường',
  TNMT: 'tài nguyên và môi trường',
  VHTT: 'văn hóa, thông tin',
  TDTT: 'thể dục thể thao',
  KCB: 'khám, chữa bệnh',
  BTXH: 'bảo trợ xã hội',
  NCC: 'người có công',
  CSXH: 'chính sách xã hội',
  TCVN: 'tiêu chuẩn Việt Nam',
  DVC: 'dịch vụ công',
}

const ROMAN = /^M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u
const ABBR = /^[\p{Lu}][\p{Lu}\p{N}]+$/u

/** True when a word in capitals is read as an abbreviation (not a Roman numeral or a word in capitals). */
export function isAbbreviation(word: string): boolean {
  if (!ABBR.test(word) || ROMAN.test(word)) return false
  const s = parseSyllable(word)
  return s === null || s.fault !== null || !isKnown(s.base, s.tone)
}

export interface AbbreviationUse {
  abbr: string
  start: number
  end: number
}

export interface AbbreviationFacts {
  uses: AbbreviationUse[]
  /** Abbreviations spelled out here: "(ANCT)" after its full form, or "viết tắt là ANCT". */
  defined: AbbreviationUse[]
}

const DEFINITION = /\(\s*([\p{Lu}][\p{Lu}\p{N}]+)\s*\)|(?:viết tắt là|gọi tắt là)\s+[“"]?([\p{Lu}][\p{Lu}\p{N}]+)/gu

/** Where abbreviations are used and spelled out in one text. */
export function abbreviationFacts(s: Scan): AbbreviationFacts {
  const defined: AbbreviationUse[] = []
  const definedAt = new Set<number>()
  for (const m of s.text.matchAll(DEFINITION)) {
    const abbr = m[1] ?? m[2] ?? ''
    const start = m.index + m[0].lastIndexOf(abbr)
    // "(ANCT)" defines only after a full form, not at the start of a line or as a list label.
    if (m[1] !== undefined && !/[\p{L}]\s*$/u.test(s.text.slice(Math.max(0, m.index - 3), m.index))) continue
    if (!isAbbreviation(abbr)) continue
    defined.push({ abbr, start, end: start + abbr.length })
    definedAt.add(start)
  }
  const uses: AbbreviationUse[] = []
  for (const w of s.words) {
    if (definedAt.has(w.start) || !isAbbreviation(w.text)) continue
    uses.push({ abbr: w.text, start: w.start, end: w.end })
  }
  return { uses, defined }
}
