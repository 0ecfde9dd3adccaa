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
import { indicatorsChanged, replaceReport } from '../app/actions'
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
  const setTable = (change: Partial<IndicatorTable>): void =>
    indicatorsChanged(tables.map((x) => (x.id === table.id ? { ...x, ...change } : x)))
  const update = (rows: IndicatorRow[]): void => setTable({ rows })
  const setRow = (id: string, change: Partial<IndicatorRow>): void => update(table.rows.map((r) => (r.id === id ? { ...r, ...change } : r)))
  const remove = (): void => {
    indicatorsChanged(tables.filter((x) => x.id !== table.id))
    useAppStore.getState().pushToast('info', t('indicators.table.deleted', { title }), {
      label: t('indicators.table.undo'),
      run: () => indicatorsChanged(tables),
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
          onChange={(e) => setTable({ title: e.target.value.replace(/\n/gu, ' ') })}
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
          onMove={(step) => indicatorsChanged(moved(tables, index, step))}
          onDelete={remove}
        />
      </div>
      {!printed && <p className="muted small">{t('indicators.tableNotPrinted')}</p>}
      <div className="grid-scroll">
        <table className="grid">
          <thead>
            <tr>
              <th scope="col">{t('indicators.columns.stt')}</th>
              <th scope="col">{t('indicators.columns.name')}</th>
              <th scope="col">{t('indicators.columns.unit')}</th>
              <th scope="col">{t(isState ? 'indicators.columns.plan' : 'indicators.columns.planParty')}</th>
              <th scope="col">{t(isState ? 'indicators.columns.actual' : 'indicators.columns.actualParty')}</th>
              <th scope="col">{t('indicators.columns.rate')}</th>
              {isState && <th scope="col">{t('indicators.columns.previous')}</th>}
              {isState && <th scope="col">{t('indicators.columns.ratePrevious')}</th>}
              <th scope="col">{t('indicators.columns.evaluation')}</th>
              <th scope="col">
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
                onReplace={(next) => update(table.rows.map((r) => (r.id === row.id ? next : r)))}
                onMove={(delta) => update(moved(table.rows, i, delta))}
                onDelete={() => update(table.rows.filter((r) => r.id !== row.id))}
              />
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="btn btn-small" disabled={readOnly} onClick={() => update([...table.rows, newRow(table.columns)])}>
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
          onChange={(e) => replaceReport({ ...report, layout: { ...report.layout, leadingZero: e.target.checked } })}
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
      <button type="button" className="btn" disabled={readOnly} onClick={() => indicatorsChanged([...tables, newTable(report.profile)])}>
        {t('indicators.addTable')}
      </button>
    </div>
  )
}
