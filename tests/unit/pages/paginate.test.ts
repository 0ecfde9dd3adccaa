/**
 * The pagination rules on hand-made flows: where a page breaks, widow and orphan control, a
 * heading kept with the paragraph after it, a table split across pages under its repeated header
 * row, a row kept whole, page numbers and sections. Lengths are those of the state profile: A4,
 * margins 20/20/30/15 mm, body text 14 pt single spaced (16.1 pt a line).
 */
import { describe, expect, it } from 'vitest'
import { paginate } from '../../../core/pages/paginate'
import { plainParagraph } from '../../../core/pages/lines'
import type { ReportFlow } from '../../../core/pages/flow'
import type { CellSpec, FlowBlock, Page, ParaSpec, RowSpec, SectionSpec, TableSpec, TextItem, TextLook } from '../../../core/pages/types'

const LOOK: TextLook = { size: 14, bold: false, italic: false, underline: false, strike: false, sub: false, sup: false }
const LINE = 16.1
const MM = 72 / 25.4

/** A paragraph of `lines` lines: each line a word too long to share a line with the next ("\n" breaks them). */
function para(label: string, lines = 1, change: Partial<ParaSpec> = {}): ParaSpec {
  const text = Array.from({ length: lines }, (_, i) => `${label}-${i + 1}`).join('\n')
  return { ...plainParagraph([{ ...LOOK, text }], 14, 'left'), ...change }
}

function flow(...sections: (FlowBlock[] | SectionSpec)[]): ReportFlow {
  return {
    geometry: {
      width: 595.3,
      height: 841.9,
      margins: { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM },
      headerDistance: 10 * MM,
      pageNumber: LOOK,
    },
    sections: sections.map((s) => (Array.isArray(s) ? { landscape: false, blocks: s } : s)),
  }
}

const texts = (page: Page): string[] =>
  page.items.filter((i): i is TextItem => i.kind === 'text').map((i) => i.runs.map((r) => r.text).join(''))
/** The lines of the text area (the page number aside). */
const bodyLines = (page: Page): string[] => (page.number === null ? texts(page) : texts(page).slice(1))
const layout = (f: ReportFlow): Page[] => [...paginate(f)]

// Text area: 841.9 − 2 × 56.7 = 728.5 pt, 45 lines of 16.1 pt.
const LINES_PER_PAGE = 45

describe('breaking pages', () => {
  it('fills a page with as many lines as fit and goes on to the next', () => {
    const pages = layout(flow([para('a', 100)]))
    expect(pages.map((p) => bodyLines(p).length)).toEqual([LINES_PER_PAGE, LINES_PER_PAGE, 10])
    expect(bodyLines(pages[1] as Page)[0]).toBe(`a-${LINES_PER_PAGE + 1}`)
  })

  it('never leaves the first line of a paragraph alone at the foot of a page (orphan)', () => {
    const pages = layout(flow([para('filler', LINES_PER_PAGE - 1), para('b', 10)]))
    expect(bodyLines(pages[0] as Page).at(-1)).toBe(`filler-${LINES_PER_PAGE - 1}`)
    expect(bodyLines(pages[1] as Page)[0]).toBe('b-1')
  })

  it('never leaves the last line of a paragraph alone at the head of a page (widow)', () => {
    const pages = layout(flow([para('filler', LINES_PER_PAGE - 9), para('b', 10)]))
    // Nine lines of b would fit; two go on so that b-10 is not alone.
    expect(bodyLines(pages[0] as Page).at(-1)).toBe('b-8')
    expect(bodyLines(pages[1] as Page)).toEqual(['b-9', 'b-10'])
  })

  it('moves a paragraph kept together whole, and keeps the space after the one before it', () => {
    const pages = layout(flow([para('filler', LINES_PER_PAGE - 3, { after: 6 }), para('kept', 5, { keepLines: true })]))
    expect(bodyLines(pages[0] as Page).at(-1)).toBe(`filler-${LINES_PER_PAGE - 3}`)
    expect(bodyLines(pages[1] as Page)).toEqual(['kept-1', 'kept-2', 'kept-3', 'kept-4', 'kept-5'])
    const first = pages[1]?.items.find((i) => i.kind === 'text' && i.y > 50) as TextItem
    expect(first.y).toBeCloseTo(20 * MM, 1)
  })

  it('takes the larger of the space after a paragraph and the space before the next', () => {
    const pages = layout(flow([para('a', 1, { after: 6 }), para('b', 1, { before: 12 }), para('c', 1, { before: 3 })]))
    const [a, b, c] = (pages[0] as Page).items as TextItem[]
    expect((b as TextItem).y - (a as TextItem).y).toBeCloseTo(LINE + 12, 5)
    expect((c as TextItem).y - (b as TextItem).y).toBeCloseTo(LINE + 3, 5)
  })
})

