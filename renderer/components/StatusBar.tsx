/**
 * The status bar: words, pages (as laid out for printing; estimated until then), the autosave state ("Đã lưu lúc 10:42", "Đang lưu…",
 * or the error with "Thử lưu lại"), and the result of the last check.
 */
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../core/format'
import { runChecks } from '../app/export-actions'
import { saveNow } from '../app/autosave-actions'
import { describeError } from '../app/errors'
import { formatClock } from '../app/format-time'
import { pageZoom, useAppStore } from '../app/store'
import { usePreviewStore } from '../preview/preview-store'
import { openPreview } from '../preview/preview-actions'
import { HistoryAnnouncer } from './HistoryAnnouncer'
import { goToBlank } from '../editor/blanks'

/** Words of report prose on one A4 page at 13–14 pt (80.000 words ≈ 100 pages). */
const WORDS_PER_PAGE = 800

export function estimatePages(words: number): number {
  return Math.max(1, Math.ceil((words + 250) / WORDS_PER_PAGE))
}

export function StatusBar(): React.JSX.Element {
  const { t } = useTranslation()
  const save = useAppStore((s) => s.save)
  const saveError = useAppStore((s) => s.saveError)
  const words = useAppStore((s) => s.wordCount)
  const blanks = useAppStore((s) => s.blankCount)
  const pages = usePreviewStore((s) => s.count)
  const problems = useAppStore((s) => s.checks.problems)
  const readOnly = useAppStore((s) => s.readOnly)
  const zoom = useAppStore((s) => s.zoom)
  const shown = useAppStore(pageZoom)
  const setZoom = useAppStore((s) => s.setZoom)
  const percent = Math.round(shown * 100)

  let saveText: string
  if (readOnly) saveText = t('editor.save.readOnly')
  else if (save.kind === 'saved') saveText = t('editor.save.saved', { time: formatClock(save.savedAt) })
  else if (save.kind === 'error') saveText = t('editor.save.error')
  else if (save.kind === 'idle') saveText = ''
  else saveText = t('editor.save.saving')

  const errors = problems?.filter((p) => p.severity === 'error').length ?? 0
  const warnings = problems?.filter((p) => p.severity === 'warning' && !p.code.startsWith('proof.')).length ?? 0

  return (
    <footer className="statusbar">
      <span>{t('editor.words', { count: words, formatted: formatNumber(words) })}</span>
      {/* The page count of the laid-out pages once they are in; until then an estimate from the words. */}
      <button type="button" className="link-btn" onClick={openPreview} title={t('printPreview.open')}>
        {pages === null ? t('editor.pages', { count: estimatePages(words) }) : t('printPreview.statusPages', { count: pages })}
      </button>
      {blanks > 0 && !readOnly && (
        <button type="button" className="link-btn blank-count" onClick={() => goToBlank('next')} title={t('blanks.leftTitle')}>
          {t('blanks.left', { count: blanks })}
        </button>
      )}
      <span role="status" className={`save-state save-${save.kind}`}>
        {saveText}
      </span>
      {saveError && (
        <span className="save-error" role="alert">
          {t('editor.save.failed', { detail: describeError(saveError) })}
          <button type="button" className="btn btn-small" onClick={() => void saveNow()}>
            {t('editor.save.retry')}
          </button>
        </span>
      )}
      <span className="spacer" />
      <button type="button" className="link-btn" onClick={() => void runChecks()}>
        {problems === null ? t('editor.checksNotRun') : t('checkPanel.summary', { errors, warnings })}
      </button>
      <HistoryAnnouncer />
      <span className="zoom">
        <button type="button" className="icon-btn" aria-label={t('editor.zoomOut')} onClick={() => setZoom(Math.min(zoom, shown) - 0.1)}>
          −
        </button>
        <span aria-label={t('editor.zoom', { percent })} title={shown < zoom ? t('editor.zoomFit') : undefined}>
          {percent}%
        </span>
        <button type="button" className="icon-btn" aria-label={t('editor.zoomIn')} onClick={() => setZoom(zoom + 0.1)}>
          +
        </button>
      </span>
    </footer>
  )
}
