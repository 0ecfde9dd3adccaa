/**
 * "Xem trước bản in": the report as it prints, one A4 sheet after another (landscape for a wide
 * appendix), drawn from the page layout (core/pages) at a readable zoom, with the draft mark on a
 * draft copy, and "In" and "Xuất PDF" at hand. Pages come in as they are laid out; a long report
 * shows its first pages at once. When printing, only the sheets are printed.
 */
import { memo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { SHEET_CSS } from '../../core/pages/html'
import { formatNumber } from '../../core/format'
import { useAppStore } from '../app/store'
import type { PreviewPage } from '../preview/layout-protocol'
import { closePreview, exportPdf, printReport } from '../preview/preview-actions'
import { usePreviewStore } from '../preview/preview-store'
import '../preview/preview.css'

// CSS pixels to the point.
const PX_PER_PT = 96 / 72

const Sheet = memo(
  function Sheet({ page, label }: { page: PreviewPage; label: string }): React.JSX.Element {
    const size = { width: `${page.width}pt`, height: `${page.height}pt` }
    return (
      <section
        className={`sheet${page.landscape ? ' landscape' : ''}`}
        style={{ ...size, containIntrinsicSize: `${page.width}pt ${page.height}pt` }}
        aria-label={label}
        // The layout escapes all the report's text (core/pages/html.ts).
        dangerouslySetInnerHTML={{ __html: page.html }}
      />
    )
  },
  (a, b) => a.page.html === b.page.html && a.label === b.label && a.page.landscape === b.page.landscape,
)

export function PrintPreview(): React.JSX.Element {
  const { t } = useTranslation()
  const pages = usePreviewStore((s) => s.pages)
  const laidOut = usePreviewStore((s) => s.laidOut)
  const failed = usePreviewStore((s) => s.failed)
  const draft = usePreviewStore((s) => s.draft)
  const zoom = usePreviewStore((s) => s.zoom)
  const setDraft = usePreviewStore((s) => s.setDraft)
  const setZoom = usePreviewStore((s) => s.setZoom)
  const exporting = useAppStore((s) => s.exporting)
  const scroller = useRef<HTMLDivElement>(null)

  const fitWidth = (): void => {
    const width = scroller.current?.clientWidth ?? 0
    const widest = Math.max(...pages.map((p) => p.width), 595)
    if (width > 0) setZoom((width - 48) / (widest * PX_PER_PT))
  }

  return (
    <main id="main" className="preview-screen" aria-label={t('printPreview.title')}>
      <style>{SHEET_CSS}</style>
      <div className="preview-toolbar" role="toolbar" aria-label={t('printPreview.title')}>
        <button type="button" className="btn btn-ghost" onClick={closePreview} title="Ctrl+F2">
          ← {t('printPreview.back')}
        </button>
        <span className="preview-status" role="status">
          {failed
            ? t('printPreview.failed')
            : laidOut
              ? t('printPreview.pages', { count: pages.length, formatted: formatNumber(pages.length) })
              : t('printPreview.laying', { count: pages.length })}
        </span>
        <label className="preview-draft">
          <input type="checkbox" checked={draft} onChange={(e) => setDraft(e.target.checked)} />
          {t('printPreview.draft')}
        </label>
        <span className="spacer" />
        <span className="zoom">
          <button type="button" className="icon-btn" aria-label={t('printPreview.zoomOut')} onClick={() => setZoom(zoom - 0.1)}>
            −
          </button>
          <span>{Math.round(zoom * 100)}%</span>
          <button type="button" className="icon-btn" aria-label={t('printPreview.zoomIn')} onClick={() => setZoom(zoom + 0.1)}>
            +
          </button>
          <button type="button" className="btn btn-small" onClick={fitWidth}>
            {t('printPreview.fit')}
          </button>
        </span>
        <button type="button" className="btn" onClick={() => void printReport()} title="Ctrl+P">
          {t('printPreview.print')}
        </button>
        <button type="button" className="btn btn-primary" disabled={exporting} onClick={() => void exportPdf()}>
          {t('printPreview.pdf')}
        </button>
      </div>
      <div className="preview-scroll" ref={scroller}>
        <div className="preview-pages" style={{ zoom }}>
          {pages.map((page, i) => (
            <Sheet key={i} page={page} label={t('printPreview.page', { position: i + 1, count: pages.length })} />
          ))}
          {!laidOut && (
            <div className="preview-busy muted" aria-hidden="true">
              {t('printPreview.laying', { count: pages.length })}
            </div>
          )}
        </div>
      </div>
    </main>
  )
}
