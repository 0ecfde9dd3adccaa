/**
 * Capitals by Nghị định 30/2020/NĐ-CP, Phụ lục II: "Nhân dân", "Nhà nước" and "Đảng" (the
 * Communist Party) with a capital; names of bodies with the first word capitalised only
 * ("Hội đồng nhân dân", not "Hội Đồng Nhân Dân"); generic nouns of administrative units in lower
 * case before a name ("phường Hòa Khánh") and capitalised before a number ("Phường 12").
 */
import { startsSentence, type Scan } from './scan'
import { ProofCode, finding, type ProofFinding } from './types'

/** Words before "nhân dân" that make it part of a name or a title ("Ủy ban nhân dân", "Công an nhân dân"). */
const NHAN_DAN_BEFORE = new Set(
  `ban đồng an đội án sát trang sĩ sỹ giáo thuốc chủ tranh ninh phòng báo nghệ hùng tệ hoà hòa quân
   lực vũ đảng hội tòa toà viện`.split(/\s+/u),
)
/** Words after "nhân dân" that make it the currency. */
const NHAN_DAN_AFTER = new Set(['tệ'])

/**
 * Words before lower-case "đảng" that make it the noun for the Party ("của Đảng", "xây dựng Đảng",
 * "vào Đảng"); elsewhere it is an attribute and stays lower case ("tổ chức cơ sở đảng", "kỷ luật đảng").
 */
const DANG_BEFORE = new Set(['của', 'vào', 'với', 'theo', 'cho', 'dựng', 'về'])
/** Words after it that do the same ("Đảng ta", "Đảng Cộng sản"). */
const DANG_AFTER = new Set(['ta', 'cộng'])
/** Words after it that make a word of their own ("đảng viên", "đảng bộ", "đảng phí"). */
const DANG_WORDS = new Set(`viên bộ ủy uỷ phí vụ tịch kỳ kì tính đoàn phái trưởng sâm`.split(/\s+/u))

/** Names of bodies as Phụ lục II writes them: the first word capitalised, the rest as shown. */
const BODIES = [
  'Ủy ban nhân dân',
  'Uỷ ban nhân dân',
  'Hội đồng nhân dân',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Uỷ ban Mặt trận Tổ quốc Việt Nam',
  'Mặt trận Tổ quốc Việt Nam',
  'Ban Thường vụ',
  'Ban Chấp hành',
  'Ban Chỉ đạo',
  'Ban Chỉ huy Quân sự',
  'Ủy ban Kiểm tra',
  'Uỷ ban Kiểm tra',
  'Hội Liên hiệp Phụ nữ',
  'Hội Cựu chiến binh',
  'Hội Nông dân',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Liên đoàn Lao động',
  'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
  'Trung tâm Phục vụ hành chính công',
  'Công an phường',
  'Đảng ủy phường',
  'Đảng uỷ phường',
]

const UNITS = ['thành phố', 'thị xã', 'thị trấn', 'phường', 'quận', 'huyện', 'tỉnh', 'xã']
const NUMBERED_UNITS = new Set(['phường', 'quận', 'xã'])
/** Special cases of Phụ lục II, capitalised before the name. */
const SPECIAL_UNITS = ['Thành phố Hồ Chí Minh', 'Thủ đô Hà Nội']

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
/** Each word of a body's name in either case of its first letter ("Hội Đồng", "Hội đồng"), without the slower i flag. */
const eitherCase = (name: string): string =>
  name
    .split(' ')
    .map((w) => `[${w.charAt(0).toLowerCase()}${w.charAt(0).toUpperCase()}]${escape(w.slice(1))}`)
    .join(' ')
