/**
 * The computed columns of an indicator row by its kind (core/model/schema `IndicatorKind`): the
 * rate against the plan, the rate against the same period and the "Đánh giá", and what is wrong
 * with its figures. A blank, zero, negative or non-numeric base never yields Infinity, NaN or a
 * meaningless rate: the cell shows "—", on screen and on paper alike.
 */
import { formatNumber, formatPercent, rate } from '../format/numbers'
import type { IndicatorKind, IndicatorRow, TypedNumber } from '../model/schema'

export type Evaluation = 'vuot' | 'dat' | 'khong-dat'

/** The number a {@link TypedNumber} stands for; null while blank or not a number yet. */
export function numberOf(value: TypedNumber): number | null {
  return typeof value === 'number' ? value : null
}

/** What the computed columns of a row depend on. */
export type IndicatorFigures = Pick<IndicatorRow, 'kind' | 'planWord' | 'plan' | 'actual' | 'previous' | 'targetRate'>

export interface ComputedIndicator {
  /** Thực hiện / kế hoạch × 100 (a count over its total or target). */
  ratePlan: number | null
  /** Thực hiện / cùng kỳ × 100. */
  ratePrevious: number | null
  evaluation: Evaluation | null
}

/** "Đạt", "Vượt", "Không đạt" — the evaluation column's words. */
export const EVALUATION_TEXT: Record<Evaluation, string> = { vuot: 'Vượt', dat: 'Đạt', 'khong-dat': 'Không đạt' }

/** What a computed cell shows when there is nothing to compute. */
export const NO_VALUE = '—'

/** The plan word of a count whose plan column holds the whole it is a share of ("02/16 chi bộ", tỷ lệ). */
export const WHOLE_WORD = 'tổng số'

/** The words offered for the plan, by kind; the clerk may type another. */
export const PLAN_WORDS: Readonly<Record<IndicatorKind, readonly string[]>> = {
  plan: ['kế hoạch', 'dự toán', 'chỉ tiêu', 'Nghị quyết'],
  count: [WHOLE_WORD, 'chỉ tiêu', 'kế hoạch'],
  lower: ['chỉ tiêu', 'kế hoạch', 'Nghị quyết'],
  spending: ['dự toán', 'kế hoạch vốn', 'kế hoạch'],
  plain: [],
}

/** Which figures a kind reads: a plain figure has no plan, only counts and spending have a target rate. */
export function usesPlan(kind: IndicatorKind): boolean {
  return kind !== 'plain'
}

export function usesTargetRate(kind: IndicatorKind): boolean {
  return kind === 'count' || kind === 'spending'
}

/** A count whose plan is the whole it is a share of, rather than a target. */
export function isShare(row: Pick<IndicatorRow, 'kind' | 'planWord'>): boolean {
  return row.kind === 'count' && row.planWord.trim().normalize('NFC').toLocaleLowerCase('vi') === WHOLE_WORD
}

/** A figure that can take part in a rate: a number, finite, not negative. */
export function usable(value: TypedNumber): number | null {
  const n = numberOf(value)
  return n !== null && Number.isFinite(n) && n >= 0 ? n : null
}

// Rates compared as printed (two decimals), so 1/3 × 300 is 100 %.
const round2 = (n: number): number => Math.round(n * 100) / 100

function compare(a: number, b: number): -1 | 0 | 1 {
  const x = round2(a)
  const y = round2(b)
  return x === y ? 0 : x > y ? 1 : -1
}

const BY_ORDER: Record<-1 | 0 | 1, Evaluation> = { [-1]: 'khong-dat', 0: 'dat', 1: 'vuot' }

/** The rate against the plan, or null when the kind has none or the figures give no meaningful one. */
function ratePlanOf(row: IndicatorFigures): number | null {
  if (!usesPlan(row.kind)) return null
  const actual = usable(row.actual)
  const plan = usable(row.plan)
  // 18 of 16 chi bộ is not a share of anything.
  if (isShare(row) && actual !== null && plan !== null && actual > plan) return null
  return rate(actual, plan)
}

/**
 * "Vượt", "Đạt" or "Không đạt", each kind judged on its own terms: a result against its plan (less
 * is better for `lower`); a count or a spending row only against the target rate the clerk set,
 * spending never "Vượt" (spending more than the budget is no merit); a plain figure never.
 */
export function evaluate(row: IndicatorFigures): Evaluation | null {
  const actual = usable(row.actual)
  const plan = usable(row.plan)
  switch (row.kind) {
    case 'plan':
      return actual === null || plan === null ? null : BY_ORDER[compare(actual, plan)]
    case 'lower':
      return actual === null || plan === null ? null : BY_ORDER[compare(plan, actual)]
    case 'count':
    case 'spending': {
      const target = usable(row.targetRate)
      const r = ratePlanOf(row)
      if (target === null || r === null) return null
      const order = compare(r, target)
      return row.kind === 'spending' ? (order < 0 ? 'khong-dat' : 'dat') : BY_ORDER[order]
    }
    case 'plain':
      return null
  }
}

