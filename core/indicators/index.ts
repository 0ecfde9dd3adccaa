/**
 * Indicator tables (spec §4.5): the computed columns and the sentence forms reports use
 * ("đạt 165,65% dự toán", "tăng 12,3% so với cùng kỳ", "02/16 chi bộ … (tỷ lệ 12,5%)").
 * A blank or zero base never yields Infinity or NaN: the cell stays empty.
 */
import { formatNumber, formatPercent, formatRatio, rate } from '../format'
import { numberOf, type TypedNumber } from '../model/schema'

export type Direction = 'higher' | 'lower'
export type Evaluation = 'vuot' | 'dat' | 'khong-dat'

/** A row's figures as typed: text that is not a number yet counts as blank here. */
export interface IndicatorValues {
  direction: Direction
  plan: TypedNumber
  actual: TypedNumber
  previous: TypedNumber
}

export interface ComputedIndicator {
  /** Thực hiện / kế hoạch × 100. */
  ratePlan: number | null
  /** Thực hiện / cùng kỳ × 100. */
  ratePrevious: number | null
  evaluation: Evaluation | null
}

/** Compare a result with its plan, respecting whether more or less is better. */
export function evaluate(values: Pick<IndicatorValues, 'direction' | 'plan' | 'actual'>): Evaluation | null {
  const { direction } = values
  const plan = numberOf(values.plan)
  const actual = numberOf(values.actual)
  if (plan === null || actual === null || !Number.isFinite(plan) || !Number.isFinite(actual)) return null
  const better = direction === 'higher' ? actual > plan : actual < plan
  if (better) return 'vuot'
  return actual === plan ? 'dat' : 'khong-dat'
}

export function computeIndicator(values: IndicatorValues): ComputedIndicator {
  return {
    ratePlan: rate(numberOf(values.actual), numberOf(values.plan)),
    ratePrevious: rate(numberOf(values.actual), numberOf(values.previous)),
    evaluation: evaluate(values),
  }
}

/** "Đạt", "Vượt", "Không đạt" — the evaluation column's words. */
export const EVALUATION_TEXT: Record<Evaluation, string> = { vuot: 'Vượt', dat: 'Đạt', 'khong-dat': 'Không đạt' }

/** "đạt 165,65% dự toán" (the base word defaults to "kế hoạch"); null when there is no rate. */
export function planPhrase(actual: number | null, plan: number | null, base = 'kế hoạch'): string | null {
  const r = rate(actual, plan)
  return r === null ? null : `đạt ${formatPercent(r)} ${base}`
}

/**
 * The change against the same period: "tăng 12,3% so với cùng kỳ", "giảm 5% so với cùng kỳ",
 * "bằng cùng kỳ"; `asRatio` gives "bằng 157,8% so với cùng kỳ".
 */
export function previousPhrase(actual: number | null, previous: number | null, asRatio = false): string | null {
  const r = rate(actual, previous)
  if (r === null) return null
  if (asRatio) return `bằng ${formatPercent(r)} so với cùng kỳ`
  const change = Math.round((r - 100) * 100) / 100
  if (change === 0) return 'bằng cùng kỳ'
  return `${change > 0 ? 'tăng' : 'giảm'} ${formatPercent(Math.abs(change))} so với cùng kỳ`
}

/** "02/16 chi bộ hoàn thành xuất sắc nhiệm vụ (tỷ lệ 12,5%)". */
export function countOfPhrase(count: number, total: number, subject: string, predicate = ''): string {
  const r = rate(count, total)
  const body = [formatRatio(count, total), subject, predicate].filter((s) => s.trim() !== '').join(' ')
  return r === null ? body : `${body} (tỷ lệ ${formatPercent(r)})`
}

/**
 * The sentence for one indicator row, ready to insert into a section:
 * "Thu ngân sách nhà nước trên địa bàn ước đạt 21.000 triệu đồng, đạt 165,65% kế hoạch, tăng 12,3% so với cùng kỳ".
 */
export function indicatorSentence(
  row: IndicatorValues & { name: string; unit: string },
  options: { estimate?: boolean; base?: string } = {},
): string | null {
  const actual = numberOf(row.actual)
  const target = numberOf(row.plan)
  if (actual === null) return null
  const unit = row.unit.trim()
  const isPercent = unit === '%'
  const amount = isPercent ? formatPercent(actual) : `${formatNumber(actual)}${unit ? ` ${unit}` : ''}`
  const parts = [`${row.name} ${options.estimate ? 'ước ' : ''}đạt ${amount}`]
  const plan = isPercent ? null : planPhrase(actual, target, options.base)
  if (plan) parts.push(plan)
  else if (isPercent && target !== null) parts.push(`chỉ tiêu ${formatPercent(target)}`)
  const previous = isPercent ? null : previousPhrase(actual, numberOf(row.previous))
  if (previous) parts.push(previous)
  return parts.join(', ')
}
