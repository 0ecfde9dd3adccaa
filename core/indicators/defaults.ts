/** Defaults of indicator rows: the word for the plan by kind and side, and how a report prints figures. */
import type { IndicatorColumns, IndicatorKind, IndicatorRow, Report } from '../model/schema'
import { PLAN_WORDS, WHOLE_WORD, type FigureStyle } from './compute'

/** How a report prints its figures: counts under 10 with a leading zero unless the clerk turned it off. */
export function figureStyleOf(report: Pick<Report, 'layout'>): FigureStyle {
  return { leadingZero: report.layout.leadingZero ?? true }
}

/** The usual word for the plan of a kind on a side: "kế hoạch" (state), "chỉ tiêu" (Party), "dự toán" for spending. */
export function defaultPlanWord(kind: IndicatorKind, columns: IndicatorColumns): string {
  if (kind === 'count') return WHOLE_WORD
  if (kind === 'plain') return ''
  if (kind === 'spending') return 'dự toán'
  return columns === 'party' || kind === 'lower' ? 'chỉ tiêu' : 'kế hoạch'
}

const KNOWN_WORDS = new Set(Object.values(PLAN_WORDS).flat())

/**
 * A row switched to another kind keeps its plan word when the new kind offers it or the clerk
 * typed a word of their own, otherwise takes the usual one of the new kind.
 */
export function withKind(row: IndicatorRow, kind: IndicatorKind, columns: IndicatorColumns): IndicatorRow {
  const own = row.planWord.trim() !== '' && !KNOWN_WORDS.has(row.planWord)
  const keep = kind !== 'plain' && (PLAN_WORDS[kind].includes(row.planWord) || own)
  return { ...row, kind, planWord: keep ? row.planWord : defaultPlanWord(kind, columns) }
}

/** The kind-dependent fields of a new row. */
export function defaultRowShape(
  kind: IndicatorKind,
  columns: IndicatorColumns,
): Pick<IndicatorRow, 'kind' | 'planWord' | 'estimate' | 'targetRate'> {
  return { kind, planWord: defaultPlanWord(kind, columns), estimate: false, targetRate: null }
}
