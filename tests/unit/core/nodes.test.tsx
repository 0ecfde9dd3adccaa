/**
 * One descriptor per editor node type, every direction in one place: each node type the section
 * editors register has a descriptor with an export, an import builder, a static view and a plain
 * text reading, and each direction works on content the editor itself wrote. The plain text
 * leads back to the text nodes it came from, and the static view draws the marks the export prints.
 */
import { createEditor } from 'lexical'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { childrenOf, isNode, textOf, topNodes, type JsonNode } from '../../../core/model/lexical'
import { missingDirections, NODES, NODE_TYPES, descriptorOf, type NodeDescriptor } from '../../../core/nodes'
import { contentText, nodeAt, plainText, spanAt } from '../../../core/nodes/plain-text'
import { toBlocks } from '../../../core/docx'
import type { SerializedContent } from '../../../core/model/schema'
import { EDITOR_NODES, NODE_CLASSES } from '../../../renderer/editor/nodes'
import { StaticContent } from '../../../renderer/components/StaticContent'
import { $paragraph, $text, lexicalContent, richContent } from '../docx/fixtures'

/** The node types a section editor actually registers (Lexical's internal "artificial" node aside). */
function registeredTypes(): string[] {
  const editor = createEditor({ nodes: [...EDITOR_NODES], onError: (error) => Promise.reject(error) })
  return [...editor._nodes.keys()].filter((type) => type !== 'artificial')
}

function allNodes(content: { root: JsonNode }): JsonNode[] {
  const out: JsonNode[] = []
  const visit = (node: JsonNode): void => {
    out.push(node)
    childrenOf(node).forEach(visit)
  }
  visit(content.root)
  return out
}

describe('node registry', () => {
  it('has a descriptor with every direction for each node type the editor registers, and no other', () => {
    const registered = registeredTypes()
    expect(missingDirections(registered)).toEqual([])
    expect([...registered].sort()).toEqual([...NODE_TYPES].sort())
    for (const type of NODE_TYPES) expect(NODE_CLASSES[type].getType()).toBe(type)
  })

  it('names what is missing: an unregistered type, a descriptor without a direction', () => {
    const { view: _view, ...withoutView } = NODES.paragraph
    const nodes = { ...NODES, paragraph: withoutView as unknown as NodeDescriptor }
    expect(missingDirections(['paragraph', 'blank'], nodes)).toEqual(['paragraph: no view', 'blank: no descriptor'])
    const { toInlines: _export, ...withoutExport } = NODES.text
    expect(missingDirections(['text'], { text: withoutExport as unknown as NodeDescriptor })).toEqual(['text: no toInlines'])
  })

  it('runs every direction on content the editor wrote', () => {
    const rich = richContent()
    const seen = new Set<string>()
    for (const node of allNodes(rich as unknown as { root: JsonNode })) {
      const descriptor = descriptorOf(node)
      expect(descriptor, String(node.type)).toBeDefined()
      if (!descriptor) continue
      seen.add(descriptor.type)
      expect(descriptor.view(node)).toBeDefined()
      if (descriptor.plainText.kind === 'leaf') expect(typeof descriptor.plainText.text(node)).toBe('string')
    }
    expect([...seen].sort()).toEqual([...NODE_TYPES].sort())
    expect(() => toBlocks(rich, { strict: true })).not.toThrow()
  })

  it('builds what the editor loads unchanged (the import direction)', () => {
    const { build: root } = NODES.root
    const built = root([
      NODES.paragraph.build([NODES.text.build('Thu ngân sách'), NODES.linebreak.build(), NODES.tab.build()], {
        align: 'center',
        indent: 1,
      }),
      NODES.list.build('number', [NODES.listitem.build([NODES.text.build('một')], 1)]),
      NODES.table.build([NODES.tablerow.build([NODES.tablecell.build([NODES.paragraph.build([])], { header: true })])]),
    ])
    const editor = createEditor({ nodes: [...EDITOR_NODES], onError: (error) => Promise.reject(error) })
    const state = editor.parseEditorState(JSON.stringify(built))
    expect(contentText(state.toJSON() as unknown as typeof built)).toBe(contentText(built))
    expect(contentText(built)).toBe('Thu ngân sách\n\t\nmột\n')
  })
})

describe('plain text with spans', () => {
  it('gives the same text as contentText and a span for every leaf', () => {
    const rich = richContent()
    const plain = plainText(rich)
    expect(plain.text).toBe(contentText(rich))
    for (const span of plain.spans) {
      const node = nodeAt(rich, span.path)
      expect(node?.type).toBe(span.type)
      if (span.type === 'text' && node) expect(plain.text.slice(span.start, span.end)).toBe(textOf(node))
    }
    expect(plain.spans.filter((s) => s.type === 'text').length).toBe(
      allNodes(rich as unknown as { root: JsonNode }).filter((n) => n.type === 'text').length,
    )
  })

  it('leads an offset back to its text node and the offset in it', () => {
    const content = lexicalContent(() => [$paragraph([$text('Thu '), $text('ngân sách', 'bold')]), $paragraph([$text('đạt 98%')])])
    const plain = plainText(content)
    const offset = plain.text.indexOf('sách')
    const span = spanAt(plain, offset)
    expect(span?.path).toEqual([0, 1])
    expect(offset - (span?.start ?? 0)).toBe('ngân '.length)
    expect(spanAt(plain, plain.text.indexOf('\n'))).toBeUndefined()
    expect(spanAt(plain, plain.text.indexOf('98'))?.path).toEqual([1, 0])
  })

  it('reads unknown elements through and skips unknown leaves', () => {
    const content: SerializedContent = {
      root: {
        type: 'root',
        children: [{ type: 'paragraph', children: [{ type: 'link', children: [{ type: 'text', text: 'xem' }] }, { type: 'image' }] }],
      },
    }
    expect(plainText(content).spans.map((s) => s.path)).toEqual([[0, 0, 0]])
    expect(isNode(topNodes(content)[0])).toBe(true)
  })
})

describe('static view', () => {
  it('draws the marks the export prints, subscript and superscript included', () => {
    const html = renderToStaticMarkup(
      <StaticContent
        content={lexicalContent(() => [
          $paragraph([$text('m'), $text('2', 'superscript'), $text(' H'), $text('2', 'subscript'), $text('O', 'bold', 'underline')]),
        ])}
      />,
    )
    expect(html).toContain('<sup>2</sup>')
    expect(html).toContain('<sub>2</sub>')
    expect(html).toContain('font-weight:700')
    expect(html).toContain('text-decoration:underline')
  })

  it('draws lists, tables with spans and header cells, and alignment with the editor classes', () => {
    const html = renderToStaticMarkup(<StaticContent content={richContent()} />)
    expect(html).toContain('<p class="pv-paragraph" style="text-align:center">')
    expect(html).toMatch(/<ol class="pv-ol">/u)
    expect(html).toMatch(/<th class="pv-th" colSpan="2" rowSpan="1">/iu)
    expect(html).toContain('<tbody>')
  })
})
