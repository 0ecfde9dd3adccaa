/** core/model/content: the plain text the checks read, and the content the templates create. */
import { describe, expect, it } from 'vitest'
import { createEditor } from 'lexical'
import { contentFromParagraphs, emptyContent } from '../../../core/model/lexical'
import { contentText, isContentEmpty } from '../../../core/nodes/plain-text'
import { SerializedContent } from '../../../core/model/schema'

const text = (t: string): Record<string, unknown> => ({
  type: 'text',
  version: 1,
  text: t,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
})
const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  type,
  version: 1,
  children,
  ...extra,
})
const doc = (...children: unknown[]): SerializedContent => SerializedContent.parse({ root: { type: 'root', version: 1, children } })

/** Load serialized content into a real Lexical editor and save it again. */
function roundTrip(content: SerializedContent): unknown {
  const editor = createEditor({
    namespace: 'test',
    onError: (error) => {
      throw error
    },
  })
  return editor.parseEditorState(JSON.stringify(content)).toJSON()
}

describe('contentText', () => {
  it('is empty for null and for an empty root', () => {
    expect(contentText(null)).toBe('')
    expect(contentText(doc())).toBe('')
  })

  it('joins the text nodes of a paragraph and separates paragraphs with a newline', () => {
    const content = doc(element('paragraph', [text('Thu ngân sách '), text('đạt 165,65%')]), element('paragraph', [text('dự toán.')]))
    expect(contentText(content)).toBe('Thu ngân sách đạt 165,65%\ndự toán.')
  })

  it('renders line breaks and tabs', () => {
    const content = doc(
      element('paragraph', [text('a'), { type: 'linebreak', version: 1 }, text('b'), { type: 'tab', version: 1, text: '\t' }, text('c')]),
    )
    expect(contentText(content)).toBe('a\nb\tc')
  })

  it('keeps an empty paragraph as an empty line', () => {
    expect(contentText(doc(element('paragraph', [text('a')]), element('paragraph', []), element('paragraph', [text('b')])))).toBe('a\n\nb')
  })

  it('puts headings, quotes, list items and table cells on their own lines', () => {
    const content = doc(
      element('heading', [text('Tiêu đề')], { tag: 'h2' }),
      element('list', [
        element('listitem', [text('một')]),
        element('listitem', [text('hai'), element('list', [element('listitem', [text('hai a')])])]),
      ]),
      element('quote', [text('trích')]),
      element('table', [
        element('tablerow', [
          element('tablecell', [element('paragraph', [text('STT')])]),
          element('tablecell', [element('paragraph', [text('Chỉ tiêu')])]),
        ]),
      ]),
    )
    expect(contentText(content)).toBe('Tiêu đề\nmột\nhai\nhai a\ntrích\nSTT\nChỉ tiêu')
  })

  it('walks unknown elements and ignores unknown leaves and junk', () => {
    const content = doc(
      element('paragraph', [
        text('xem '),
        element('link', [text('văn bản')], { url: 'https://example.org' }),
        { type: 'image', src: 'x.png' },
        text('.'),
      ]),
      null,
      42,
      { children: 'not an array' },
    )
    expect(contentText(content)).toBe('xem văn bản.')
  })

  it('keeps unknown blocks at the root on their own lines', () => {
    const content = doc(
      element('code', [text('mã 1')]),
      element('layout-container', [element('paragraph', [text('mã 2')])]),
      { type: 'horizontalrule', version: 1 },
      element('paragraph', [text('hết')]),
    )
    expect(contentText(content)).toBe('mã 1\nmã 2\nhết')
  })
})

describe('isContentEmpty', () => {
  it.each<[string, SerializedContent | null, boolean]>([
    ['null', null, true],
    ['empty root', doc(), true],
    ['empty paragraph', emptyContent(), true],
    [
      'spaces, tabs and breaks',
      doc(element('paragraph', [text('  \u00a0'), { type: 'linebreak', version: 1 }, { type: 'tab', version: 1 }])),
      true,
    ],
    ['a word', contentFromParagraphs(['Có nội dung']), false],
    ['a word in a nested list', doc(element('list', [element('listitem', [text('x')])])), false],
  ])('%s → %s', (_name, content, expected) => {
    expect(isContentEmpty(content)).toBe(expected)
  })
})

describe('contentFromParagraphs and emptyContent', () => {
  it('builds Lexical 0.52 nodes field for field', () => {
    expect(contentFromParagraphs(['Một', ''])).toEqual({
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            textFormat: 0,
            textStyle: '',
            children: [{ type: 'text', version: 1, text: 'Một', format: 0, style: '', mode: 'normal', detail: 0 }],
          },
          { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [] },
        ],
      },
    })
  })

  it.each<[string, SerializedContent]>([
    ['paragraphs', contentFromParagraphs(['Thực hiện Nghị quyết số 12/NQ-HĐND', '', 'Ủy ban nhân dân phường báo cáo như sau:'])],
    ['a line break', contentFromParagraphs(['dòng một\ndòng hai'])],
    ['emptyContent', emptyContent()],
  ])('survives a round trip through a real Lexical editor unchanged: %s', (_name, content) => {
    expect(roundTrip(content)).toEqual(content)
  })

  it('passes the schema', () => {
    expect(SerializedContent.safeParse(contentFromParagraphs(['a', 'b'])).success).toBe(true)
    expect(SerializedContent.safeParse(emptyContent()).success).toBe(true)
  })

  it('reads back as the same text', () => {
    expect(contentText(contentFromParagraphs(['Một', '', 'Hai\nBa']))).toBe('Một\n\nHai\nBa')
  })

  it('stores text in NFC', () => {
    expect(contentText(contentFromParagraphs(['Phú Xuân'.normalize('NFD')]))).toBe('Phú Xuân'.normalize('NFC'))
  })

  it('gives one empty paragraph for an empty list', () => {
    expect(contentFromParagraphs([])).toEqual(emptyContent())
    expect(emptyContent().root.children).toHaveLength(1)
  })

  it('returns a fresh object each time', () => {
    const a = emptyContent()
    a.root.children.push('mutated')
    expect(emptyContent().root.children).toHaveLength(1)
  })
})
