/**
 * The library: every report in the library folder with its title, kind, period, issuer and last
 * change; search, sort, open, duplicate, delete to a recoverable trash; open a `.baocao` file from
 * elsewhere (button or drag and drop); recent files.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentSummary, TrashEntry } from '../../core/contract'
import { periodText, searchPattern } from '../../core/format'
import { periodLabel } from '../app/period-label'
import { newReport, openDocument, openSettings } from '../app/document-actions'
import { showAbout } from '../app/menu-actions'
import { deleteReport, duplicateReport, listDeleted, openFromElsewhere, openReportFile, restoreDeleted } from '../app/library-actions'
import { formatDateTime } from '../app/format-time'
import { useDocumentList } from '../app/use-document-list'
import { useAppStore } from '../app/store'
import { askRename } from '../app/safety-actions'
import { describeError } from '../app/errors'
import { RecoveryPanel } from '../components/RecoveryPanel'
import { ReportDropZone } from '../components/ReportDropZone'
import { OpenFromWordButton } from '../components/WordImport'
import { openTemplates } from '../app/template-actions'
import { REPORT_EXTENSION } from '../../core/model/report-file'
import { whenIdle } from '../app/idle'
import { preloadScreens } from '../app/screens'

type SortKey = 'recent' | 'title' | 'period'

function matches(doc: DocumentSummary, query: string): boolean {
  if (query === '') return true
  const haystack = `${doc.name} ${doc.title} ${doc.issuer} ${doc.period ? `${periodText(doc.period)} ${periodLabel(doc.period)}` : ''}`
    .toLocaleLowerCase('vi')
    .normalize('NFC')
  // "hoà khánh" finds "Hòa Khánh" too: the tone of "oa", "oe" and "uy" may sit on either vowel.
  return query
    .toLocaleLowerCase('vi')
    .normalize('NFC')
    .split(/\s+/u)
    .every((word) => new RegExp(searchPattern(word), 'u').test(haystack))
}

function periodKey(doc: DocumentSummary): number {
  if (!doc.period) return 0
  return doc.period.year * 10 + (doc.period.kind === 'half' ? doc.period.half : 3)
}

function sortDocuments(docs: DocumentSummary[], key: SortKey): DocumentSummary[] {
  const copy = docs.slice()
  if (key === 'title') copy.sort((a, b) => (a.title || a.name).localeCompare(b.title || b.name, 'vi'))
  else if (key === 'period') copy.sort((a, b) => periodKey(b) - periodKey(a) || b.savedAt.localeCompare(a.savedAt))
  else copy.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
  return copy
}

export function HomeScreen(): React.JSX.Element {
  const { t } = useTranslation()
  const settings = useAppStore((s) => s.settings)
  const [trash, setTrash] = useState<TrashEntry[] | null>(null)
  const [query, setQuery] = useState('')
  const [sort, setSort] = useState<SortKey>('recent')
  const fileInput = useRef<HTMLInputElement>(null)

  const [version, setVersion] = useState(0)
  const docs = useDocumentList(version)
  // The screens one goes to from here come without a loading screen.
  useEffect(() => void whenIdle(2000).then(preloadScreens), [])
  const refresh = useCallback(async () => setVersion((v) => v + 1), [])

  const shown = useMemo(
    () =>
      docs
        ? sortDocuments(
            docs.filter((d) => matches(d, query.trim())),
            sort,
          )
        : [],
    [docs, query, sort],
  )
  const recent = useMemo(() => {
    if (!docs || !settings) return []
    return settings.recent
      .map((name) => docs.find((d) => d.name === name))
      .filter((d): d is DocumentSummary => d !== undefined && d.error === null)
      .slice(0, 4)
  }, [docs, settings])

  const kindLabel = (doc: DocumentSummary): string => (doc.reportKind ? t(`home.kinds.${doc.reportKind}`) : '')

  async function duplicate(doc: DocumentSummary): Promise<void> {
    if (await duplicateReport(doc)) await refresh()
  }

  async function remove(doc: DocumentSummary): Promise<void> {
    await deleteReport(doc, refresh, (trashName) => void restore(trashName))
  }

  async function restore(trashName: string): Promise<void> {
    if (await restoreDeleted(trashName)) {
      await refresh()
      if (trash) setTrash(await listDeleted())
    }
  }

  async function toggleTrash(): Promise<void> {
    if (trash) return setTrash(null)
    setTrash(await listDeleted())
  }

  return (
    <ReportDropZone onFile={(file) => void openReportFile(file)}>
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            BC
          </span>
          <div>
            <div className="brand-name">{t('app.title')}</div>
            <div className="brand-tagline">{t('app.tagline')}</div>
          </div>
        </div>
        <nav className="topbar-actions" aria-label={t('home.actions')}>
          <button type="button" className="btn" onClick={() => void openFromElsewhere(() => fileInput.current?.click())}>
            {t('home.openFile')}
          </button>
          <OpenFromWordButton />
          <button type="button" className="btn" onClick={() => void openTemplates()}>
            {t('templates.templatesButton')}
          </button>
          <button type="button" className="btn" onClick={() => void openSettings()}>
            {t('home.settings')}
          </button>
          <button type="button" className="btn btn-ghost" onClick={() => void showAbout()}>
            {t('home.about')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void newReport()}>
            {t('home.newReport')}
          </button>
        </nav>
        <input
          ref={fileInput}
          type="file"
          accept={`${REPORT_EXTENSION},application/json`}
          hidden
          aria-label={t('home.openFile')}
          onChange={(event) => {
            const file = event.target.files?.[0]
            event.target.value = ''
            if (file) void openReportFile(file)
          }}
        />
      </header>
      <main id="main" className="home">
        <RecoveryPanel />
        {settings && settings.office.place.trim() === '' && Object.keys(settings.office.issuers).length === 0 && (
          <div className="card first-run" role="note">
            <p>{t('home.firstRun')}</p>
            <button type="button" className="btn btn-primary" onClick={() => void openSettings()}>
              {t('home.firstRunAction')}
            </button>
          </div>
        )}
        {recent.length > 0 && query === '' && (
          <section className="recent" aria-labelledby="recent-heading">
            <h2 id="recent-heading">{t('home.recent')}</h2>
            <ul className="recent-list">
              {recent.map((doc) => (
                <li key={doc.name}>
                  <button type="button" className="recent-card" onClick={() => void openDocument(doc.name)}>
                    <span className="recent-kind">{kindLabel(doc)}</span>
                    <span className="recent-title">{doc.title || t('home.untitled')}</span>
                    <span className="muted">{formatDateTime(doc.savedAt)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section aria-labelledby="library-heading">
          <div className="library-head">
            <h1 id="library-heading">{t('home.heading')}</h1>
            <div className="library-tools">
              <label className="search">
                <span className="visually-hidden">{t('home.search')}</span>
                <input type="search" placeholder={t('home.searchPlaceholder')} value={query} onChange={(e) => setQuery(e.target.value)} />
              </label>
              <label className="sort">
                {t('home.sort')}
                <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
                  <option value="recent">{t('home.sortRecent')}</option>
                  <option value="title">{t('home.sortTitle')}</option>
                  <option value="period">{t('home.sortPeriod')}</option>
                </select>
              </label>
            </div>
          </div>
          {docs === null && <p className="muted">{t('home.loading')}</p>}
          {docs !== null && docs.length === 0 && (
            <div className="empty">
              <p>{t('home.empty')}</p>
              <button type="button" className="btn btn-primary" onClick={() => void newReport()}>
                {t('home.newReport')}
              </button>
            </div>
          )}
          {docs !== null && docs.length > 0 && shown.length === 0 && <p className="muted">{t('home.noMatch', { query })}</p>}
          {shown.length > 0 && (
            <table className="library">
              <thead>
                <tr>
                  <th scope="col" className="col-title">
                    {t('home.columns.title')}
                  </th>
                  <th scope="col" className="col-kind">
                    {t('home.columns.kind')}
                  </th>
                  <th scope="col" className="col-issuer">
                    {t('home.columns.issuer')}
                  </th>
                  <th scope="col" className="col-saved">
                    {t('home.columns.savedAt')}
                  </th>
                  <th scope="col" className="col-actions">
                    <span className="visually-hidden">{t('home.columns.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((doc) => (
                  <tr key={doc.name} className={doc.error ? 'row-error' : undefined}>
                    <td>
                      <button
                        type="button"
                        className="link-btn doc-link"
                        aria-label={t('home.open', { name: doc.title || doc.name })}
                        onClick={() => void openDocument(doc.name)}
                      >
                        {doc.title || doc.name}
                      </button>
                      <div className="muted small">{doc.name}</div>
                      {doc.error && <div className="error-text small">{describeError(doc.error)}</div>}
                    </td>
                    <td>
                      {kindLabel(doc)}
                      {doc.period && <div className="muted small">{periodLabel(doc.period)}</div>}
                    </td>
                    <td className="issuer-cell">{doc.issuer}</td>
                    <td className="nowrap">{formatDateTime(doc.savedAt)}</td>
                    <td>
                      <div className="row-actions">
                        <button
                          type="button"
                          className="btn btn-small"
                          onClick={() => void duplicate(doc)}
                          disabled={doc.error !== null}
                          aria-label={t('home.duplicateNamed', { name: doc.title || doc.name })}
                        >
                          {t('home.duplicate')}
                        </button>
                        <button
                          type="button"
                          className="btn btn-small"
                          onClick={() => askRename(doc.name, () => void refresh())}
                          aria-label={t('safety.name.renameNamed', { name: doc.title || doc.name })}
                        >
                          {t('safety.name.rename')}
                        </button>
                        <button
                          type="button"
                          className="btn btn-small btn-danger-ghost"
                          onClick={() => void remove(doc)}
                          aria-label={t('home.deleteNamed', { name: doc.title || doc.name })}
                        >
                          {t('home.delete')}
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="library-foot">
            <span className="muted small">
              {t('home.libraryFolder')}: {settings?.libraryDir}
            </span>
            <button type="button" className="link-btn small" onClick={() => void toggleTrash()} aria-expanded={trash !== null}>
              {trash ? t('home.hideTrash') : t('home.showTrash')}
            </button>
          </div>
          {trash && (
            <section className="trash" aria-label={t('home.trash')}>
              {trash.length === 0 ? (
                <p className="muted">{t('home.trashEmpty')}</p>
              ) : (
                <ul>
                  {trash.map((entry) => (
                    <li key={entry.trashName}>
                      <span>{entry.title || entry.name}</span>
                      <span className="muted small">{t('home.deletedAt', { time: formatDateTime(entry.deletedAt) })}</span>
                      <button type="button" className="btn btn-small" onClick={() => void restore(entry.trashName)}>
                        {t('home.restore')}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
        </section>
      </main>
    </ReportDropZone>
  )
}
