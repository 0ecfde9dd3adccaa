/**
 * Stage one of the exporter, Lexical JSON → blocks: every node type the section editors register
 * has a handler, an unknown type fails loudly in strict mode and keeps its text otherwise, and
 * lists and tables come out with the structure the page builder needs.
 */
import { describe, expect, it } from 'vitest'
import { $createLineBreakNode, $createTabNode } from 'lexical'
import { toBlocks, UnknownNodeError, type Block } from '../../../core/docx'
import { NODES, NODE_TYPES } from '../../../core/nodes'
import { unknownNodeTypes } from '../../../core/docx/blocks'
import { tableGrid } from '../../../core/docx/printed'
import type { SerializedContent } from '../../../core/model/schema'
import { $list, $paragraph, $table, $text, lexicalContent, richContent } from './fixtures'

type Json = Record<string, unknown>

function content(...children: Json[]): SerializedContent {
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } }
}

function typesIn(value: SerializedContent): Set<string> {
  const out = new Set<string>()
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return
    const n = node as Json
    if (typeof n.type === 'string') out.add(n.type)
    if (Array.isArray(n.children)) n.children.forEach(visit)
  }
  visit(value.root)
  return out
}

const textOf = (block: Block): string =>
  block.kind === 'table' ? '' : block.inlines.map((i) => (i.kind === 'text' ? i.text : i.kind === 'break' ? '\n' : '\t')).join('')

describe('node type coverage', () => {
  it('has an export direction for every node type the editor registers', () => {
    const missing = NODE_TYPES.filter((type) => {
      const node = NODES[type]
      return node.role === 'block' ? typeof node.toBlocks !== 'function' : typeof node.toInlines !== 'function'
    })
    expect(missing).toEqual([])
  })

  it('meets every editor node type in the rich fixture, and exports it in strict mode', () => {
    const rich = richContent()
    expect([...typesIn(rich)].sort()).toEqual([...NODE_TYPES].sort())
    expect(() => toBlocks(rich, { strict: true })).not.toThrow()
  })

  it('throws on an unknown block or inline node in strict mode', () => {
    const unknownBlock = content({ type: 'heading', tag: 'h1', children: [{ type: 'text', text: 'Tiêu đề', format: 0 }] })
    expect(() => toBlocks(unknownBlock, { strict: true })).toThrow(UnknownNodeError)
    const unknownInline = content({
      type: 'paragraph',
      children: [{ type: 'link', url: 'https://x', children: [{ type: 'text', text: 'liên kết', format: 0 }] }],
    })
    expect(() => toBlocks(unknownInline, { strict: true })).toThrow(/"link"/u)
  })

  it('keeps the text of unknown nodes outside strict mode and reports their types', () => {
    const seen: string[] = []
    const blocks = toBlocks(
      content(
        { type: 'quote', children: [{ type: 'text', text: 'Trích dẫn', format: 0 }] },
        { type: 'paragraph', children: [{ type: 'mark', ids: ['a'], children: [{ type: 'text', text: 'đánh dấu', format: 1 }] }] },
      ),
      { onUnknown: (type) => seen.push(type) },
    )
    expect(blocks.map(textOf)).toEqual(['Trích dẫn', 'đánh dấu'])
    expect(seen).toEqual(['quote', 'mark'])
  })

  it('lists the unknown node types of a content for the checks', () => {
    expect(unknownNodeTypes(richContent())).toEqual([])
    expect(unknownNodeTypes(null)).toEqual([])
    expect(
      unknownNodeTypes(content({ type: 'quote', children: [{ type: 'hashtag', text: '#a' }] }, { type: 'quote', children: [] })),
    ).toEqual(['quote', 'hashtag'])
  })

  it('registers the list, table and paragraph handlers by type', () => {
    const blockTypes = NODE_TYPES.filter((type) => NODES[type].role === 'block')
    expect(blockTypes).toEqual(expect.arrayContaining(['list', 'listitem', 'paragraph', 'table']))
    expect(NODE_TYPES.filter((type) => NODES[type].role === 'inline').sort()).toEqual(['linebreak', 'tab', 'text'])
  })
})

