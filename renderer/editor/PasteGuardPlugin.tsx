/**
 * Refuses a paste too large for a report section (a whole book, a 20 MB web page) before Lexical
 * parses it, which would freeze the window for a long time; the clerk is told to paste in parts.
 */
import { useEffect } from 'react'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { COMMAND_PRIORITY_CRITICAL, PASTE_COMMAND } from 'lexical'
import { formatNumber } from '../../core/format'
import { i18n } from '../i18n'
import { useAppStore } from '../app/store'

/** About 400 pages of text: far beyond one section, still quick to parse. */
export const MAX_PASTE_CHARS = 1_000_000

/** The size of what a paste event carries, in characters (the larger of its text and HTML forms). */
export function pasteSize(data: Pick<DataTransfer, 'getData'> | null): number {
  if (!data) return 0
  return Math.max(data.getData('text/plain').length, data.getData('text/html').length)
}

/** Registers the guard on the section's editor, ahead of Lexical's own paste handling. */
export function PasteGuardPlugin(): null {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const size = pasteSize('clipboardData' in event ? event.clipboardData : null)
          if (size <= MAX_PASTE_CHARS) return false
          event.preventDefault()
          useAppStore
            .getState()
            .pushToast('error', i18n.t('safety.pasteTooLarge', { size: formatNumber(size), max: formatNumber(MAX_PASTE_CHARS) }))
          return true
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    [editor],
  )
  return null
}
