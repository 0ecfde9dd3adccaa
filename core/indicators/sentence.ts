/**
 * "Chèn câu": an indicator row as a complete sentence in the report's own words (spec §4.5), by its
 * kind:
 *
 * - plan: "Thu ngân sách nhà nước trên địa bàn ước đạt 21.000 triệu đồng, đạt 165,65% dự toán,
 *   tăng 12,3% so với cùng kỳ."; a share against its target: "… đạt 99,5%, vượt kế hoạch (98%).";
 * - count: "Có 02/16 chi bộ hoàn thành xuất sắc nhiệm vụ (tỷ lệ 12,5%).", "Kết nạp 03/08 đảng viên
 *   mới (đạt 37,5%).";
 * - lower: "Tỷ lệ hộ nghèo ước còn 1,2%, thấp hơn chỉ tiêu (1,5%), giảm 0,3 điểm phần trăm so với
 *   cùng kỳ.";
 * - spending: "Giải ngân vốn đầu tư công ước thực hiện 11.604 triệu đồng, đạt 96,7% kế hoạch vốn.";
 * - plain: "Tổng mức bán lẻ hàng hóa đạt 1.234 tỷ đồng, tăng 12,3% so với cùng kỳ."
 *
 * "ước" only for a result marked as an estimate. Nothing is written from a figure the grid shows
 * as wrong (not a number, negative, a count above its total).
 */
import { formatNumber, formatPercent, formatRatio, rate } from '../format/numbers'
import type { IndicatorRow } from '../model/schema'
import { computeIndicator, countsThings, figureIssues, formatCount, isShare, usable, type FigureStyle } from './compute'

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1)
const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1)

const isPercent = (unit: string): boolean => unit.trim() === '%'

function amount(value: number, row: Pick<IndicatorRow, 'kind' | 'unit'>, style: FigureStyle): string {
  const unit = row.unit.trim()
  if (isPercent(unit)) return formatPercent(value)
  const number = countsThings(row) ? formatCount(value, style) : formatNumber(value)
  return unit === '' ? number : `${number} ${unit}`
}

/** "đạt 165,65% dự toán" (the plan word as the row has it); null when there is no rate. */
export function planPhrase(actual: number | null, plan: number | null, word = 'kế hoạch'): string | null {
  const r = rate(actual, plan)
  return r === null ? null : `đạt ${formatPercent(r)} ${word}`.trimEnd()
}

/**
 * The change against the same period: "tăng 12,3% so với cùng kỳ", "giảm 5% so với cùng kỳ",
 * "bằng cùng kỳ"; `asRatio` gives "bằng 157,8% so với cùng kỳ". For a rate in percent the change
 * is in percentage points: "tăng 1,2 điểm phần trăm so với cùng kỳ".
 */
export function previousPhrase(
  actual: number | null,
  previous: number | null,
  mode: 'change' | 'ratio' | 'points' = 'change',
): string | null {
  if (mode === 'points') {
    if (actual === null || previous === null) return null
    const change = Math.round((actual - previous) * 100) / 100
    if (change === 0) return 'bằng cùng kỳ'
    return `${change > 0 ? 'tăng' : 'giảm'} ${formatNumber(Math.abs(change))} điểm phần trăm so với cùng kỳ`
  }
  const r = rate(actual, previous)
  if (r === null) return null
  if (mode === 'ratio') return `bằng ${formatPercent(r)} so với cùng kỳ`
  const change = Math.round((r - 100) * 100) / 100
  if (change === 0) return 'bằng cùng kỳ'
  return `${change > 0 ? 'tăng' : 'giảm'} ${formatPercent(Math.abs(change))} so với cùng kỳ`
}

function samePeriod(row: IndicatorRow, actual: number): string | null {
  return previousPhrase(actual, usable(row.previous), isPercent(row.unit) ? 'points' : 'change')
}

/**
 * A result against its plan in words, when a rate would not read well: a rate in percent ("vượt
 * kế hoạch (98%)", "chưa đạt chỉ tiêu (95%)") or less-is-better ("thấp hơn chỉ tiêu (1,5%)").
 */
