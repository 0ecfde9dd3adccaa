/**
 * The Lexical node classes of the section editors, one per node type of core/nodes. Every other
 * direction of a node type (export, Word import, static view, plain text) is in its descriptor
 * there; a test fails when a class registered here has no descriptor, or the reverse.
 */
import { LineBreakNode, ParagraphNode, RootNode, TabNode, TextNode, type Klass, type LexicalNode } from 'lexical'
import { ListItemNode, ListNode } from '@lexical/list'
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table'
import type { NodeType } from '../../core/nodes'

/** The class of each node type; Lexical's own (root, paragraph, text, line break, tab) are always present. */
export const NODE_CLASSES: Record<NodeType, Klass<LexicalNode>> = {
  root: RootNode,
  paragraph: ParagraphNode,
  text: TextNode,
  linebreak: LineBreakNode,
  tab: TabNode,
  list: ListNode,
  listitem: ListItemNode,
  table: TableNode,
  tablerow: TableRowNode,
  tablecell: TableCellNode,
}

const BUILT_IN: ReadonlySet<Klass<LexicalNode>> = new Set([RootNode, ParagraphNode, TextNode, LineBreakNode, TabNode])

/** The nodes the section editors register on top of Lexical's built-ins. */
export const EDITOR_NODES: ReadonlyArray<Klass<LexicalNode>> = Object.values(NODE_CLASSES).filter((klass) => !BUILT_IN.has(klass))