describe('keep with next', () => {
  it('takes a heading at the foot of a page over to the paragraph it heads', () => {
    const pages = layout(flow([para('filler', LINES_PER_PAGE - 2), para('HEADING', 1, { keepNext: true }), para('body', 6)]))
    expect(bodyLines(pages[0] as Page)).not.toContain('HEADING-1')
    expect(bodyLines(pages[1] as Page).slice(0, 2)).toEqual(['HEADING-1', 'body-1'])
  })

  it('takes a chain of kept paragraphs along, but leaves a chain that fills a page from its top', () => {
    const chain = [para('Phần', 1, { keepNext: true }), para('TÊN PHẦN', 1, { keepNext: true }), para('Mục', 1, { keepNext: true })]
    const moved = layout(flow([para('filler', LINES_PER_PAGE - 3), ...chain, para('body', 4)]))
    expect(bodyLines(moved[1] as Page).slice(0, 4)).toEqual(['Phần-1', 'TÊN PHẦN-1', 'Mục-1', 'body-1'])
    // Kept paragraphs longer than a page cannot all move: the page breaks inside them.
    const long = layout(flow([para('kept', LINES_PER_PAGE + 5, { keepNext: true }), para('body', 4)]))
    expect(long.length).toBe(2)
    expect(bodyLines(long[0] as Page)).toHaveLength(LINES_PER_PAGE)
  })
})

function cell(column: number, text: string, lines = 1): CellSpec {
  return { column, span: 1, continued: false, rowSpan: 1, valign: 'center', content: [para(text, lines)] }
}

function table(rows: RowSpec[], headerRows: number): TableSpec {
  return { kind: 'table', columns: [100, 300], rows, headerRows, border: 0.5, padding: { top: 2, bottom: 2, left: 4, right: 4 } }
}

describe('tables', () => {
  const header: RowSpec = { cantSplit: true, cells: [cell(0, 'STT'), cell(1, 'Nội dung')] }
  const rows = (n: number, lines = 1, cantSplit = false): RowSpec[] =>
    Array.from({ length: n }, (_, i) => ({ cantSplit, cells: [cell(0, `${i + 1}`), cell(1, `row${i + 1}`, lines)] }))

  it('continues a long table on the next pages under its repeated header row, every row once and in order', () => {
    const pages = layout(flow([table([header, ...rows(100)], 1)]))
    expect(pages.length).toBeGreaterThan(2)
    const seen: string[] = []
    for (const page of pages) {
      const lines = bodyLines(page)
      expect(lines.slice(0, 2)).toEqual(['STT-1', 'Nội dung-1'])
      seen.push(...lines.filter((l) => l.startsWith('row')))
    }
    expect(seen).toEqual(Array.from({ length: 100 }, (_, i) => `row${i + 1}-1`))
  })

  it('splits a row at a line, the rest of it on the next page under the header row', () => {
    const pages = layout(flow([para('filler', LINES_PER_PAGE - 6), table([header, ...rows(1, 20)], 1)]))
    const first = bodyLines(pages[0] as Page).filter((l) => l.startsWith('row'))
    const second = bodyLines(pages[1] as Page)
    expect(first.length).toBeGreaterThan(0)
    expect(second.slice(0, 2)).toEqual(['STT-1', 'Nội dung-1'])
    expect([...first, ...second.filter((l) => l.startsWith('row'))]).toEqual(Array.from({ length: 20 }, (_, i) => `row1-${i + 1}`))
  })

  it('moves a row that must not split whole to the next page', () => {
    const pages = layout(flow([para('filler', LINES_PER_PAGE - 6), table([header, ...rows(1, 4, true), ...rows(1, 4, true)], 1)]))
    const onFirst = bodyLines(pages[0] as Page).filter((l) => l.startsWith('row'))
    expect(onFirst).toEqual(['row1-1', 'row1-2', 'row1-3', 'row1-4'])
    expect(bodyLines(pages[1] as Page).filter((l) => l.startsWith('row'))).toEqual(['row1-1', 'row1-2', 'row1-3', 'row1-4'])
  })

  it('never leaves a header row alone at the foot of a page: the whole table moves', () => {
    const pages = layout(flow([para('filler', LINES_PER_PAGE - 1), table([header, ...rows(3, 1, true)], 1)]))
    expect(bodyLines(pages[0] as Page)).not.toContain('STT-1')
    expect(bodyLines(pages[1] as Page).slice(0, 4)).toEqual(['STT-1', 'Nội dung-1', '1-1', 'row1-1'])
  })

  it('draws the grid: a line above each row and under the last row of each page', () => {
    const [page] = layout(flow([table([header, ...rows(2)], 1)]))
    const horizontal = (page as Page).items.filter((i) => i.kind === 'rule' && i.width > 50)
    // Two cells a row: one segment per cell above each of the 3 rows, and one closing line.
    expect(horizontal).toHaveLength(3 * 2 + 1)
  })
})

describe('page numbers and sections', () => {
  it('prints no number on the first page of a section and its number, centred at the top, on the others', () => {
    const landscape: SectionSpec = { landscape: true, blocks: [para('appendix', 80)] }
    const pages = layout(flow([para('a', 60)], landscape))
    expect(pages.map((p) => p.number)).toEqual([null, 2, null, 2, 3])
    const number = (pages[1] as Page).items[0] as TextItem
    expect(number.runs[0]?.text).toBe('2')
    expect(number.y).toBeCloseTo(10 * MM, 1)
    expect(number.x + number.width / 2).toBeCloseTo(30 * MM + (595.3 - 45 * MM) / 2, 0)
    expect(pages.slice(2).every((p) => p.landscape && p.width > p.height)).toBe(true)
    expect((pages[0] as Page).width).toBeLessThan((pages[0] as Page).height)
  })
})