export function computeIndicator(row: IndicatorFigures): ComputedIndicator {
  return {
    ratePlan: ratePlanOf(row),
    ratePrevious: rate(usable(row.actual), usable(row.previous)),
    evaluation: evaluate(row),
  }
}

/** A figure column of the grid. */
export type FigureColumn = 'plan' | 'actual' | 'previous' | 'targetRate'

/** What is wrong with a row's figures, for the checks. */
export type FigureIssue =
  | { issue: 'notNumber'; column: FigureColumn; value: string }
  | { issue: 'negative'; column: FigureColumn; value: number }
  | { issue: 'aboveTotal'; count: number; total: number }
  | { issue: 'zeroBase'; column: 'plan' | 'previous' }

/** The figure columns a row of this kind shows, in grid order. */
export function figureColumns(kind: IndicatorKind): FigureColumn[] {
  const columns: FigureColumn[] = usesPlan(kind) ? ['plan', 'actual', 'previous'] : ['actual', 'previous']
  return usesTargetRate(kind) ? [...columns, 'targetRate'] : columns
}

/**
 * Figures that are not numbers yet, negative figures, a count above the total it is a share of,
 * and a plan or same-period figure of 0 next to a result (no rate can be computed). Only the
 * columns the row's kind shows are looked at.
 */
export function figureIssues(row: IndicatorFigures): FigureIssue[] {
  const out: FigureIssue[] = []
  for (const column of figureColumns(row.kind)) {
    const value = row[column]
    if (typeof value === 'string') out.push({ issue: 'notNumber', column, value })
    else if (value !== null && value < 0) out.push({ issue: 'negative', column, value })
  }
  const actual = usable(row.actual)
  const plan = usable(row.plan)
  if (isShare(row) && actual !== null && plan !== null && actual > plan) out.push({ issue: 'aboveTotal', count: actual, total: plan })
  if (actual !== null && usesPlan(row.kind) && plan === 0) out.push({ issue: 'zeroBase', column: 'plan' })
  if (actual !== null && usable(row.previous) === 0) out.push({ issue: 'zeroBase', column: 'previous' })
  return out
}

// Units that are not counts of things: money, measures, shares.
const MEASURE_UNIT = /%|‰|đồng|usd|\bha\b|m2|m²|m3|km|tấn|kg|lít|tỷ|triệu|nghìn|giờ|ngày/iu

/** Whether the unit counts things ("đảng viên", "hồ sơ", "cuộc"), whose counts under 10 may take a leading zero. */
export function isCountingUnit(unit: string): boolean {
  const trimmed = unit.trim()
  return trimmed !== '' && !MEASURE_UNIT.test(trimmed)
}

/** Options that decide how figures print, from the report (core/model LayoutChoices). */
export interface FigureStyle {
  /** Counts under 10 with a leading zero: "02/16", "08 đảng viên". */
  leadingZero: boolean
}

/** A count as reports write it: "08" with a leading zero when asked, otherwise like any number. */
export function formatCount(value: number, style: FigureStyle): string {
  return style.leadingZero && Number.isInteger(value) && value >= 0 && value < 10 ? `0${value}` : formatNumber(value)
}

/** Whether a row's figures are counts (a count row, or a unit that counts things). */
export function countsThings(row: Pick<IndicatorRow, 'kind' | 'unit'>): boolean {
  return row.kind === 'count' || isCountingUnit(row.unit)
}

/** The cells of a row as the grid shows them and the appendix prints them. */
export interface IndicatorCells {
  plan: string
  actual: string
  ratePlan: string
  previous: string
  ratePrevious: string
  evaluation: string
}

/**
 * A row's cells: figures as typed (text that is not a number yet as it stands — a draft prints
 * what the screen shows), counts with their leading zero; computed cells "—" when there is
 * nothing to compute; the plan and its rate blank for a plain figure, which has none.
 */
export function indicatorCells(row: IndicatorRow, style: FigureStyle): IndicatorCells {
  const counts = countsThings(row)
  const figure = (value: TypedNumber): string =>
    value === null ? '' : typeof value === 'string' ? value : counts ? formatCount(value, style) : formatNumber(value)
  const percent = (value: number | null): string => (value === null ? NO_VALUE : formatPercent(value))
  const computed = computeIndicator(row)
  const plain = !usesPlan(row.kind)
  return {
    plan: plain ? '' : figure(row.plan),
    actual: figure(row.actual),
    ratePlan: plain ? '' : percent(computed.ratePlan),
    previous: figure(row.previous),
    ratePrevious: percent(computed.ratePrevious),
    evaluation: computed.evaluation ? EVALUATION_TEXT[computed.evaluation] : NO_VALUE,
  }
}

/** Whether a row has any figure typed, i.e. whether a final copy prints it. */
export function hasFigures(row: Pick<IndicatorRow, 'kind' | 'plan' | 'actual' | 'previous'>): boolean {
  return row.actual !== null || row.previous !== null || (usesPlan(row.kind) && row.plan !== null)
}
