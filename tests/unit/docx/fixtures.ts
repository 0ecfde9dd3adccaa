/**
 * Reports for the exporter tests: the four built-in templates filled with text and figures, and
 * section content built with the real Lexical classes the editor registers, so that the JSON is
 * exactly what the editor saves.
 */
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTabNode,
  $createTextNode,
  $getRoot,
  createEditor,
  type ElementFormatType,
  type LexicalNode,
  type TextFormatType,
} from 'lexical'
import { $createListItemNode, $createListNode, type ListType } from '@lexical/list'
import { $createTableCellNode, $createTableNode, $createTableRowNode, TableCellHeaderStates } from '@lexical/table'
import { EDITOR_NODES } from '../../../renderer/editor/nodes'
import { instantiate, parseTemplate } from '../../../core/templates'
import { contentFromParagraphs } from '../../../core/model/lexical'
import { Report, type SerializedContent, type Section } from '../../../core/model/schema'
import tongKetNamUbnd from '../../../templates/tong-ket-nam.ubnd-phuong.json'
import soKetUbnd from '../../../templates/so-ket-6-thang.ubnd-phuong.json'
import tongKetNamDangUy from '../../../templates/tong-ket-nam.dang-uy-phuong.json'
import soKetDangUy from '../../../templates/so-ket-6-thang.dang-uy-phuong.json'

export const TEMPLATE_IDS = [
  'tong-ket-nam.ubnd-phuong',
  'so-ket-6-thang.ubnd-phuong',
  'tong-ket-nam.dang-uy-phuong',
  'so-ket-6-thang.dang-uy-phuong',
] as const
export type TemplateId = (typeof TEMPLATE_IDS)[number]

const TEMPLATE_DATA: Record<TemplateId, unknown> = {
  'tong-ket-nam.ubnd-phuong': tongKetNamUbnd,
  'so-ket-6-thang.ubnd-phuong': soKetUbnd,
  'tong-ket-nam.dang-uy-phuong': tongKetNamDangUy,
  'so-ket-6-thang.dang-uy-phuong': soKetDangUy,
}

/** Run `build` in a headless editor with the editor's nodes and return the serialized content. */
export function lexicalContent(build: () => LexicalNode[]): SerializedContent {
  const editor = createEditor({
    namespace: 'test',
    nodes: [...EDITOR_NODES],
    onError: (error) => {
      throw error
    },
  })
  editor.update(
    () => {
      $getRoot()
        .clear()
        .append(...build())
    },
    { discrete: true },
  )
  return editor.getEditorState().toJSON() as unknown as SerializedContent
}

/** A text node with the given formats. */
export function $text(text: string, ...formats: TextFormatType[]): LexicalNode {
  const node = $createTextNode(text)
  for (const format of formats) node.toggleFormat(format)
  return node
}

export function $paragraph(children: LexicalNode[], format: ElementFormatType = '', indent = 0): LexicalNode {
  const paragraph = $createParagraphNode()
  paragraph.setFormat(format)
  paragraph.setIndent(indent)
  return paragraph.append(...children)
}

/** A list; an item given as an array holds a nested list of that kind built from its entries. */
export function $list(type: ListType, items: (string | { nested: ListType; items: string[] })[], start = 1): LexicalNode {
  const list = $createListNode(type, start)
  for (const item of items) {
    const li = $createListItemNode()
    if (typeof item === 'string') li.append($createTextNode(item))
    else li.append($list(item.nested, item.items))
    list.append(li)
  }
  return list
}

interface CellSpec {
  text: string
  header?: boolean
  colSpan?: number
  rowSpan?: number
  /** Bulleted items instead of a paragraph. */
  bullets?: string[]
}

/** A table from rows of cells; cells covered by a span from above are simply left out, as Lexical stores them. */
export function $table(rows: CellSpec[][], colWidths?: number[]): LexicalNode {
  const table = $createTableNode()
  for (const cells of rows) {
    const row = $createTableRowNode()
    for (const spec of cells) {
      const cell = $createTableCellNode(spec.header ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS, spec.colSpan ?? 1)
      if (spec.rowSpan) cell.setRowSpan(spec.rowSpan)
      if (spec.bullets) cell.append($list('bullet', spec.bullets))
      else cell.append($paragraph([$createTextNode(spec.text)]))
      row.append(cell)
    }
    table.append(row)
  }
  if (colWidths) table.setColWidths(colWidths)
  return table
}

/** Content using every node type and format the editor can produce. */
export function richContent(): SerializedContent {
  return lexicalContent(() => [
    $paragraph([
      $text('Chữ thường, '),
      $text('chữ đậm', 'bold'),
      $text(', '),
      $text('chữ nghiêng', 'italic'),
      $text(', '),
      $text('gạch chân', 'underline'),
      $text(', '),
      $text('gạch ngang', 'strikethrough'),
      $text(', m'),
      $text('2', 'superscript'),
      $text(' và H'),
      $text('2', 'subscript'),
      $text('O.'),
    ]),
    $paragraph([$text('Dòng một'), $createLineBreakNode(), $text('dòng hai'), $createTabNode(), $text('sau tab.')]),
    $paragraph([$text('Đoạn căn giữa.')], 'center'),
    $paragraph([$text('Đoạn căn phải.')], 'right'),
    $paragraph([$text('Đoạn lùi lề một bậc.')], 'justify', 1),
    $list('bullet', ['Ý gạch đầu dòng thứ nhất', { nested: 'bullet', items: ['Ý cộng lồng bên trong'] }, 'Ý gạch đầu dòng thứ hai']),
    $list('number', ['Việc đánh số một', { nested: 'number', items: ['Điểm lồng thứ nhất', 'Điểm lồng thứ hai'] }, 'Việc đánh số hai']),
    $list('number', ['Bắt đầu từ ba'], 3),
    $table(
      [
        [
          { text: 'Lĩnh vực', header: true, rowSpan: 2 },
          { text: 'Kết quả', header: true, colSpan: 2 },
        ],
        [
          { text: 'Kế hoạch', header: true },
          { text: 'Thực hiện', header: true },
        ],
        [{ text: 'Thu ngân sách' }, { text: '20 tỷ' }, { text: '21 tỷ', rowSpan: 2 }],
        [{ text: 'Chi ngân sách' }, { text: '18 tỷ' }],
        [
          { text: 'Ghi chú', colSpan: 2 },
          { text: '', bullets: ['ý một', 'ý hai'] },
        ],
      ],
      [300, 150, 150],
    ),
    $paragraph([$text('Đoạn cuối sau bảng.')]),
  ])
}