describe('toBlocks', () => {
  it('reads text formats bit by bit', () => {
    const [p] = toBlocks(
      lexicalContent(() => [
        $paragraph([
          $text('a', 'bold', 'italic'),
          $text('b', 'underline', 'strikethrough'),
          $text('c', 'subscript'),
          $text('d', 'superscript'),
        ]),
      ]),
    )
    expect(p?.kind === 'paragraph' && p.inlines).toEqual([
      { kind: 'text', text: 'a', bold: true, italic: true, underline: false, strike: false, sub: false, sup: false },
      { kind: 'text', text: 'b', bold: false, italic: false, underline: true, strike: true, sub: false, sup: false },
      { kind: 'text', text: 'c', bold: false, italic: false, underline: false, strike: false, sub: true, sup: false },
      { kind: 'text', text: 'd', bold: false, italic: false, underline: false, strike: false, sub: false, sup: true },
    ])
  })

  it('keeps line breaks, tabs, alignment and indent; normalises to NFC', () => {
    const blocks = toBlocks(
      lexicalContent(() => [$paragraph([$text('Hoa\u0300'), $createLineBreakNode(), $createTabNode(), $text('x')], 'end', 2)]),
    )
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        align: 'right',
        indent: 2,
        inlines: [
          { kind: 'text', text: 'Hoà', bold: false, italic: false, underline: false, strike: false, sub: false, sup: false },
          { kind: 'break' },
          { kind: 'tab' },
          { kind: 'text', text: 'x', bold: false, italic: false, underline: false, strike: false, sub: false, sup: false },
        ],
      },
    ])
  })

  it('drops empty paragraphs at the start and the end, keeps those in between', () => {
    const blocks = toBlocks(
      lexicalContent(() => [
        $paragraph([]),
        $paragraph([$text('một')]),
        $paragraph([]),
        $paragraph([$text('hai')]),
        $paragraph([$text('  ')]),
      ]),
    )
    expect(blocks.map(textOf)).toEqual(['một', '', 'hai'])
    expect(toBlocks(null)).toEqual([])
  })

  it('flattens nested lists with their depth, per-kind level and ordinal', () => {
    const blocks = toBlocks(
      lexicalContent(() => [
        $list('number', ['một', { nested: 'bullet', items: ['gạch'] }, 'hai'], 4),
        $list('bullet', ['a', { nested: 'bullet', items: ['b'] }]),
      ]),
    )
    expect(blocks.map((b) => (b.kind === 'listItem' ? [b.list, b.depth, b.level, b.ordinal, textOf(b)] : null))).toEqual([
      ['number', 0, 0, 4, 'một'],
      ['bullet', 1, 0, 1, 'gạch'],
      ['number', 0, 0, 5, 'hai'],
      ['bullet', 0, 0, 1, 'a'],
      ['bullet', 1, 1, 1, 'b'],
    ])
  })

  it('reads table cells with header states, spans and column widths', () => {
    const [table] = toBlocks(
      lexicalContent(() => [
        $table(
          [
            [
              { text: 'A', header: true, colSpan: 2 },
              { text: 'B', header: true, rowSpan: 2 },
            ],
            [{ text: 'C' }, { text: 'D' }],
          ],
          [100, 100, 200],
        ),
      ]),
    )
    if (table?.kind !== 'table') throw new Error('no table')
    expect(table.colWidths).toEqual([100, 100, 200])
    expect(table.rows.map((r) => r.map((c) => [c.header, c.headerRow, c.colSpan, c.rowSpan, c.blocks.map(textOf).join('')]))).toEqual([
      [
        [true, true, 2, 1, 'A'],
        [true, true, 1, 2, 'B'],
      ],
      [
        [false, false, 1, 1, 'C'],
        [false, false, 1, 1, 'D'],
      ],
    ])
    expect(tableGrid(table)).toEqual({
      columns: 3,
      starts: [
        [0, 2],
        [0, 1],
      ],
    })
  })

  it('places cells after a row span from above on the right grid column', () => {
    const [table] = toBlocks(
      lexicalContent(() => [
        $table([
          [{ text: 'a' }, { text: 'b', rowSpan: 3 }, { text: 'c' }],
          [{ text: 'd' }, { text: 'e' }],
          [{ text: 'f', colSpan: 1 }, { text: 'g' }],
          [{ text: 'h', colSpan: 3 }],
        ]),
      ]),
    )
    if (table?.kind !== 'table') throw new Error('no table')
    expect(tableGrid(table)).toEqual({ columns: 3, starts: [[0, 1, 2], [0, 2], [0, 2], [0]] })
  })
})
