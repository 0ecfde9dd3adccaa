/**
 * Where to break a centred line that does not fit — the trích yếu under "BÁO CÁO", a long issuer
 * or managing-body name — the way a secretary does it by hand with Shift+Enter: lines of similar
 * length, broken after a comma or before "và", before "PHƯỜNG" or "ỦY BAN", and never inside a
 * term such as "nhiệm vụ", "Hồ Chí Minh" or "năm 2025". Word and LibreOffice know nothing of
 * Vietnamese words and would break anywhere.
 */
import { textWidthPt, TWIPS_PER_PT } from './metrics'
import type { TextStyle } from './profiles'

/**
 * Room kept beside a line so that a renderer that rounds each glyph to its device grid does not
 * wrap it. The widths are the font's own (metrics.ts): LibreOffice's lines measure within 0.1 %
 * of them.
 */
export const FIT_SLACK = 1.005

/** Whether a line `width` twips wide fits in `available` twips, with {@link FIT_SLACK}. */
export function fits(width: number, available: number): boolean {
  return width * FIT_SLACK <= available
}

// Terms of ward reports a line should not split, lower case, words separated by one space.
const TERMS: readonly string[] = [
  'an ninh',
  'an sinh',
  'ban chấp hành',
  'biên phủ',
  'cải cách',
  'cán bộ',
  'chỉ tiêu',
  'chi bộ',
  'chí minh',
  'chính quyền',
  'chính trị',
  'chuyển đổi số',
  'cơ quan',
  'công dân',
  'công nghiệp',
  'công tác',
  'cuối năm',
  'dân số',
  'dịch vụ',
  'đảng bộ',
  'đảng ủy',
  'đảng viên',
  'đánh giá',
  'đào tạo',
  'đầu năm',
  'đầu tư',
  'đất đai',
  'đề xuất',
  'điện biên',
  'đô thị',
  'đoàn thể',
  'giải pháp',
  'giảm nghèo',
  'giáo dục',
  'hạ tầng',
  'hành chính',
  'hồ chí',
  'hộ tịch',
  'hội đồng',
  'kết quả',
  'khiếu nại',
  'kiến nghị',
  'kinh tế',
  'lãng phí',
  'lao động',
  'lãnh đạo',
  'mặt trận',
  'môi trường',
  'ngân sách',
  'người có công',
  'nhân dân',
  'nhiệm kỳ',
  'nhiệm vụ',
  'phát triển',
  'phục vụ',
  'phương hướng',
  'quân sự',
  'quốc phòng',
  'sơ kết',
  'tài nguyên',
  'tham nhũng',
  'thành phố',
  'thị xã',
  'thị trấn',
  'thực hiện',
  'thương mại',
  'thường trực',
  'thường vụ',
  'tình hình',
  'tổ chức',
  'tổ dân phố',
  'tổ quốc',
  'tố cáo',
  'tổng kết',
  'trọng tâm',
  'trung tâm',
  'tư pháp',
  'ủy ban',
  'văn hóa',
  'văn phòng',
  'việc làm',
  'xã hội',
  'xây dựng',
  'y tế',
]

// Words a name block starts with: a good place to begin a line ("… / PHƯỜNG PHÚ XUÂN").
const HEADS: readonly string[] = [
  'phường',
  'xã',
  'thành phố',
  'tỉnh',
  'quận',
  'huyện',
  'thị xã',
  'đặc khu',
  'ủy ban',
  'hội đồng',
  'đảng ủy',
  'đảng bộ',
  'chi bộ',
  'phòng',
  'cơ quan',
  'văn phòng',
  'trung tâm',
  'ubnd',
  'hđnd',
]
// Place nouns whose proper name follows: the name stays whole and with its noun.
const PLACE_NOUNS: readonly string[] = ['phường', 'xã', 'thành phố', 'tỉnh', 'quận', 'huyện', 'thị xã', 'đặc khu']
// Words that open a clause: a fair place to begin a line.
const CONNECTORS: ReadonlySet<string> = new Set([
  'và',
  'về',
  'của',
  'trong',
  'trên',
  'tại',
  'theo',
  'đối',
  'cho',
  'với',
  'để',
  'nhằm',
  'gắn',
])
// Words that go with the number after them ("năm 2025", "tháng 6", "số 05").
const BEFORE_NUMBER: ReadonlySet<string> = new Set(['năm', 'tháng', 'ngày', 'số', 'khóa', 'lần', 'giai'])

// Break costs compare the same few words against every term many times: lower-case each word
// and split each phrase once (locale-aware lower-casing is slow enough to dominate an export).
const lowered = new Map<string, string>()
const lowerWord = (word: string): string => {
  let lower = lowered.get(word)
  if (lower === undefined) {
    lower = word
      .normalize('NFC')
      .toLocaleLowerCase('vi')
      .replace(/[,;:.()]+$/u, '')
    if (lowered.size < 10_000) lowered.set(word, lower)
  }
  return lower
}
const phraseParts = new Map<string, string[]>()

function startsWithPhrase(words: readonly string[], at: number, phrases: readonly string[]): string | undefined {
  return phrases.find((phrase) => {
    let parts = phraseParts.get(phrase)
    if (parts === undefined) {
      parts = phrase.split(' ')
      phraseParts.set(phrase, parts)
    }
    return parts.every((part, k) => lowerWord(words[at + k] ?? '') === part)
  })
}

