/** The root of a section's content and its paragraphs. */
import { alignOf, childrenOf, contentOf, indentOf, paragraphNode } from '../model/lexical'
import type { BlockNodeDescriptor } from './types'

export const root = {
  type: 'root',
  role: 'block',
  toBlocks: (node, context, depth) => context.blocks(childrenOf(node), depth),
  build: contentOf,
  view: () => ({ kind: 'children' }),
  plainText: { kind: 'block' },
} satisfies BlockNodeDescriptor

export const paragraph = {
  type: 'paragraph',
  role: 'block',
  toBlocks: (node, context) => [
    { kind: 'paragraph', align: alignOf(node), indent: indentOf(node), inlines: context.inlines(childrenOf(node)) },
  ],
  build: paragraphNode,
  view: (node) => ({ kind: 'element', tag: 'p', theme: 'paragraph', align: alignOf(node), keepHeight: true }),
  plainText: { kind: 'block' },
} satisfies BlockNodeDescriptor
