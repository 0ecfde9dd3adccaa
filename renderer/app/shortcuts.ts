/**
 * Keyboard shortcuts of the whole window. The native menu in Electron shows the same keys; in
 * browser mode these handlers are the only way the keys work.
 *
 * Ctrl+Z and Ctrl+Y (or Ctrl+Shift+Z) undo and redo the report's last change wherever the focus
 * is: in a section the editor hands them to the report's history itself (and marks the event
 * handled); in a field of the form, a cell of the grid or on a button they land here. Boxes that
 * are not part of the report (find, a section's new name, a dialog) keep the browser's own undo.
 */
import type { MenuAction } from '../../core/contract'
import { exportWord } from './export-actions'
import { newReport, openFind } from './document-actions'
import { saveNow } from './autosave-actions'
import { redoReport, undoReport } from './report-history'
import { useAppStore } from './store'
import { printReport, togglePreview } from '../preview/preview-actions'
import type { BlankDirection } from '../editor/blanks'

type ShortcutEvent = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'> & {
  defaultPrevented?: boolean
  target?: EventTarget | null
}

/** Inside a box whose typing is not part of the report (marked `data-native-undo`). */
export function hasOwnUndo(target: EventTarget | null | undefined): boolean {
  return typeof Element !== 'undefined' && target instanceof Element && target.closest('[data-native-undo]') !== null
}

function historyKey(event: ShortcutEvent, key: string): boolean {
  if (event.defaultPrevented || hasOwnUndo(event.target)) return false
  if (key === 'z' && !event.shiftKey) undoReport()
  else if (key === 'y' || (key === 'z' && event.shiftKey)) redoReport()
  else return false
  return true
}

/**
 * F8 / Shift+F8: the next or previous blank. It works in the editor only, whose chunk holds the
 * blanks' code (Lexical's), so that this module, loaded with the home screen, does not load it.
 */
function goToBlank(direction: BlankDirection): void {
  if (useAppStore.getState().screen !== 'editor') return
  void import('../editor/blanks').then((blanks) => blanks.goToBlank(direction))
}

/** Run the action of a shortcut; true when the key was ours (the caller prevents the default). */
export function handleShortcut(event: ShortcutEvent): boolean {
  const mod = event.ctrlKey || event.metaKey
  if (event.key === 'F8' && !mod && !event.altKey && useAppStore.getState().screen === 'editor') {
    goToBlank(event.shiftKey ? 'previous' : 'next')
    return true
  }
  if (event.key === 'F1' && !mod && !event.altKey && !event.shiftKey) {
    useAppStore.getState().setDialog({ kind: 'shortcuts' })
    return true
  }
  if (!mod || event.altKey) return false
  const key = event.key.toLowerCase()
  const inEditor = useAppStore.getState().screen === 'editor'
  if ((key === 'z' || key === 'y') && inEditor) return historyKey(event, key)
  if (key === 's' && !event.shiftKey) {
    void saveNow()
    return true
  }
  if (key === 'e' && event.shiftKey && inEditor) {
    void exportWord(false)
    return true
  }
  if (key === 'f' && !event.shiftKey && inEditor) {
    openFind(false)
    return true
  }
  if (key === 'h' && !event.shiftKey && inEditor) {
    openFind(true)
    return true
  }
  if (key === 'p' && !event.shiftKey && inEditor) {
    void printReport()
    return true
  }
  if (key === 'f2' && !event.shiftKey && inEditor) {
    togglePreview()
    return true
  }
  if (key === 'n' && !event.shiftKey && useAppStore.getState().screen !== 'new') {
    void newReport()
    return true
  }
  return false
}

/**
 * The native menu's entries for what the page decides (Electron sends them without taking the
 * key). True when the action was one of them.
 */
export function handlePageMenuAction(action: MenuAction): boolean {
  switch (action) {
    case 'next-blank':
    case 'previous-blank':
      goToBlank(action === 'next-blank' ? 'next' : 'previous')
      return true
    case 'shortcuts':
      useAppStore.getState().setDialog({ kind: 'shortcuts' })
      return true
    case 'hide-hints':
    case 'show-hints':
      useAppStore.getState().setHintsHidden(action === 'hide-hints')
      return true
    case 'undo':
    case 'redo':
      // A box with its own undo (find, a new section name) keeps the browser's.
      if (hasOwnUndo(document.activeElement)) document.execCommand(action)
      else if (action === 'undo') undoReport()
      else redoReport()
      return true
    default:
      return false
  }
}
