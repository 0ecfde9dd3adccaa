/**
 * "Chỉ tiêu": the report's indicator tables as editable grids. A report can have several tables,
 * each with the title its appendix prints, added, reordered and deleted (with "Hoàn tác"); each
 * row has a kind that decides its rate, its evaluation and the sentence "Chèn câu" writes. Counts
 * under 10 take a leading zero unless the clerk turns it off for the report.
 */
import { useTranslation } from 'react-i18next'
import type { IndicatorColumns, IndicatorRow, IndicatorTable } from '../../core/model/schema'
import { IndicatorKind as IndicatorKinds } from '../../core/model/schema'
import { defaultRowShape, figureStyleOf, hasFigures, PLAN_WORDS, type FigureStyle } from '../../core/indicators'
import { indicatorsChanged, layoutChanged, undoStep } from '../app/report-history'
import { useAppStore } from '../app/store'
import { i18n } from '../i18n'
import { IndicatorRowEditor, planWordsListId } from './IndicatorRowEditor'
import { MoveDeleteButtons } from './MoveDeleteButtons'

function newRow(columns: IndicatorColumns): IndicatorRow {
  return {
    id: crypto.randomUUID(),
    key: '',
    name: '',
    unit: '',
    ...defaultRowShape('plan', columns),
    plan: null,
    actual: null,
    previous: null,
    note: '',
  }
}

function newTable(columns: IndicatorColumns): IndicatorTable {
  return { id: crypto.randomUUID(), key: '', title: i18n.t('indicators.newTableTitle'), columns, rows: [newRow(columns)] }
}

/** Move the item at `index` by `delta` places within the list. */
function moved<T>(list: readonly T[], index: number, delta: number): T[] {
  const out = list.slice()
  const [item] = out.splice(index, 1)
  if (item === undefined) return out
  out.splice(Math.max(0, Math.min(out.length, index + delta)), 0, item)
  return out
}

interface TableEditorProps {
  table: IndicatorTable
  index: number
  tables: IndicatorTable[]
  style: FigureStyle
  readOnly: boolean
}

function TableEditor({ table, index, tables, style, readOnly }: TableEditorProps): React.JSX.Element {
  const { t } = useTranslation()
  const isState = table.columns === 'state'
  const title = table.title.trim() || t('indicators.newTableTitle')
  const setTable = (change: Partial<IndicatorTable>, label: string, mergeKey: string | null = null): void => {
    indicatorsChanged(
      tables.map((x) => (x.id === table.id ? { ...x, ...change } : x)),
      { key: label },
      mergeKey,
    )
  }
  const update = (rows: IndicatorRow[], label: string, mergeKey: string | null = null): void => setTable({ rows }, label, mergeKey)
  // Typing in one cell is one step of the undo history.
  const setRow = (id: string, change: Partial<IndicatorRow>): void =>
    update(
      table.rows.map((r) => (r.id === id ? { ...r, ...change } : r)),
      'history.indicatorCell',
      `indicator:${id}:${Object.keys(change).join(',')}`,
    )
  const remove = (): void => {
    const step = indicatorsChanged(
      tables.filter((x) => x.id !== table.id),
      { key: 'history.tableDelete', params: { title } },
    )
    // "Hoàn tác" undoes the deletion (and what came after it), as Ctrl+Z does.
    useAppStore.getState().pushToast('info', t('indicators.table.deleted', { title }), {
      label: t('indicators.table.undo'),
      run: () => undoStep(step),
    })
  }
  const printed = table.rows.some(hasFigures)

  return (
    <section className={`indicator-table${printed ? '' : ' not-printed'}`} aria-label={title}>
      <div className="indicator-table-head">
        <input
          type="text"
          className="table-title"
          aria-label={t('indicators.table.title')}
          value={table.title}
          disabled={readOnly}
          onChange={(e) => setTable({ title: e.target.value.replace(/\n/gu, ' ') }, 'history.tableTitle', `table:${table.id}:title`)}
        />
        <MoveDeleteButtons
          labels={{
            up: t('indicators.table.moveUp', { title }),
            down: t('indicators.table.moveDown', { title }),
            remove: t('indicators.table.delete', { title }),
          }}
          index={index}
          count={tables.length}
          readOnly={readOnly}
          onMove={(step) => indicatorsChanged(moved(tables, index, step), { key: 'history.tableMove', params: { title } })}
          onDelete={remove}
        />
      </div>
      {!printed && <p className="muted small">{t('indicators.tableNotPrinted')}</p>}
      <div className="grid-scroll">
        <table className={`grid grid-${table.columns}`}>
          <thead>
            <tr>
              <th scope="col" className="c-stt">
                {t('indicators.columns.stt')}
              </th>
              <th scope="col" className="c-name">
                {t('indicators.columns.name')}
              </th>
              <th scope="col" className="c-unit">
                {t('indicators.columns.unit')}
              </th>
              <th scope="col" className="c-plan">
                {t(isState ? 'indicators.columns.plan' : 'indicators.columns.planParty')}
              </th>
              <th scope="col" className="c-actual">
                {t(isState ? 'indicators.columns.actual' : 'indicators.columns.actualParty')}
              </th>
              <th scope="col" className="c-rate">
                {t('indicators.columns.rate')}
              </th>
              {isState && (
                <th scope="col" className="c-previous">
                  {t('indicators.columns.previous')}
                </th>
              )}
              {isState && (
                <th scope="col" className="c-rate-previous">
                  {t('indicators.columns.ratePrevious')}
                </th>
              )}
              <th scope="col" className="c-eval">
                {t('indicators.columns.evaluation')}
              </th>
              <th scope="col" className="c-actions">
                <span className="visually-hidden">{t('indicators.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <IndicatorRowEditor
                key={row.id}
                row={row}
                index={i}
                count={table.rows.length}
                columns={table.columns}
                style={style}
                readOnly={readOnly}
                onChange={(change) => setRow(row.id, change)}
                onReplace={(next) =>
                  update(
                    table.rows.map((r) => (r.id === row.id ? next : r)),
                    'history.indicatorCell',
                  )
                }
                onMove={(delta) => update(moved(table.rows, i, delta), 'history.indicatorMove')}
                onDelete={() =>
                  update(
                    table.rows.filter((r) => r.id !== row.id),
                    'history.indicatorDelete',
                  )
                }
              />
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        className="btn btn-small"
        disabled={readOnly}
        onClick={() => update([...table.rows, newRow(table.columns)], 'history.indicatorAdd')}
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
  const style = figureStyleOf(report)
  return (
    <div className="panel indicators">
      <h2>{t('indicators.heading')}</h2>
      <p className="muted small">{t('indicators.intro')}</p>
      <label className="checkbox-line">
        <input
          type="checkbox"
          checked={style.leadingZero}
          disabled={readOnly}
          onChange={(e) => layoutChanged({ ...report.layout, leadingZero: e.target.checked })}
        />
        {t('indicators.leadingZero')}
      </label>
      {IndicatorKinds.options.map((kind) => (
        <datalist key={kind} id={planWordsListId(kind)}>
          {PLAN_WORDS[kind].map((word) => (
            <option key={word} value={word} />
          ))}
        </datalist>
      ))}
      {tables.map((table, i) => (
        <TableEditor key={table.id} table={table} index={i} tables={tables} style={style} readOnly={readOnly} />
      ))}
      <button
        type="button"
        className="btn"
        disabled={readOnly}
        onClick={() => indicatorsChanged([...tables, newTable(report.profile)], { key: 'history.tableAdd' })}
      >
        {t('indicators.addTable')}
      </button>
    </div>
  )
}
