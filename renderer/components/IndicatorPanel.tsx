/**
 * "Chỉ tiêu": the indicator tables as an editable grid. Plan, result and same-period values are
 * typed the Vietnamese way ("8.948", "12,5"); the rate, the comparison with the same period and
 * the evaluation update as you type; "Chèn câu" writes the row as a sentence into the section
 * being edited.
 */
import { useTranslation } from 'react-i18next'
import type { IndicatorRow, IndicatorTable } from '../../core/model/schema'
import { computeIndicator, EVALUATION_TEXT, indicatorSentence } from '../../core/indicators'
import { formatPercent } from '../../core/format'
import { TypedNumberInput } from './TypedNumberInput'
import { indicatorsChanged } from '../app/report-history'
import { useAppStore } from '../app/store'
import { insertSentence } from '../editor/insert'

type Figure = 'plan' | 'actual' | 'previous'

function newRow(): IndicatorRow {
  return { id: crypto.randomUUID(), key: '', name: '', unit: '', direction: 'higher', plan: null, actual: null, previous: null, note: '' }
}

function TableEditor({
  table,
  tables,
  readOnly,
}: {
  table: IndicatorTable
  tables: IndicatorTable[]
  readOnly: boolean
}): React.JSX.Element {
  const { t } = useTranslation()
  const isState = table.columns === 'state'
  // The grid's headings; each cell of a row has the class c-<key> (laid out by styles.css).
  const columns: ReadonlyArray<readonly [string, string]> = [
    ['stt', 'indicators.columns.stt'],
    ['name', 'indicators.columns.name'],
    ['unit', 'indicators.columns.unit'],
    ['plan', isState ? 'indicators.columns.plan' : 'indicators.columns.planParty'],
    ['actual', isState ? 'indicators.columns.actual' : 'indicators.columns.actualParty'],
    ['rate', 'indicators.columns.rate'],
    ...(isState
      ? ([
          ['previous', 'indicators.columns.previous'],
          ['rate-previous', 'indicators.columns.ratePrevious'],
        ] as const)
      : []),
    ['eval', 'indicators.columns.evaluation'],
  ]
  const update = (rows: IndicatorRow[], label: string, mergeKey: string | null = null): void =>
    indicatorsChanged(
      tables.map((x) => (x.id === table.id ? { ...x, rows } : x)),
      { key: label },
      mergeKey,
    )
  // Typing in one cell is one step of the undo history.
  const setRow = (id: string, change: Partial<IndicatorRow>): void =>
    update(
      table.rows.map((r) => (r.id === id ? { ...r, ...change } : r)),
      'history.indicatorCell',
      `indicator:${id}:${Object.keys(change).join(',')}`,
    )
  const moveRow = (index: number, delta: number): void => {
    const rows = table.rows.slice()
    const [row] = rows.splice(index, 1)
    if (!row) return
    rows.splice(Math.max(0, Math.min(rows.length, index + delta)), 0, row)
    update(rows, 'history.indicatorMove')
  }

  return (
    <section className="indicator-table" aria-label={table.title}>
      <h3>{table.title}</h3>
      <div className="grid-scroll">
        <table className={`grid grid-${table.columns}`}>
          <thead>
            <tr>
              {columns.map(([key, label]) => (
                <th key={key} scope="col" className={`c-${key}`}>
                  {t(label)}
                </th>
              ))}
              <th scope="col" className="c-actions">
                <span className="visually-hidden">{t('indicators.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, index) => {
              const computed = computeIndicator(row)
              const name = row.name || t('indicators.unnamed', { n: index + 1 })
              const figure = (key: Figure, label: string): React.JSX.Element => (
                <td className={`c-${key}`}>
                  <TypedNumberInput
                    className="num"
                    value={row[key]}
                    label={`${label} — ${name}`}
                    disabled={readOnly}
                    onChange={(value) => setRow(row.id, { [key]: value })}
                  />
                </td>
              )
              const sentence = indicatorSentence(row, { estimate: true, base: isState ? 'kế hoạch' : 'chỉ tiêu' })
              return (
                <tr key={row.id}>
                  <td className="c-stt center">{index + 1}</td>
                  <td className="c-name">
                    <textarea
                      className="name"
                      rows={1}
                      aria-label={`${t('indicators.columns.name')} ${index + 1}`}
                      value={row.name}
                      disabled={readOnly}
                      onChange={(e) => setRow(row.id, { name: e.target.value.replace(/\n/gu, ' ') })}
                    />
                    <label className="direction">
                      <input
                        type="checkbox"
                        checked={row.direction === 'lower'}
                        disabled={readOnly}
                        onChange={(e) => setRow(row.id, { direction: e.target.checked ? 'lower' : 'higher' })}
                      />
                      {t('indicators.lowerIsBetter')}
                    </label>
                  </td>
                  <td className="c-unit">
                    <input
                      type="text"
                      className="unit"
                      aria-label={`${t('indicators.columns.unit')} — ${name}`}
                      value={row.unit}
                      disabled={readOnly}
                      onChange={(e) => setRow(row.id, { unit: e.target.value })}
                    />
                  </td>
                  {figure('plan', t(isState ? 'indicators.columns.plan' : 'indicators.columns.planParty'))}
                  {figure('actual', t(isState ? 'indicators.columns.actual' : 'indicators.columns.actualParty'))}
                  <td className="c-rate computed" aria-label={`${t('indicators.columns.rate')} — ${name}`}>
                    {computed.ratePlan === null ? '—' : formatPercent(computed.ratePlan)}
                  </td>
                  {isState && figure('previous', t('indicators.columns.previous'))}
                  {isState && (
                    <td className="c-rate-previous computed" aria-label={`${t('indicators.columns.ratePrevious')} — ${name}`}>
                      {computed.ratePrevious === null ? '—' : formatPercent(computed.ratePrevious)}
                    </td>
                  )}
                  <td
                    className={`c-eval computed eval eval-${computed.evaluation ?? 'none'}`}
                    aria-label={`${t('indicators.columns.evaluation')} — ${name}`}
                  >
                    {computed.evaluation ? EVALUATION_TEXT[computed.evaluation] : '—'}
                  </td>
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
                      <span className="icon-group">
                        <button
                          type="button"
                          className="icon-btn"
                          aria-label={t('indicators.moveUp', { name })}
                          disabled={readOnly || index === 0}
                          onClick={() => moveRow(index, -1)}
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          className="icon-btn"
                          aria-label={t('indicators.moveDown', { name })}
                          disabled={readOnly || index === table.rows.length - 1}
                          onClick={() => moveRow(index, 1)}
                        >
                          ↓
                        </button>
                        <button
                          type="button"
                          className="icon-btn icon-danger"
                          aria-label={t('indicators.delete', { name })}
                          disabled={readOnly}
                          onClick={() =>
                            update(
                              table.rows.filter((r) => r.id !== row.id),
                              'history.indicatorDelete',
                            )
                          }
                        >
                          ×
                        </button>
                      </span>
                    </div>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        className="btn btn-small"
        disabled={readOnly}
        onClick={() => update([...table.rows, newRow()], 'history.indicatorAdd')}
      >
        {t('indicators.addRow')}
      </button>
    </section>
  )
}

export function IndicatorPanel(): React.JSX.Element | null {
  const { t } = useTranslation()
  const report = useAppStore((s) => s.doc?.report)
  const readOnly = useAppStore((s) => s.readOnly)
  if (!report) return null
  const tables = report.indicators
  return (
    <div className="panel indicators">
      <h2>{t('indicators.heading')}</h2>
      <p className="muted small">{t('indicators.intro')}</p>
      {tables.length === 0 && (
        <button
          type="button"
          className="btn"
          disabled={readOnly}
          onClick={() =>
            indicatorsChanged(
              [{ id: crypto.randomUUID(), key: '', title: t('indicators.defaultTitle'), columns: report.profile, rows: [newRow()] }],
              { key: 'history.indicatorAdd' },
            )
          }
        >
          {t('indicators.addTable')}
        </button>
      )}
      {tables.map((table) => (
        <TableEditor key={table.id} table={table} tables={tables} readOnly={readOnly} />
      ))}
    </div>
  )
}
