/**
 * Converts a paste typed in TCVN3, VNI or VIQR to Unicode (see `legacy-paste.ts`), then lets
 * Lexical insert it as any other paste, and says what was converted.
 */
import { useEffect } from 'react'
import { $insertDataTransferForRichText } from '@lexical/clipboard'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND } from 'lexical'
import { conversionLines } from '../app/import-actions'
import { useAppStore } from '../app/store'
import { convertPaste } from './legacy-paste'

export function LegacyPastePlugin(): null {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null
          if (!data) return false
          const converted = convertPaste(data.getData('text/html'), data.getData('text/plain'))
          if (!converted) return false
          event.preventDefault()
          const transfer = new DataTransfer()
          if (converted.html !== '') transfer.setData('text/html', converted.html)
          transfer.setData('text/plain', converted.plain)
          editor.update(() => {
            const selection = $getSelection()
            if (selection) $insertDataTransferForRichText(transfer, selection, editor)
          })
          for (const line of conversionLines(converted.conversions)) useAppStore.getState().pushToast('info', line)
          return true
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  )
  return null
}
