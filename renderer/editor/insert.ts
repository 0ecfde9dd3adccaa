/**
 * "Chèn câu" of the indicators: a complete sentence (with its full stop) goes into the section
 * being edited, at the caret the clerk left there, with a space before it when it follows a word
 * and after it when a word follows; as one step "Hoàn tác" takes back whole.
 *
 * When the clerk has not put the caret anywhere in the section (it was opened from the outline,
 * which shows the section from its start), the sentence goes at the end of the section's last
 * paragraph, never glued to the start of its first word.
 */
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  HISTORY_PUSH_TAG,
  type LexicalNode,
  type PointType,
} from 'lexical'
import { useAppStore } from '../app/store'
import { i18n } from '../i18n'
import { caretPlacedByClerk, getEditor, lastSelection } from './registry'
import { INSERT_SENTENCE_TAG } from './section-history'

/** The text just before and just after a caret, within its paragraph: enough to decide the spaces around an insertion. */
function textAround(point: PointType): { before: string; after: string } {
  const node = point.getNode()
  if ($isTextNode(node)) {
    const text = node.getTextContent()
    const previous = node.getPreviousSibling()
    const next = node.getNextSibling()
    return {
      before: point.offset > 0 ? text.slice(0, point.offset) : (previous?.getTextContent() ?? ''),
      after: point.offset < text.length ? text.slice(point.offset) : (next?.getTextContent() ?? ''),
    }
  }
  if ($isElementNode(node)) {
    const children: LexicalNode[] = node.getChildren()
    return { before: children[point.offset - 1]?.getTextContent() ?? '', after: children[point.offset]?.getTextContent() ?? '' }
  }
  return { before: '', after: '' }
}

/** The sentence with the spaces it needs where it goes. */
export function spacedSentence(sentence: string, before: string, after: string): string {
  const lead = before === '' || /\s$/u.test(before) ? '' : ' '
  const trail = after === '' || /^[\s.,;:!?)]/u.test(after) ? '' : ' '
  return `${lead}${sentence}${trail}`
}

/** Put the caret at the end of the section's last paragraph (a new one when the section ends with a list or a table). */
function $caretAtEnd(): void {
  const last = $getRoot().getLastChild()
  if ($isParagraphNode(last)) {
    last.selectEnd()
    return
  }
  const paragraph = $createParagraphNode()
  $getRoot().append(paragraph)
  paragraph.selectEnd()
}

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
      const usable = saved && $isRangeSelection(saved) && saved.anchor.getNode().isAttached() && saved.focus.getNode().isAttached()
      if (usable && caretPlacedByClerk(editor)) $setSelection(saved.clone())
      else $caretAtEnd()
      let selection = $getSelection()
      if (!$isRangeSelection(selection)) {
        $caretAtEnd()
        selection = $getSelection()
      }
      if (!$isRangeSelection(selection)) return
      if (!selection.isCollapsed()) selection.removeText()
      const { before, after } = textAround(selection.anchor)
      if (selection.anchor.getNode() === $getRoot()) {
        const paragraph = $createParagraphNode().append($createTextNode(text))
        $getRoot().append(paragraph)
        paragraph.selectEnd()
        return
      }
      selection.insertText(spacedSentence(text, before, after))
    },
    // A step of the undo history of its own, named "Chèn câu": never merged with typing.
    { tag: [HISTORY_PUSH_TAG, INSERT_SENTENCE_TAG] },
  )
  editor.focus()
  return true
}
