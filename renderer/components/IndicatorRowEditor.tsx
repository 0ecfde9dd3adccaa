/**
 * One row of the indicator grid: its name, its kind and the word for its plan, whether its result
 * is an estimate, the target rate of a count or a spending row, its figures (typed the Vietnamese
 * way), the rate, the comparison with the same period and the evaluation as the appendix prints
 * them, and "Chèn câu", which writes the row as a sentence at the caret of the section being
 * edited.
 */
import { useTranslation } from 'react-i18next'
import type { IndicatorColumns, IndicatorKind, IndicatorRow } from '../../core/model/schema'
import { IndicatorKind as IndicatorKinds } from '../../core/model/schema'
import {
  evaluate,
  figureIssues,
  hasFigures,
  indicatorCells,
  indicatorSentence,
  NO_VALUE,
  usesPlan,
  usesTargetRate,
  withKind,
  type FigureColumn,
  type FigureStyle,
} from '../../core/indicators'
import { TypedNumberInput } from './TypedNumberInput'
import { insertSentence } from '../editor/insert'
import { MoveDeleteButtons } from './MoveDeleteButtons'

export interface RowEditorProps {
  row: IndicatorRow
  index: number
  count: number
  columns: IndicatorColumns
  style: FigureStyle
  readOnly: boolean
  onChange: (change: Partial<IndicatorRow>) => void
  onReplace: (row: IndicatorRow) => void
  onMove: (delta: number) => void
  onDelete: () => void
}

/** The id of the list of plan words offered for a kind (one per panel, see IndicatorPanel). */
export const planWordsListId = (kind: IndicatorKind): string => `indicator-plan-words-${kind}`

export function IndicatorRowEditor({
  row,
  index,
  count,
  columns,
  style,
  readOnly,
  onChange,
  onReplace,
  onMove,
  onDelete,
}: RowEditorProps): React.JSX.Element {
  const { t } = useTranslation()
  const isState = columns === 'state'
  const name = row.name || t('indicators.unnamed', { n: index + 1 })
  const cells = indicatorCells(row, style)
  const issues = figureIssues(row)
  const problemOf = (column: FigureColumn): string | undefined => {
    const issue = issues.find(
      (i) =>
        ((i.issue === 'negative' || i.issue === 'zeroBase') && i.column === column) ||
        (i.issue === 'aboveTotal' && (column === 'actual' || column === 'plan')),
    )
    return issue && issue.issue !== 'notNumber' ? t(`indicators.problems.${issue.issue}`) : undefined
  }
  const planLabel = t(
    row.kind === 'count' ? 'indicators.columns.planCount' : isState ? 'indicators.columns.plan' : 'indicators.columns.planParty',
  )
  const actualLabel = t(
    row.kind === 'count' ? 'indicators.columns.actualCount' : isState ? 'indicators.columns.actual' : 'indicators.columns.actualParty',
  )
  const figure = (key: 'plan' | 'actual' | 'previous', label: string): React.JSX.Element => (
    <td className={`c-${key}`}>
      <TypedNumberInput
        className="num"
        value={row[key]}
        label={`${label} — ${name}`}
        disabled={readOnly}
        problem={problemOf(key)}
        onChange={(value) => onChange({ [key]: value })}
      />
    </td>
  )
  const sentence = indicatorSentence(row, style)
  const computed = (text: string, label: string, extra: string): React.JSX.Element => (
    <td className={`computed ${extra}`} aria-label={`${label} — ${name}`}>
      {text}
    </td>
  )
  return (
    <tr className={hasFigures(row) ? undefined : 'not-printed'} title={hasFigures(row) ? undefined : t('indicators.notPrinted')}>
      <td className="c-stt center">{index + 1}</td>
      <td className="c-name">
        <textarea
          className="name"
          rows={2}
          aria-label={`${t('indicators.columns.name')} ${index + 1}`}
          value={row.name}
          disabled={readOnly}
          onChange={(e) => onChange({ name: e.target.value.replace(/\n/gu, ' ') })}
        />
        <div className="row-settings">
          <select
            aria-label={`${t('indicators.kind.label')} — ${name}`}
            value={row.kind}
            disabled={readOnly}
            onChange={(e) => onReplace(withKind(row, e.target.value as IndicatorKind, columns))}
          >
            {IndicatorKinds.options.map((kind) => (
              <option key={kind} value={kind}>
                {t(`indicators.kind.${kind}`)}
              </option>
            ))}
          </select>
          {usesPlan(row.kind) && (
            <input
              type="text"
              className="plan-word"
              list={planWordsListId(row.kind)}
              aria-label={`${t('indicators.planWord.label')} — ${name}`}
              title={t('indicators.planWord.help')}
              value={row.planWord}
              disabled={readOnly}
              onChange={(e) => onChange({ planWord: e.target.value })}
            />
          )}
          <label className="estimate">
            <input type="checkbox" checked={row.estimate} disabled={readOnly} onChange={(e) => onChange({ estimate: e.target.checked })} />
            {t('indicators.estimate')}
          </label>
          {usesTargetRate(row.kind) && (
            <span className="target-rate" title={t('indicators.targetRateHelp')}>
              <TypedNumberInput
                className="num small-num"
                value={row.targetRate}
                label={`${t('indicators.targetRate')} — ${name}`}
                disabled={readOnly}
                problem={problemOf('targetRate')}
                onChange={(targetRate) => onChange({ targetRate })}
              />
              %
            </span>
          )}
        </div>
      </td>
      <td className="c-unit">
        <input
          type="text"
          className="unit"
          aria-label={`${t('indicators.columns.unit')} — ${name}`}
          value={row.unit}
          disabled={readOnly}
          onChange={(e) => onChange({ unit: e.target.value })}
        />
      </td>
      {usesPlan(row.kind) ? figure('plan', planLabel) : computed(NO_VALUE, planLabel, 'c-plan muted')}
      {figure('actual', actualLabel)}
      {computed(cells.ratePlan === '' ? NO_VALUE : cells.ratePlan, t('indicators.columns.rate'), 'c-rate')}
      {isState && figure('previous', t('indicators.columns.previous'))}
      {isState && computed(cells.ratePrevious, t('indicators.columns.ratePrevious'), 'c-rate-previous')}
      {computed(cells.evaluation, t('indicators.columns.evaluation'), `c-eval eval eval-${evaluate(row) ?? 'none'}`)}
      <td className="c-actions">
        <div className="row-actions">
          <button
            type="button"
            className="btn btn-small"
            disabled={readOnly || sentence === null}
            title={sentence ?? t('indicators.noSentence')}
            aria-label={t('indicators.insertNamed', { name })}
            onClick={() => sentence && insertSentence(sentence)}
          >
            {t('indicators.insert')}
          </button>
          <MoveDeleteButtons
            labels={{
              up: t('indicators.moveUp', { name }),
              down: t('indicators.moveDown', { name }),
              remove: t('indicators.delete', { name }),
            }}
            index={index}
            count={count}
            readOnly={readOnly}
            onMove={onMove}
            onDelete={onDelete}
          />
        </div>
      </td>
    </tr>
  )
}
