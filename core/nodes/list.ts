/**
 * Lists and their items. Lexical keeps a nested list in an item of its own (which prints no
 * marker); the export flattens the nesting into list items with a depth, a per-kind level ("-"
 * or "+", "1." or "a)") and an ordinal.
 */
import type { Block } from '../docx/blocks'
import { alignOf, childrenOf, listItemNode, listNode, readList, typeOf, type JsonNode } from '../model/lexical'
import type { BlockNodeDescriptor, ExportContext } from './types'

/** How many lists of each kind enclose the one being printed. */
interface Levels {
  bullet: number
  number: number
}

function listBlocks(node: JsonNode, context: ExportContext, depth: number, levels: Levels): Block[] {
  const { list, start } = readList(node)
  const level = levels[list]
  const inner = { ...levels, [list]: level + 1 }
  let ordinal = start - 1
  const out: Block[] = []
  for (const item of childrenOf(node)) {
    if (typeOf(item) !== 'listitem') {
      out.push(...context.blocks([item], depth))
      continue
    }
    const children = childrenOf(item)
    const nested = children.filter((c) => typeOf(c) === 'list')
    const inline = children.filter((c) => typeOf(c) !== 'list')
    if (inline.length > 0 || nested.length === 0) {
      ordinal += 1
      out.push({ kind: 'listItem', list, depth, level, ordinal, align: alignOf(item), inlines: context.inlines(inline) })
    }
    for (const sub of nested) out.push(...listBlocks(sub, context, depth + 1, inner))
  }
  return out
}

export const list = {
  type: 'list',
  role: 'block',
  toBlocks: (node, context, depth) => listBlocks(node, context, depth, { bullet: 0, number: 0 }),
  build: listNode,
  view: (node) =>
    readList(node).list === 'number' ? { kind: 'element', tag: 'ol', theme: 'list.ol' } : { kind: 'element', tag: 'ul', theme: 'list.ul' },
  plainText: { kind: 'block' },
} satisfies BlockNodeDescriptor

export const listitem = {
  type: 'listitem',
  role: 'block',
  // A list item outside a list (not produced by Lexical) still prints as a paragraph.
  toBlocks: (node, context) => [
    { kind: 'paragraph', align: alignOf(node), indent: 0, inlines: context.inlines(childrenOf(node).filter((c) => typeOf(c) !== 'list')) },
  ],
  build: listItemNode,
  view: () => ({ kind: 'element', tag: 'li', theme: 'list.listitem' }),
  plainText: { kind: 'block' },
} satisfies BlockNodeDescriptor