export interface FillOptions {
  issuer?: string
  parent?: string
  place?: string
  date?: string | null
  number?: string
}

function fillSection(section: Section, counter: { n: number }): Section {
  counter.n += 1
  const content =
    section.content ??
    contentFromParagraphs([
      `Trong kỳ, ${section.title.toLocaleLowerCase('vi')} đạt kết quả tích cực; đoạn số ${counter.n} ghi số liệu chính: tiếp nhận 8.833 hồ sơ, giải quyết đúng và trước hạn 8.743 hồ sơ (đạt 98,98%), tăng 12,3% so với cùng kỳ.`,
    ])
  return { ...section, content, children: section.children.map((child) => fillSection(child, counter)) }
}

/** A report from a built-in template, every section filled, figures in every indicator row. */
export function templateReport(id: TemplateId, fill: FillOptions = {}): Report {
  const template = parseTemplate(TEMPLATE_DATA[id], id)
  let n = 0
  const report = instantiate(template, {
    year: 2025,
    half: 1,
    appVersion: '0.1.0',
    newId: () => `id-${++n}`,
    now: new Date('2025-12-15T08:00:00Z'),
  })
  const party = report.profile === 'party'
  const counter = { n: 0 }
  return Report.parse({
    ...report,
    sections: report.sections.map((s) => fillSection(s, counter)),
    indicators: report.indicators.map((table) => ({
      ...table,
      // A count is a share of its total: never above it.
      rows: table.rows.map((row, i) => ({ ...row, plan: 100 + i, actual: (row.kind === 'count' ? 80 : 110) + i, previous: 90 + i })),
    })),
    meta: {
      ...report.meta,
      issuer: fill.issuer ?? (party ? 'ĐẢNG ỦY PHƯỜNG PHÚ XUÂN' : 'ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ XUÂN'),
      parent: fill.parent ?? (party ? 'ĐẢNG BỘ THÀNH PHỐ HUẾ' : ''),
      place: fill.place ?? 'Phú Xuân',
      number: fill.number ?? '05',
      date: fill.date === undefined ? '2025-12-15' : fill.date,
      recipients: report.meta.recipients.map((r) => r.replace(/\[[^\]]*\]/gu, 'Huế')),
      drafter: 'PL',
      copies: 10,
      signer: { ...report.meta.signer, name: 'Nguyễn Văn An' },
    },
  })
}

/** Every section title of a report, depth first, in reading order. */
export function sectionTitles(sections: readonly Section[]): string[] {
  return sections.flatMap((s) => [...(s.numbered ? [s.title] : []), ...sectionTitles(s.children)])
}

/** The first numbered section without children, depth first. */
function firstLeaf(sections: readonly Section[]): Section | undefined {
  for (const s of sections) {
    if (s.children.length === 0 && s.numbered) return s
    const inner = firstLeaf(s.children)
    if (inner) return inner
  }
  return undefined
}

/** `report` with the content of its first leaf section replaced by `content`. */
export function withContent(report: Report, content: SerializedContent): Report {
  const leaf = firstLeaf(report.sections)
  const replace = (sections: readonly Section[]): Section[] =>
    sections.map((s) => (s === leaf ? { ...s, content } : { ...s, children: replace(s.children) }))
  return { ...report, sections: replace(report.sections) }
}

/**
 * The reports whose exports are rendered with LibreOffice and measured (rendered.test.ts, and the
 * preview's fidelity test): the four templates, long issuer and place names on both sides, and a
 * section with every kind of editor content.
 */
export function renderedCases(): { name: string; report: Report }[] {
  return [
    ...TEMPLATE_IDS.map((id) => ({ name: id, report: templateReport(id) })),
    {
      name: 'long-issuer.state',
      report: templateReport('tong-ket-nam.ubnd-phuong', {
        parent: 'UBND PHƯỜNG ĐIỆN BIÊN PHỦ',
        issuer: 'PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ PHƯỜNG ĐIỆN BIÊN PHỦ',
        place: 'Phường Điện Biên Phủ',
      }),
    },
    {
      name: 'long-issuer.party',
      report: templateReport('tong-ket-nam.dang-uy-phuong', {
        parent: 'ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH',
        issuer: 'ĐẢNG ỦY CƠ QUAN ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN PHỦ',
      }),
    },
    {
      name: 'long-place.state',
      report: templateReport('so-ket-6-thang.ubnd-phuong', { place: 'Thành phố Hồ Chí Minh', date: '2025-06-30' }),
    },
    {
      name: 'long-place.party',
      report: templateReport('so-ket-6-thang.dang-uy-phuong', { place: 'Phường Điện Biên Phủ Thượng Hạ', date: '2025-06-30' }),
    },
    { name: 'rich-content.state', report: withContent(templateReport('tong-ket-nam.ubnd-phuong'), richContent()) },
  ]
}
