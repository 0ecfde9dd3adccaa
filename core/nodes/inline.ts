/** The leaves inside a paragraph: text with its marks, line breaks (Shift+Enter) and tabs. */
import { lineBreakNode, tabNode, textMarksOf, textNode, textOf, NO_MARKS } from '../model/lexical'
import type { InlineNodeDescriptor } from './types'

export const text = {
  type: 'text',
  role: 'inline',
  toInlines: (node) => {
    const value = textOf(node)
    return value === '' ? [] : [{ kind: 'text', text: value.normalize('NFC'), ...textMarksOf(node) }]
  },
  build: textNode,
  view: (node) => ({ kind: 'text', text: textOf(node), marks: textMarksOf(node) }),
  plainText: { kind: 'leaf', text: textOf },
} satisfies InlineNodeDescriptor

export const linebreak = {
  type: 'linebreak',
  role: 'inline',
  toInlines: () => [{ kind: 'break' }],
  build: lineBreakNode,
  view: () => ({ kind: 'break' }),
  plainText: { kind: 'leaf', text: () => '\n' },
} satisfies InlineNodeDescriptor

export const tab = {
  type: 'tab',
  role: 'inline',
  toInlines: () => [{ kind: 'tab' }],
  build: tabNode,
  view: () => ({ kind: 'text', text: '\t', marks: NO_MARKS }),
  plainText: { kind: 'leaf', text: () => '\t' },
} satisfies InlineNodeDescriptor
