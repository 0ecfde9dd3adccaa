/**
 * Keyboard shortcuts of the whole window. The native menu in Electron shows the same keys; in
 * browser mode these handlers are the only way the keys work. Undo and redo stay with the focused
 * editor (Lexical handles Ctrl+Z / Ctrl+Y itself).
 */
import { exportWord, newReport, openFind, saveNow } from './actions'
import { useAppStore } from './store'
import { printReport, togglePreview } from '../preview/preview-actions'

/** Run the action of a shortcut; true when the key was ours (the caller prevents the default). */
export function handleShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  const mod = event.ctrlKey || event.metaKey
  if (!mod || event.altKey) return false
  const key = event.key.toLowerCase()
  const inEditor = useAppStore.getState().screen === 'editor'
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
