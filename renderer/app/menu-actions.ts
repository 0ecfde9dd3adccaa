/**
 * The native menu (its entries run the same handlers as the buttons), "Giới thiệu", and the
 * buttons of the export dialogs that go on in the format the dialog was for (Word or PDF).
 */
import type { MenuAction } from '../../core/contract'
import { callOrToast } from './call-or-toast'
import { saveNow } from './autosave-actions'
import { goHome, newReport, openFind, openSettings } from './document-actions'
import { exportWord, runChecks } from './export-actions'
import { useAppStore } from './store'
import { exportPdf, printReport, togglePreview } from '../preview/preview-actions'

const store = useAppStore.getState

/** "Xuất bản chính thức" from the dialog that said what the copy leaves out, in the format it was for. */
export async function confirmFinalExport(): Promise<void> {
  const { dialog } = store()
  store().setDialog({ kind: 'none' })
  if (dialog.kind === 'export-final' && dialog.format === 'pdf') await exportPdf(false, true)
  else await exportWord(false, true)
}

/** "Xuất bản nháp" from the dialog that listed the errors: the same format, as a draft. */
export async function exportDraftFromDialog(): Promise<void> {
  const { dialog } = store()
  store().setDialog({ kind: 'none' })
  if (dialog.kind === 'export-blocked' && dialog.format === 'pdf') await exportPdf(true)
  else await exportWord(true)
}

export function closeDialog(): void {
  store().setDialog({ kind: 'none' })
}

export async function showAbout(): Promise<void> {
  const value = await callOrToast('app.info', {})
  if (value) store().setDialog({ kind: 'about', version: value.version, libraryDir: value.libraryDir })
}

// ---- menu -------------------------------------------------------------------------------------

/** Native menu entries run the same handlers as the buttons. */
export function handleMenuAction(action: MenuAction): void {
  const inEditor = store().screen === 'editor'
  switch (action) {
    case 'new':
      void newReport()
      return
    case 'open-library':
      void goHome()
      return
    case 'save':
      void saveNow()
      return
    case 'export':
      if (inEditor) void exportWord(false)
      return
    case 'export-draft':
      if (inEditor) void exportWord(true)
      return
    case 'check':
      if (inEditor) void runChecks()
      return
    case 'find':
      openFind(false)
      return
    case 'replace':
      openFind(true)
      return
    case 'settings':
      void openSettings()
      return
    case 'about':
      void showAbout()
      return
    case 'zoom-in':
      store().setZoom(store().zoom + 0.1)
      return
    case 'zoom-out':
      store().setZoom(store().zoom - 0.1)
      return
    case 'zoom-reset':
      store().setZoom(1)
      return
    case 'preview':
      if (inEditor) togglePreview()
      return
    case 'print':
      if (inEditor) void printReport()
      return
    case 'export-pdf':
      if (inEditor) void exportPdf()
      return
    case 'save-and-close':
      void saveNow().then((saved) => {
        if (saved) window.close()
      })
      return
  }
}
