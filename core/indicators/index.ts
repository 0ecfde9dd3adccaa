/**
 * Indicator tables (spec §4.5): the computed columns of each row by its kind, what is wrong with
 * its figures, and the sentence "Chèn câu" writes.
 */
export {
  computeIndicator,
  evaluate,
  figureIssues,
  figureColumns,
  formatCount,
  hasFigures,
  indicatorCells,
  isCountingUnit,
  isShare,
  usesPlan,
  usesTargetRate,
  EVALUATION_TEXT,
  NO_VALUE,
  PLAN_WORDS,
  WHOLE_WORD,
  type ComputedIndicator,
  type Evaluation,
  type FigureColumn,
  type FigureIssue,
  type FigureStyle,
  type IndicatorCells,
  type IndicatorFigures,
} from './compute'
export { indicatorSentence, planPhrase, previousPhrase } from './sentence'
export { defaultPlanWord, defaultRowShape, figureStyleOf, withKind } from './defaults'