/** Cost of starting a new line before `words[at]` (lower is better). */
function breakCost(words: readonly string[], at: number): number {
  const before = words[at - 1] ?? ''
  const after = lowerWord(words[at] ?? '')
  // Inside a term: "nhiệm / vụ".
  for (let start = Math.max(0, at - 2); start < at; start++) {
    const term = startsWithPhrase(words, start, TERMS)
    if (term && start + term.split(' ').length > at && !words.slice(start, at).some((w) => /[,;:]$/u.test(w))) return 6
  }
  // A line must not start with the hyphen of "kinh tế - xã hội" (it would read as a bullet), nor end with it.
  if (after === '-') return 6
  if (before === '-') return 3
  // "năm / 2025", "6 / tháng".
  if (/^\d/u.test(after) && BEFORE_NUMBER.has(lowerWord(before))) return 6
  if (/^\d+$/u.test(lowerWord(before)) && (after === 'tháng' || after === 'năm')) return 6
  // Inside or before the proper name after a place noun: "PHƯỜNG / ĐIỆN BIÊN PHỦ".
  for (let start = Math.max(0, at - 4); start < at; start++) {
    const noun = startsWithPhrase(words, start, PLACE_NOUNS)
    if (
      noun &&
      start + noun.split(' ').length <= at &&
      !startsWithPhrase(words, at, HEADS) &&
      !words.slice(start, at).some((w) => /[,;:]$/u.test(w))
    )
      return 4
  }
  if (/[,;:]$/u.test(before)) return 0
  if (startsWithPhrase(words, at, HEADS)) return 0
  if (CONNECTORS.has(after)) return 1
  return 2
}

/** Every way to choose `count` − 1 break positions among 1…n−1, in order. */
function* breakSets(n: number, count: number, from = 1): Generator<number[]> {
  if (count === 1) {
    yield []
    return
  }
  for (let at = from; at <= n - (count - 1); at++) {
    for (const rest of breakSets(n, count - 1, at + 1)) yield [at, ...rest]
  }
}

const MAX_EXHAUSTIVE_LINES = 4
// How much an uneven split costs against a poor break: fully ragged (one line empty) = 4 points.
const RAGGED_WEIGHT = 4

/** Widths and break costs of one line's words, computed once for every split tried. */
interface Measured {
  words: readonly string[]
  /** `prefix[i]`: total width of words 0…i−1, without spaces. */
  prefix: number[]
  space: number
  /** `costs[at]`: cost of a break before word `at`. */
  costs: number[]
}

function measure(words: readonly string[], style: TextStyle): Measured {
  const bold = style.bold ?? false
  const italic = style.italic ?? false
  const prefix = [0]
  words.forEach((word, i) => prefix.push((prefix[i] ?? 0) + textWidthPt(word, style.size, bold, italic) * TWIPS_PER_PT))
  return {
    words,
    prefix,
    space: textWidthPt(' ', style.size, bold, italic) * TWIPS_PER_PT,
    costs: words.map((_, at) => (at === 0 ? 0 : breakCost(words, at))),
  }
}

/** Width in twips of words `from`…`to`−1 on one line. */
function lineWidth(m: Measured, from: number, to: number): number {
  return (m.prefix[to] ?? 0) - (m.prefix[from] ?? 0) + m.space * (to - from - 1)
}

/** The best split of the words into `count` lines that fit, or null when none fits. */
function bestSplit(m: Measured, count: number, available: number): string[] | null {
  let best: { cost: number; bounds: number[] } | null = null
  for (const breaks of breakSets(m.words.length, count)) {
    const bounds = [0, ...breaks, m.words.length]
    const widths = bounds.slice(0, -1).map((start, i) => lineWidth(m, start, bounds[i + 1] ?? start))
    if (!widths.every((w) => fits(w, available))) continue
    const cost = breaks.reduce((sum, at) => sum + (m.costs[at] ?? 0), 0) + RAGGED_WEIGHT * (1 - Math.min(...widths) / Math.max(...widths))
    if (!best || cost < best.cost) best = { cost, bounds }
  }
  if (!best) return null
  const { bounds } = best
  return bounds.slice(0, -1).map((start, i) => m.words.slice(start, bounds[i + 1]).join(' '))
}

/**
 * `text` with the lines that would not fit `available` twips broken into the fewest lines that
 * fit, at the best places (see the module comment). Lines that fit, and the clerk's own breaks
 * ("\n"), are kept; a line that cannot be made to fit (one very long word) is left to the renderer.
 */
export function balanceLines(text: string, style: TextStyle, available: number): string {
  return text
    .split('\n')
    .map((line) => {
      const words = line
        .trim()
        .split(/\s+/u)
        .filter((w) => w !== '')
      const whole = words.join(' ')
      if (words.length < 2) return whole
      const m = measure(words, style)
      const total = lineWidth(m, 0, words.length)
      if (fits(total, available)) return whole
      const least = Math.max(2, Math.ceil((total * FIT_SLACK) / available))
      for (let count = least; count <= Math.min(words.length, MAX_EXHAUSTIVE_LINES); count++) {
        const split = bestSplit(m, count, available)
        if (split) return split.join('\n')
      }
      return whole
    })
    .join('\n')
}
