/**
 * The writing screen: top bar (home, find, check, export), the formatting toolbar, the side panel
 * (outline, header form, indicators, checks), the page with the header preview and the section
 * editors, and the status bar.
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { periodLabel } from '../app/period-label'
import { exportWord, runChecks } from '../app/export-actions'
import { goHome, openFind } from '../app/document-actions'
import { saveNow } from '../app/autosave-actions'
import { useImportStore } from '../app/import-actions'
import { MenuButton } from '../components/MenuButton'
import { pageZoom, useAppStore, type SidebarTab } from '../app/store'
import { openHistory, saveAs } from '../app/safety-actions'
import { Toolbar } from '../editor/Toolbar'
import { SectionList } from '../components/SectionList'
import { StatusBar } from '../components/StatusBar'
import { OutlinePanel } from '../components/OutlinePanel'
import { MetaForm } from '../components/MetaForm'
import { CheckPanel } from '../components/CheckPanel'
import { IndicatorPanel } from '../components/IndicatorPanel'
import { HeaderPreview, pageStyle, SignaturePreview } from '../components/HeaderPreview'
import { FindBar } from '../components/FindBar'
import { InsertFromFileDialog } from '../components/InsertFromFile'
import { ImportNotice } from '../components/WordImport'
import { usePageFit } from '../components/use-page-fit'
import { SaveAsTemplateDialog } from '../components/SaveAsTemplate'
import { PrintPreview } from '../components/PrintPreview'
import { exportPdf, printReport, startPreviewLayout, togglePreview } from '../preview/preview-actions'
import { usePreviewStore } from '../preview/preview-store'
import { ProofPanel } from '../components/ProofPanel'
import { ProofMenu } from '../components/ProofMenu'
import { withoutReportExtension } from '../../core/model/report-file'

const TABS: readonly SidebarTab[] = ['outline', 'meta', 'indicators', 'problems', 'proof']

export function EditorScreen(): React.JSX.Element | null {
  const { t } = useTranslation()
  const doc = useAppStore((s) => s.doc)
  const readOnly = useAppStore((s) => s.readOnly)
  const tab = useAppStore((s) => s.sidebarTab)
  const setTab = useAppStore((s) => s.setSidebarTab)
  const exporting = useAppStore((s) => s.exporting)
  const setDialog = useAppStore((s) => s.setDialog)
  const setHintsHidden = useAppStore((s) => s.setHintsHidden)
  const findOpen = useAppStore((s) => s.find.open)
  const problems = useAppStore((s) => s.checks.problems)
  const zoom = useAppStore(pageZoom)
  const scroll = usePageFit()
  const [savingTemplate, setSavingTemplate] = useState(false)
  const previewOpen = usePreviewStore((s) => s.open)
  // The pages are laid out in the background while the report is open (preview, print, page count).
  useEffect(() => startPreviewLayout(), [])
  if (!doc) return null
  const { meta } = doc.report
  const errorCount = problems?.filter((p) => p.severity === 'error').length ?? 0
  // Proofreading notes are counted in their own tab.
  const checkCount = problems?.filter((p) => !p.code.startsWith('proof.')).length ?? 0

  return (
    <div className="editor-screen">
      <header className="topbar editor-topbar">
        <button type="button" className="btn btn-ghost" onClick={() => void goHome()}>
          ← {t('editor.home')}
        </button>
        <div className="doc-heading">
          <h1 className="doc-title">
            {t(`home.kinds.${meta.reportKind}`)} {periodLabel(meta.period)}
          </h1>
          <div className="doc-sub muted">
            {meta.issuer.replace(/\s*\n\s*/gu, ' ')} · {doc.name}
          </div>
        </div>
        <div className="topbar-actions">
          <MenuButton
            label={t('editor.fileMenu')}
            items={[
              { label: t('editor.saveNow'), shortcut: 'Ctrl+S', onSelect: () => void saveNow(), disabled: readOnly },
              { label: t('safety.name.saveAs'), onSelect: () => void saveAs() },
              { label: t('safety.history.button'), onSelect: () => void openHistory() },
              { label: t('import.insertFromFile'), onSelect: () => useImportStore.getState().setInserting(true), disabled: readOnly },
              { label: t('templates.saveAsMenu'), onSelect: () => setSavingTemplate(true) },
              { label: t('printPreview.open'), shortcut: 'Ctrl+F2', onSelect: togglePreview },
              { label: t('printPreview.print'), shortcut: 'Ctrl+P', onSelect: () => void printReport() },
              { label: t('printPreview.pdf'), onSelect: () => void exportPdf(), disabled: exporting },
            ]}
          />
          <MenuButton
            label={t('shortcuts.help')}
            items={[
              { label: t('shortcuts.title'), shortcut: 'F1', onSelect: () => setDialog({ kind: 'shortcuts' }) },
              { label: t('shortcuts.hideHints'), onSelect: () => setHintsHidden(true) },
              { label: t('shortcuts.showHints'), onSelect: () => setHintsHidden(false) },
            ]}
          />
          <button
            type="button"
            className={`btn${previewOpen ? ' btn-on' : ''}`}
            aria-pressed={previewOpen}
            onClick={togglePreview}
            title="Ctrl+F2"
          >
            {t('printPreview.open')}
          </button>
          <button type="button" className="btn" onClick={() => openFind(true)} title="Ctrl+H">
            {t('editor.find')}
          </button>
          <button type="button" className="btn" onClick={() => void runChecks()}>
            {t('editor.check')}
            {problems !== null && <span className={`count${errorCount > 0 ? ' count-error' : ''}`}>{checkCount}</span>}
          </button>
          <button type="button" className="btn" disabled={exporting} onClick={() => void exportWord(true)}>
            {t('editor.exportDraft')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={exporting}
            onClick={() => void exportWord(false)}
            title="Ctrl+Shift+E"
          >
            {exporting ? t('editor.exporting') : t('editor.export')}
          </button>
        </div>
      </header>
      {readOnly && (
        <div className="banner banner-warn" role="alert">
          {doc.readOnlyReason === 'locked' ? t('documents.lockedReadOnly', { name: doc.name }) : t('editor.readOnly')}
        </div>
      )}
      <Toolbar />
      {findOpen && <FindBar />}
      <div className="editor-body">
        <aside className="sidebar" aria-label={t('editor.sidebar')}>
          <div className="tabs" role="tablist" aria-label={t('editor.sidebar')}>
            {TABS.map((key) => (
              <button
                key={key}
                type="button"
                role="tab"
                id={`tab-${key}`}
                aria-selected={tab === key}
                aria-controls={`panel-${key}`}
                className={`tab${tab === key ? ' tab-on' : ''}`}
                onClick={() => setTab(key)}
              >
                {t(`editor.tabs.${key}`)}
              </button>
            ))}
          </div>
          {/* Keyed by the tab: a tab opens at its top, not where another tab was scrolled to. */}
          <div key={tab} className="tab-panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
            {tab === 'outline' && <OutlinePanel />}
            {tab === 'meta' && <MetaForm />}
            {tab === 'indicators' && <IndicatorPanel />}
            {tab === 'problems' && <CheckPanel />}
            {tab === 'proof' && <ProofPanel />}
          </div>
        </aside>
        <main
          id={previewOpen ? undefined : 'main'}
          ref={scroll}
          className="page-scroll"
          aria-label={t('editor.pageLabel')}
          hidden={previewOpen}
        >
          <div
            className="page"
            style={{ ...pageStyle(doc.report), '--page-zoom': zoom } as React.CSSProperties}
            data-profile={doc.report.profile}
          >
            <HeaderPreview report={doc.report} onEdit={() => setTab('meta')} />
            <SectionList />
            <SignaturePreview report={doc.report} onEdit={() => setTab('meta')} />
          </div>
        </main>
        {previewOpen && <PrintPreview />}
      </div>
      <StatusBar />
      <ImportNotice />
      <InsertFromFileDialog />
      {savingTemplate && (
        <SaveAsTemplateDialog
          suggested={`${t(`home.kinds.${meta.reportKind}`)} (${withoutReportExtension(doc.name)})`}
          onClose={() => setSavingTemplate(false)}
        />
      )}
      <ProofMenu />
    </div>
  )
}