function againstPlan(actual: number, plan: number, row: IndicatorRow, style: FigureStyle): string {
  const diff = Math.round((actual - plan) * 100) / 100
  const target = `${row.planWord.normalize('NFC').trim()} (${amount(plan, row, style)})`
  if (diff === 0) return `đạt ${target}`
  if (row.kind === 'lower') return `${diff < 0 ? 'thấp hơn' : 'cao hơn'} ${target}`
  return `${diff > 0 ? 'vượt' : 'chưa đạt'} ${target}`
}

/**
 * Where the count goes in the name: before the unit when the name names it ("Kết nạp [03/08] đảng
 * viên mới", "[02/16] chi bộ hoàn thành…"), otherwise after the name ("Giao quân 22/17 thanh niên",
 * "Đảng viên được tặng Huy hiệu Đảng: 05/05 người").
 */
function countPhrase(name: string, unit: string, figures: string, estimate: boolean): string {
  const at =
    unit === '' ? -1 : name.toLocaleLowerCase('vi').search(new RegExp(`(?<!\\p{L})${escape(unit.toLocaleLowerCase('vi'))}(?!\\p{L})`, 'u'))
  if (at < 0) {
    // A short verb phrase takes the count straight after it ("Giao quân 22/17 thanh niên"); a longer name, after a colon.
    const joint = name.split(/\s+/u).length <= 3 ? ' ' : ': '
    return `${estimate ? `Ước ${lowerFirst(name)}` : name}${joint}${figures}${unit === '' ? '' : ` ${unit}`}`
  }
  const before = name.slice(0, at).trimEnd()
  const after = name.slice(at + unit.length)
  const phrase = `${figures} ${unit}${after}`
  if (before === '') return `${estimate ? 'Ước có' : 'Có'} ${phrase}`
  return `${estimate ? `Ước ${lowerFirst(before)}` : before} ${phrase}`
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

/**
 * The sentence for one row, capitalised and ending with its full stop, or null when the row has no
 * result yet or a figure the grid shows as wrong.
 */
export function indicatorSentence(row: IndicatorRow, style: FigureStyle): string | null {
  const actual = usable(row.actual)
  if (actual === null || figureIssues(row).some((i) => i.issue !== 'zeroBase')) return null
  const name =
    row.name
      .normalize('NFC')
      .trim()
      .replace(/[.;:,]+$/u, '') || row.unit.trim()
  const unit = row.unit.normalize('NFC').trim()
  const word = row.planWord.normalize('NFC').trim()
  const plan = usable(row.plan)
  const { ratePlan } = computeIndicator(row)
  const parts: string[] = []
  switch (row.kind) {
    case 'count': {
      const figures = plan === null ? formatCount(actual, style) : formatRatio(actual, plan, style.leadingZero ? 'always' : 'never')
      const head = countPhrase(name, unit, figures, row.estimate)
      parts.push(ratePlan === null ? head : `${head} (${isShare(row) ? 'tỷ lệ' : 'đạt'} ${formatPercent(ratePlan)})`)
      break
    }
    case 'lower': {
      parts.push(`${name} ${row.estimate ? 'ước còn' : 'còn'} ${amount(actual, row, style)}`)
      if (plan !== null) parts.push(againstPlan(actual, plan, row, style))
      parts.push(samePeriod(row, actual) ?? '')
      break
    }
    case 'spending':
    case 'plan':
    case 'plain': {
      const verb = row.kind === 'spending' ? 'thực hiện' : 'đạt'
      parts.push(`${name} ${row.estimate ? `ước ${verb}` : verb} ${amount(actual, row, style)}`)
      if (row.kind !== 'plain' && plan !== null)
        parts.push((isPercent(unit) ? againstPlan(actual, plan, row, style) : planPhrase(actual, plan, word)) ?? '')
      parts.push(samePeriod(row, actual) ?? '')
      break
    }
  }
  const text = parts.filter((p) => p !== '').join(', ')
  return `${capitalise(text)}.`
}
