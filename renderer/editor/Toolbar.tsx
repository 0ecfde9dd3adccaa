/**
 * The formatting toolbar. It acts on the section whose editor last had focus: bold, italic,
 * underline, alignment, lists, indent, tables, undo/redo and clear formatting — only what the
 * Word export prints. Buttons keep the caret where it was (mousedown does not steal focus).
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  FORMAT_ELEMENT_COMMAND,
  FORMAT_TEXT_COMMAND,
  INDENT_CONTENT_COMMAND,
  OUTDENT_CONTENT_COMMAND,
  type ElementFormatType,
  type LexicalEditor,
  type TextFormatType,
} from 'lexical'
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND, $isListNode, ListNode } from '@lexical/list'
import {
  INSERT_TABLE_COMMAND,
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
  $isTableCellNode,
} from '@lexical/table'
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils'
import { useAppStore } from '../app/store'
import { redoReport, undoReport, useHistoryStore } from '../app/report-history'
import { useStepTitle } from '../components/HistoryAnnouncer'
import { getEditor } from './registry'
import { goToBlank } from './blanks'
import { Icon } from '../components/Icon'

interface ToolbarState {
  bold: boolean
  italic: boolean
  underline: boolean
  list: 'bullet' | 'number' | null
  inTable: boolean
}

const EMPTY: ToolbarState = { bold: false, italic: false, underline: false, list: null, inTable: false }

function readState(editor: LexicalEditor): ToolbarState {
  return editor.getEditorState().read(() => {
    const selection = $getSelection()
    if (!$isRangeSelection(selection)) return EMPTY
    const anchor = selection.anchor.getNode()
    const list = $getNearestNodeOfType(anchor, ListNode)
    return {
      bold: selection.hasFormat('bold'),
      italic: selection.hasFormat('italic'),
      underline: selection.hasFormat('underline'),
      list: $isListNode(list) ? (list.getListType() === 'number' ? 'number' : 'bullet') : null,
      inTable: $findMatchingParent(anchor, $isTableCellNode) !== null,
    }
  })
}

function sameState(previous: ToolbarState, next: ToolbarState): ToolbarState {
  const keys = Object.keys(next) as (keyof ToolbarState)[]
  return keys.every((key) => previous[key] === next[key]) ? previous : next
}

/** The editor of the section that last had focus (it registers before it can take focus). */
function useActiveEditor(): LexicalEditor | undefined {
  const active = useAppStore((s) => s.activeSectionId)
  return active ? getEditor(active) : undefined
}

