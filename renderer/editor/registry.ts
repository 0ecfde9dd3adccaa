/**
 * The live Lexical editors of the open document, by section id. The formatting toolbar, the
 * outline and the save queue reach editors through here instead of through React state, so that
 * typing never re-renders the page.
 */
import type { LexicalEditor } from 'lexical'

const editors = new Map<string, LexicalEditor>()

export function registerEditor(sectionId: string, editor: LexicalEditor): () => void {
  editors.set(sectionId, editor)
  return () => {
    if (editors.get(sectionId) === editor) editors.delete(sectionId)
  }
}

export function getEditor(sectionId: string): LexicalEditor | undefined {
  return editors.get(sectionId)
}

/** True while an input method (Telex, VNI…) is composing in any section. */
export function isAnyComposing(): boolean {
  for (const editor of editors.values()) {
    if (editor.isComposing()) return true
  }
  return false
}

/** Move the caret into a section and bring it into view. */
export function focusSection(sectionId: string): void {
  const element = document.getElementById(sectionElementId(sectionId))
  element?.scrollIntoView({ block: 'start', behavior: 'smooth' })
  const editor = editors.get(sectionId)
  if (editor) editor.focus(undefined, { defaultSelection: 'rootEnd' })
}

export function sectionElementId(sectionId: string): string {
  return `section-${sectionId}`
}