const BODY_PATTERN = new RegExp(`(?<![\\p{L}\\p{M}])(?:${BODIES.map(eitherCase).join('|')})(?![\\p{L}\\p{M}])`, 'gu')
const UNIT_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{M}])(${UNITS.flatMap((u) => [u, capitalise(u), u.toUpperCase()]).join('|')})[ \\u00a0]+(?=(\\p{Lu}[\\p{L}\\p{M}]*|\\d+(?![\\d.,/-])))`,
  'gu',
)
const IS_UPPER = (s: string): boolean => s === s.toUpperCase()

const wordBefore = (text: string, at: number): string => /([\p{L}\p{M}]+)[ \u00a0]+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1] ?? ''
const wordAfter = (text: string, at: number): string => /^[ \u00a0]+([\p{L}\p{M}]+)/u.exec(text.slice(at, at + 20))?.[1] ?? ''

function specialWords(s: Scan): ProofFinding[] {
  const out: ProofFinding[] = []
  const { text } = s
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])nhân dân(?![\p{L}\p{M}])/gu)) {
    const before = wordBefore(text, m.index).toLowerCase()
    const after = wordAfter(text, m.index + m[0].length).toLowerCase()
    if (NHAN_DAN_BEFORE.has(before) || NHAN_DAN_AFTER.has(after)) continue
    out.push(finding(ProofCode.capitals, text, m.index, m.index + m[0].length, 'special', ['Nhân dân'], { right: 'Nhân dân' }))
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])nhà nước(?![\p{L}\p{M}])/gu)) {
    const before = wordBefore(text, m.index).toLowerCase()
    const after = wordAfter(text, m.index + m[0].length).toLowerCase()
    // Only where it names the State: "của Nhà nước", "Đảng và Nhà nước", "Nhà nước ta".
    const precededByDang = /Đảng,?[ \u00a0]+(?:và[ \u00a0]+)?$/u.test(text.slice(Math.max(0, m.index - 12), m.index))
    if (!(before === 'của' || precededByDang || after === 'ta')) continue
    out.push(finding(ProofCode.capitals, text, m.index, m.index + m[0].length, 'special', ['Nhà nước'], { right: 'Nhà nước' }))
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])đảng(?![\p{L}\p{M}])/gu)) {
    const after = wordAfter(text, m.index + m[0].length).toLowerCase()
    const before = wordBefore(text, m.index).toLowerCase()
    const andState = /^[ \u00a0]+và[ \u00a0]+[Nn]hà nước/u.test(text.slice(m.index + m[0].length))
    if (DANG_WORDS.has(after) || !(DANG_AFTER.has(after) || DANG_BEFORE.has(before) || andState)) continue
    out.push(finding(ProofCode.capitals, text, m.index, m.index + m[0].length, 'special', ['Đảng'], { right: 'Đảng' }))
  }
  return out
}

function bodies(s: Scan): ProofFinding[] {
  const out: ProofFinding[] = []
  const { text } = s
  for (const m of text.matchAll(BODY_PATTERN)) {
    const found = m[0]
    // Headings in capitals and bodies named in lower case ("các ủy ban nhân dân") are left alone.
    if (IS_UPPER(found) || found.charAt(0) === found.charAt(0).toLowerCase()) continue
    const canonical = BODIES.find((b) => b.toLowerCase() === found.toLowerCase()) ?? found
    if (canonical === found) continue
    out.push(finding(ProofCode.capitals, text, m.index, m.index + found.length, 'body', [canonical], { right: canonical }))
  }
  return out
}

function units(s: Scan): ProofFinding[] {
  const out: ProofFinding[] = []
  const { text } = s
  for (const m of text.matchAll(UNIT_PATTERN)) {
    const unit = m[1] ?? ''
    const name = m[2] ?? ''
    const start = m.index
    const end = start + unit.length
    const lower = unit.toLowerCase()
    const numbered = /^\d/u.test(name)
    if (IS_UPPER(unit) && unit.length > 1) continue
    const rest = text.slice(start, start + 40)
    if (SPECIAL_UNITS.some((sp) => rest.startsWith(sp))) continue
    if (numbered) {
      if (!NUMBERED_UNITS.has(lower) || unit !== lower) continue
      out.push(finding(ProofCode.capitals, text, start, end, 'numberedUnit', [capitalise(unit)], { right: capitalise(unit) }))
    } else if (unit !== lower && !startsSentence(text, start) && !IS_UPPER(name)) {
      out.push(finding(ProofCode.capitals, text, start, end, 'unit', [lower], { right: lower }))
    }
  }
  return out
}

export function checkCapitals(s: Scan): ProofFinding[] {
  return [...specialWords(s), ...bodies(s), ...units(s)]
}