export function Toolbar(): React.JSX.Element {
  const { t } = useTranslation()
  const editor = useActiveEditor()
  const readOnly = useAppStore((s) => s.readOnly)
  const [state, setState] = useState<ToolbarState>(EMPTY)
  const history = useHistoryStore()
  const stepTitle = useStepTitle()

  useEffect(() => {
    if (!editor) {
      setState(EMPTY)
      return
    }
    // Typing changes none of these most of the time: keep the same object, and React skips the render.
    const refresh = (): void => setState((previous) => sameState(previous, readState(editor)))
    refresh()
    return editor.registerUpdateListener(refresh)
  }, [editor])

  const disabled = !editor || readOnly
  const run = (action: (e: LexicalEditor) => void) => () => {
    if (!editor) return
    action(editor)
    editor.focus()
  }
  const format = (f: TextFormatType) => run((e) => e.dispatchCommand(FORMAT_TEXT_COMMAND, f))
  const align = (a: ElementFormatType) => run((e) => e.dispatchCommand(FORMAT_ELEMENT_COMMAND, a))
  const inTable = (action: () => void) => run((e) => e.update(action))

  const button = (
    key: string,
    label: string,
    onClick: () => void,
    options: { pressed?: boolean; disabled?: boolean; shortcut?: string; text?: React.ReactNode; title?: string; always?: boolean } = {},
  ): React.JSX.Element => (
    <button
      key={key}
      type="button"
      className={`tool tool-${key}`}
      aria-label={label}
      title={options.title ?? (options.shortcut ? `${label} (${options.shortcut})` : label)}
      aria-pressed={options.pressed}
      disabled={(options.always ? readOnly : disabled) || options.disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {options.text ?? label}
    </button>
  )

  return (
    <div className="toolbar" role="toolbar" aria-label={t('editor.toolbar.label')}>
      <div className="tool-group">
        {button('undo', t('editor.toolbar.undo'), undoReport, {
          disabled: history.undo === null,
          title: stepTitle(t('editor.toolbar.undo'), history.undo, 'Ctrl+Z'),
          text: '↶',
          always: true,
        })}
        {button('redo', t('editor.toolbar.redo'), redoReport, {
          disabled: history.redo === null,
          title: stepTitle(t('editor.toolbar.redo'), history.redo, 'Ctrl+Y'),
          text: '↷',
          always: true,
        })}
      </div>
      <div className="tool-group">
        {button('bold', t('editor.toolbar.bold'), format('bold'), { pressed: state.bold, shortcut: 'Ctrl+B', text: 'B' })}
        {button('italic', t('editor.toolbar.italic'), format('italic'), { pressed: state.italic, shortcut: 'Ctrl+I', text: 'I' })}
        {button('underline', t('editor.toolbar.underline'), format('underline'), {
          pressed: state.underline,
          shortcut: 'Ctrl+U',
          text: 'U',
        })}
        {button('clear', t('editor.toolbar.clear'), run(clearFormatting), { text: 'T̸' })}
      </div>
      <div className="tool-group">
        {button('left', t('editor.toolbar.alignLeft'), align('left'), { text: '⯇' })}
        {button('center', t('editor.toolbar.alignCenter'), align('center'), { text: '≡' })}
        {button('right', t('editor.toolbar.alignRight'), align('right'), { text: '⯈' })}
        {button('justify', t('editor.toolbar.justify'), align('justify'), { text: '☰' })}
      </div>
      <div className="tool-group">
        {button(
          'bullet',
          t('editor.toolbar.bulletList'),
          run((e) => e.dispatchCommand(state.list === 'bullet' ? REMOVE_LIST_COMMAND : INSERT_UNORDERED_LIST_COMMAND, undefined)),
          { pressed: state.list === 'bullet', text: '• —' },
        )}
        {button(
          'number',
          t('editor.toolbar.numberedList'),
          run((e) => e.dispatchCommand(state.list === 'number' ? REMOVE_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined)),
          { pressed: state.list === 'number', text: '1.' },
        )}
        {button(
          'outdent',
          t('editor.toolbar.outdent'),
          run((e) => e.dispatchCommand(OUTDENT_CONTENT_COMMAND, undefined)),
          { text: '⇤' },
        )}
        {button(
          'indent',
          t('editor.toolbar.indent'),
          run((e) => e.dispatchCommand(INDENT_CONTENT_COMMAND, undefined)),
          { text: '⇥' },
        )}
      </div>
      <div className="tool-group">
        {button(
          'table',
          t('editor.toolbar.insertTable'),
          run((e) => e.dispatchCommand(INSERT_TABLE_COMMAND, { rows: '3', columns: '3', includeHeaders: { rows: true, columns: false } })),
          { text: '⊞' },
        )}
        {button(
          'rowAfter',
          t('editor.toolbar.addRow'),
          inTable(() => void $insertTableRowAtSelection(true)),
          { disabled: !state.inTable, text: '+⎯' },
        )}
        {button(
          'colAfter',
          t('editor.toolbar.addColumn'),
          inTable(() => void $insertTableColumnAtSelection(true)),
          { disabled: !state.inTable, text: '+⏐' },
        )}
        {button(
          'rowDelete',
          t('editor.toolbar.deleteRow'),
          inTable(() => $deleteTableRowAtSelection()),
          { disabled: !state.inTable, text: '−⎯' },
        )}
        {button(
          'colDelete',
          t('editor.toolbar.deleteColumn'),
          inTable(() => $deleteTableColumnAtSelection()),
          { disabled: !state.inTable, text: '−⏐' },
        )}
      </div>
      <div className="tool-group">
        {button('previousBlank', t('blanks.previous'), () => goToBlank('previous'), {
          shortcut: 'Shift+F8',
          text: <Icon name="previous" />,
          always: true,
        })}
        {button('nextBlank', t('blanks.next'), () => goToBlank('next'), { shortcut: 'F8', text: <Icon name="next" />, always: true })}
      </div>
      {!editor && <span className="toolbar-hint">{t('editor.toolbar.noSection')}</span>}
    </div>
  )
}

/** Remove bold, italic, underline and strikethrough from the selected text, and its alignment. */
function clearFormatting(editor: LexicalEditor): void {
  editor.update(() => {
    const selection = $getSelection()
    if (!$isRangeSelection(selection)) return
    for (const node of selection.extract()) {
      if ($isTextNode(node)) {
        node.setFormat(0)
        node.setStyle('')
      }
    }
    for (const node of selection.getNodes()) {
      const block = node.getTopLevelElement()
      if ($isElementNode(block)) block.setFormat('')
    }
  })
}
