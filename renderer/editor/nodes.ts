/**
 * The one list of Lexical nodes the section editors register. The exporter in core/docx walks
 * serialized content by node `type`, so it must handle every type in {@link EDITOR_NODE_TYPES}.
 */
import type { Klass, LexicalNode } from 'lexical'
import { ListItemNode, ListNode } from '@lexical/list'
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table'

/** Nodes registered on top of Lexical's built-ins (root, paragraph, text, line break, tab). */
export const EDITOR_NODES: ReadonlyArray<Klass<LexicalNode>> = [ListNode, ListItemNode, TableNode, TableRowNode, TableCellNode]

/** Lexical's own nodes, always present in every editor. */
export const BUILTIN_NODE_TYPES = ['root', 'paragraph', 'text', 'linebreak', 'tab'] as const

/** Every serialized `type` that section content can hold. */
export const EDITOR_NODE_TYPES = [...BUILTIN_NODE_TYPES, 'list', 'listitem', 'table', 'tablerow', 'tablecell'] as const
export type EditorNodeType = (typeof EDITOR_NODE_TYPES)[number]
