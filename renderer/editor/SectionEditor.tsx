/**
 * The Lexical editor of one section. It takes the section's content once, when it mounts; from
 * then on the editor owns the text, and the rest of the app reads it through editor/registry
 * (collected at autosave), so typing never re-renders React. Its undo history is the report's
 * (renderer/app/report-history.ts).
 */
import { useEffect } from 'react'
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer'
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin'
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { ListPlugin } from '@lexical/react/LexicalListPlugin'
import { TablePlugin } from '@lexical/react/LexicalTablePlugin'
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getRoot, $getSelection, ParagraphNode, TextNode } from 'lexical'
import type { SerializedContent } from '../../core/model/schema'
import { topNodes } from '../../core/model/lexical'
import { sectionEdited } from '../app/autosave-actions'
import { redoReport, sectionEditRecorded, undoReport } from '../app/report-history'
import { useAppStore } from '../app/store'
import { EDITOR_NODES } from './nodes'
import { EDITOR_THEME } from './theme'
import { clerkMovedCaret, EXTERNAL_TAG, registerEditor, rememberSelection } from './registry'
import { BlankPlugin } from './BlankPlugin'
import { PasteGuardPlugin } from './PasteGuardPlugin'
import { LegacyPastePlugin } from './LegacyPastePlugin'
import { ProofreadPlugin } from './ProofreadPlugin'
import { registerSectionHistory } from './section-history'

export interface SectionEditorProps {
  sectionId: string
  /** The accessible name: the heading as printed, e.g. "I. CÔNG TÁC LÃNH ĐẠO…". */
  label: string
  content: SerializedContent | null
  placeholder: string
  readOnly: boolean
  autoFocus?: boolean
}

/** Connects the editor to the registry, the save queue and the toolbar. */
function SectionBridge({ sectionId, autoFocus }: { sectionId: string; autoFocus: boolean }): null {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    const unregister = registerEditor(sectionId, editor)
    // Registering a transform makes Lexical revisit every existing node once; that is not an
    // edit, and must not save an untouched report just because its editor came into view.
    let ready = false
    const offUpdate = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      if (!ready || tags.has(EXTERNAL_TAG)) return
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return
      sectionEdited(sectionId)
    })
    // What Word or a web page pastes beyond what the export prints (fonts, colours, sizes) goes.
    const offText = editor.registerNodeTransform(TextNode, (node) => {
      if (node.getStyle() !== '') node.setStyle('')
    })
    const offParagraph = editor.registerNodeTransform(ParagraphNode, (node) => {
      if (node.getTextStyle() !== '') node.setTextStyle('')
    })
    editor.update(() => undefined, {
      onUpdate: () => {
        ready = true
      },
    })
    const root = editor.getRootElement()
    const onFocus = (): void => useAppStore.getState().setActiveSection(sectionId)
    const onBlur = (): void =>
      rememberSelection(
        editor,
        editor.getEditorState().read(() => $getSelection()?.clone() ?? null),
      )
    const onClerk = (): void => clerkMovedCaret(editor)
    root?.addEventListener('focus', onFocus)
    root?.addEventListener('blur', onBlur)
    root?.addEventListener('pointerdown', onClerk)
    root?.addEventListener('keydown', onClerk)
    if (autoFocus) editor.focus(undefined, { defaultSelection: 'rootEnd' })
    return () => {
      root?.removeEventListener('focus', onFocus)
      root?.removeEventListener('blur', onBlur)
      root?.removeEventListener('pointerdown', onClerk)
      root?.removeEventListener('keydown', onClerk)
      offText()
      offParagraph()
      offUpdate()
      unregister()
    }
  }, [editor, sectionId, autoFocus])
  return null
}

/** The editor's changes go to the report's one undo history, and so do its Ctrl+Z and Ctrl+Y. */
function HistoryBridge({ sectionId }: { sectionId: string }): null {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      registerSectionHistory(editor, {
        edited: (before, after, change) => sectionEditRecorded(sectionId, editor, before, after, change),
        undo: undoReport,
        redo: redoReport,
      }),
    [editor, sectionId],
  )
  return null
}

function onError(error: Error): void {
  console.error(error)
}

/** An editor state with at least one paragraph, as Lexical needs for the caret. */
function initialState(content: SerializedContent | null): InitialConfigType['editorState'] {
  if (topNodes(content).length === 0) {
    return () => {
      const root = $getRoot()
      if (root.getChildrenSize() === 0) root.append(new ParagraphNode())
    }
  }
  return JSON.stringify(content)
}

export function SectionEditor({
  sectionId,
  label,
  content,
  placeholder,
  readOnly,
  autoFocus = false,
}: SectionEditorProps): React.JSX.Element {
  const initialConfig: InitialConfigType = {
    namespace: `section-${sectionId}`,
    nodes: [...EDITOR_NODES],
    theme: EDITOR_THEME,
    editable: !readOnly,
    editorState: initialState(content),
    onError,
  }
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="section-editor">
        <RichTextPlugin
          contentEditable={<ContentEditable className="section-editable" aria-label={label} aria-multiline="true" spellCheck={false} />}
          placeholder={<div className="section-placeholder">{placeholder}</div>}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryBridge sectionId={sectionId} />
        <ListPlugin />
        <TablePlugin hasCellBackgroundColor={false} hasHorizontalScroll={false} hasNestedTables={false} />
        <BlankPlugin />
        <ProofreadPlugin sectionId={sectionId} />
        <PasteGuardPlugin />
        <LegacyPastePlugin />
        <SectionBridge sectionId={sectionId} autoFocus={autoFocus} />
      </div>
    </LexicalComposer>
  )
}
