/**
 * The blanks of the templates ("[số]", "[tên đơn vị]", or "[...]" typed by hand) as things to
 * fill. They stay plain text, so the export and the checks see them as before; the editor finds
 * them in the text: a click selects one whole (BlankPlugin), and F8 / Shift+F8 or the toolbar go
 * to the next and previous one across all sections, mounting a section's editor when needed.
 */
import {
  $createPoint,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  type BaseSelection,
  type LexicalEditor,
  type PointType,
  type TextNode,
} from 'lexical'
import { bracketBlanks, type BlankSpan } from '../../core/checks/placeholders'
import type { Section } from '../../core/model/schema'
import { collectEditors } from '../app/autosave-actions'
import { countBlanks } from '../app/find'
import { useAppStore } from '../app/store'
import { i18n } from '../i18n'
import { focusSection, getEditor, lastSelection } from './registry'

export type BlankDirection = 'next' | 'previous'

interface LiveBlank {
  node: TextNode
  span: BlankSpan
}

/** The blanks of the editor being read or updated, in reading order. */
function $blanks(): LiveBlank[] {
  const out: LiveBlank[] = []
  for (const node of $getRoot().getAllTextNodes()) {
    for (const span of bracketBlanks(node.getTextContent())) out.push({ node, span })
  }
  return out
}

function inReadingOrder(sections: readonly Section[]): Section[] {
  const out: Section[] = []
  const visit = (list: readonly Section[]): void => {
    for (const section of list) {
      out.push(section)
      visit(section.children)
    }
  }
  visit(sections)
  return out
}

/**
 * How many blanks of the active section come before where the clerk is: for "next", the blanks
 * that start before the end of the selection (a selected blank counts, so the next one is
 * another); for "previous", those that start before its start.
 */
function blanksBefore(editor: LexicalEditor, direction: BlankDirection): number | null {
  return editor.getEditorState().read(() => {
    const remembered: BaseSelection | null = $getSelection() ?? lastSelection(editor) ?? null
    if (!$isRangeSelection(remembered)) return null
    const [start, end] = remembered.isBackward() ? [remembered.focus, remembered.anchor] : [remembered.anchor, remembered.focus]
    const edge: PointType = direction === 'next' ? end : start
    return $blanks().filter(({ node, span }) => $createPoint(node.getKey(), span.start, 'text').isBefore(edge)).length
  })
}

/** Select the n-th blank (0-based) of a mounted section editor; false when it is not mounted. */
function selectBlank(sectionId: string, n: number): boolean {
  const editor = getEditor(sectionId)
  if (!editor) return false
  let key: string | null = null
  editor.update(() => {
    const blank = $blanks()[n]
    if (!blank) return
    blank.node.select(blank.span.start, blank.span.end)
    key = blank.node.getKey()
  })
  editor.focus()
  if (key !== null) editor.getElementByKey(key)?.scrollIntoView({ block: 'center' })
  return true
}

/** Go to the next or previous blank of the report, from the caret; round to the start (or end). */
export function goToBlank(direction: BlankDirection): void {
  const state = useAppStore.getState()
  if (state.screen !== 'editor' || !state.doc || state.readOnly) return
  collectEditors()
  const sections = inReadingOrder(useAppStore.getState().doc?.report.sections ?? [])
  const counts = sections.map((section) => {
    const editor = getEditor(section.id)
    return editor ? editor.getEditorState().read(() => $blanks().length) : countBlanks(section.content)
  })
  const total = counts.reduce((sum, n) => sum + n, 0)
  if (total === 0) {
    state.pushToast('info', i18n.t('blanks.none'))
    return
  }
  // Where the clerk is, as the number of blanks before it in the whole report.
  const active = sections.findIndex((section) => section.id === state.activeSectionId)
  const editor = active >= 0 ? getEditor(sections[active]?.id ?? '') : undefined
  const before =
    active < 0 ? 0 : counts.slice(0, active).reduce((sum, n) => sum + n, 0) + (editor ? (blanksBefore(editor, direction) ?? 0) : 0)
  const target = ((direction === 'next' ? before : before - 1) + total) % total
  let rest = target
  const index = counts.findIndex((count) => {
    if (rest < count) return true
    rest -= count
    return false
  })
  const section = sections[index]
  if (!section) return
  useAppStore.getState().setActiveSection(section.id)
  if (selectBlank(section.id, rest)) return
  focusSection(section.id, 'start')
  // The editor registers on its first render.
  requestAnimationFrame(() => requestAnimationFrame(() => selectBlank(section.id, rest)))
}
