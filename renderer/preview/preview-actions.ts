/**
 * "Xem trước bản in", "In" (Ctrl+P) and "Xuất PDF". The pages are laid out in the background a
 * moment after each change the editors hand to the store (core/pages, in a worker), whether the
 * preview is open or not, so that the status bar knows the page count; the preview shows them,
 * printing prints them (the window's print CSS leaves nothing but the sheets), and the PDF is made
 * of them — by the window in Electron, by the host's Chromium in browser mode. A copy with
 * blocking problems prints and exports only as a draft, marked "DỰ THẢO".
 */
import { client } from '../api'
import { i18n } from '../i18n'
import { collectEditors, currentReport, withOpenReport } from '../app/autosave-actions'
import { download } from '../app/download'
import { checkFinal, exportWritten, readyForFinal, reportExported } from '../app/export-actions'
import { toastError } from '../app/call-or-toast'
import { useAppStore } from '../app/store'
import { LayoutRunner } from './layout-runner'
import { usePreviewStore } from './preview-store'

// A layout starts this long after the last change reached the store (the editors hand their text
// over about 300 ms after typing stops), in the browser's idle time.
const SETTLE_MS = 400
const PDF_MIME = 'application/pdf'

let runner: LayoutRunner | null = null
let timer: ReturnType<typeof setTimeout> | null = null

const app = useAppStore.getState
const preview = usePreviewStore.getState

function layoutNow(): void {
  const doc = app().doc
  if (!doc || !runner) return
  preview().requestedLayout(runner.request(doc.report, preview().draft))
}

function schedule(delay: number): void {
  if (timer !== null) clearTimeout(timer)
  timer = setTimeout(() => {
    timer = null
    if (typeof requestIdleCallback === 'function') requestIdleCallback(layoutNow, { timeout: 1000 })
    else layoutNow()
  }, delay)
}

/** Lay out now what is waiting for the settle delay. */
function flush(): void {
  if (timer === null) return
  clearTimeout(timer)
  timer = null
  layoutNow()
}

/** Keep the pages of the open report laid out while the editor is shown; returns the stop function. */
export function startPreviewLayout(): () => void {
  runner = new LayoutRunner((message) => preview().received(message))
  const offApp = useAppStore.subscribe((state, before) => {
    if (state.doc?.report !== before.doc?.report) schedule(SETTLE_MS)
  })
  const offPreview = usePreviewStore.subscribe((state, before) => {
    if (state.draft !== before.draft) schedule(0)
  })
  schedule(0)
  return () => {
    offApp()
    offPreview()
    if (timer !== null) clearTimeout(timer)
    timer = null
    runner?.dispose()
    runner = null
    usePreviewStore.setState({ open: false, draft: false, pages: [], count: null, laidOut: false, requested: 0, ms: null, failed: null })
  }
}

/** Resolves once the pages of the report as the editors hold it now are all laid out. */
export function whenLaidOut(): Promise<void> {
  collectEditors()
  flush()
  return new Promise((resolve) => {
    if (preview().laidOut) return resolve()
    const off = usePreviewStore.subscribe((state) => {
      if (!state.laidOut) return
      off()
      resolve()
    })
  })
}

export function openPreview(): void {
  if (!app().doc) return
  collectEditors()
  flush()
  preview().setOpen(true)
}

export function closePreview(): void {
  preview().setOpen(false)
}

export function togglePreview(): void {
  if (preview().open) closePreview()
  else openPreview()
}

/** Two frames: React has put the latest pages in the page and the browser has laid them out. */
const painted = (): Promise<void> => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())))

/** A final copy with blocking problems is printed as a draft; says so. False when the checks could not run. */
async function draftIfBlocked(): Promise<boolean> {
  if (preview().draft) return true
  const problems = await checkFinal()
  if (!problems) return false
  if (problems.some((p) => p.severity === 'error')) {
    preview().setDraft(true)
    app().pushToast('info', i18n.t('printPreview.printedAsDraft'))
  }
  return true
}

/** "In" (Ctrl+P): show the pages, then print them with the browser's or the system's print dialog. */
export async function printReport(): Promise<void> {
  if (!app().doc) return
  openPreview()
  if (!(await draftIfBlocked())) return
  await whenLaidOut()
  await document.fonts.ready
  await painted()
  if (client.mode !== 'electron') {
    window.print()
    return
  }
  const result = await client.call('print.pages', {})
  if (!result.ok) toastError(result.error)
}

/**
 * "Xuất PDF": like "Xuất Word", a final copy first goes through the checks and says what it
 * leaves out (`readyForFinal`); a draft goes straight to the file.
 */
export async function exportPdf(draft = preview().draft, confirmed = false): Promise<void> {
  const report = currentReport()
  if (!report || app().exporting) return
  app().setExporting(true)
  try {
    if (!draft && !confirmed && !(await readyForFinal(report, 'pdf'))) return
    if (client.mode !== 'electron') {
      const result = await withOpenReport((write) => client.call('export.pdf', { ...write, draft }))
      if (!result) return
      if (!result.ok) return toastError(result.error)
      const blob = download(result.value.fileName, result.value.base64, PDF_MIME)
      await reportExported({ blob }, result.value.fileName, result.value.problems)
      return
    }
    // The window prints the pages it shows for printing: those of this copy, all laid out.
    preview().setDraft(draft)
    openPreview()
    await whenLaidOut()
    await document.fonts.ready
    await painted()
    const result = await withOpenReport((write) => client.call('export.savePdf', { ...write, draft }))
    if (!result) return
    if (!result.ok) return toastError(result.error)
    exportWritten(result.value)
  } finally {
    app().setExporting(false)
  }
}
