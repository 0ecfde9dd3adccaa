/**
 * Insert text into the section being edited: at the caret when the editor has one, otherwise as
 * a new paragraph at the end of the section. Used by "Chèn câu" of the indicators.
 */
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, $setSelection, HISTORY_PUSH_TAG } from 'lexical'
import { useAppStore } from '../app/store'
import { i18n } from '../i18n'
import { getEditor, lastSelection } from './registry'
import { INSERT_SENTENCE_TAG } from './section-history'

export function insertSentence(sentence: string): boolean {
  const state = useAppStore.getState()
  const id = state.activeSectionId
  const editor = id ? getEditor(id) : undefined
  if (!editor || state.readOnly) {
    state.pushToast('info', i18n.t('indicators.chooseSection'))
    return false
  }
  const text = sentence.normalize('NFC')
  editor.update(
    () => {
      const saved = lastSelection(editor)
      // The caret where the clerk left the section; its nodes may have gone since (then: the end).
      if (saved && $isRangeSelection(saved) && saved.anchor.getNode().isAttached()) $setSelection(saved.clone())
      const selection = $getSelection()
      if ($isRangeSelection(selection)) {
        const before = selection.anchor.getNode().getTextContent().slice(0, selection.anchor.offset)
        selection.insertText(before === '' || /\s$/u.test(before) ? text : ` ${text}`)
        return
      }
      const paragraph = $createParagraphNode()
      paragraph.append($createTextNode(`${text}.`))
      $getRoot().append(paragraph)
      paragraph.selectEnd()
    },
    // A step of the undo history of its own, named "Chèn câu".
    { tag: [HISTORY_PUSH_TAG, INSERT_SENTENCE_TAG] },
  )
  editor.focus()
  return true
}
