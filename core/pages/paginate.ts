/**
 * Pages from the flow of a report: paragraphs and tables placed one after another in the text
 * area of A4 pages, as LibreOffice places the exported document — a paragraph splits across pages
 * only where widow and orphan control let it, a paragraph "kept together" moves on whole, one
 * "kept with the next" moves on with it (a heading never ends a page; the last paragraph goes with
 * the signature), a table continues on the next page under its header rows. Each section (the
 * report, then each appendix, landscape when too wide) starts a new page and numbers its pages
 * from 1, printing the number centred at the top of every page but its first.
 */
import { Column, emitLines, fittingLines, linesOf, type Frame } from './column'
import { plainParagraph, setParagraph } from './lines'
import { TableSetter, type TableResult, type TableResume } from './tables'
import type { ReportFlow } from './flow'
import type { FlowBlock, Page, PageGeometry, ParaSpec, SectionSpec, TableSpec } from './types'

type ParaResult = { kind: 'done' } | { kind: 'break'; resume: { line: number } } | { kind: 'move' }

function placePara(column: Column, spec: ParaSpec, from: number, force: boolean): ParaResult {
  const { frame } = column
  const lines = linesOf(spec, frame.width)
  // Between two paragraphs, the larger of the space after the first and before the second.
  const gap = from === 0 ? Math.max(column.pendingAfter, spec.before) : 0
  const fit = fittingLines(spec, lines, from, frame.bottom - column.y - gap, force)
  if (fit === 0) return { kind: 'move' }
  column.y = emitLines(column.items, spec, lines, from, from + fit, frame.left, column.y + gap, frame.width)
  if (from + fit < lines.length) {
    column.pendingAfter = 0
    return { kind: 'break', resume: { line: from + fit } }
  }
  column.pendingAfter = spec.after
  return { kind: 'done' }
}

/**
 * The first of the blocks at the end of the page that are kept with the next block and start on
 * this page, when something stands before them; null when there is none, or when they fill the
 * page from its top (then they stay and the keep gives way).
 */
function keptChain(column: Column): number | null {
  const { placements } = column
  let k = placements.length - 1
  if (k < 0 || !placements[k]?.keepNext || !placements[k]?.starts) return null
  while (k > 0 && placements[k - 1]?.keepNext && placements[k - 1]?.starts) k--
  return k > 0 ? k : null
}

/** The page number, centred at the header distance from the top edge. */
function pageNumberItems(geometry: PageGeometry, frame: Frame, number: number): Page['items'] {
  const spec = plainParagraph([{ ...geometry.pageNumber, text: String(number) }], geometry.pageNumber.size, 'center')
  const items: Page['items'] = []
  emitLines(items, spec, setParagraph(spec, frame.width), 0, 1, frame.left, geometry.headerDistance, frame.width)
  return items
}

function frameOf(geometry: PageGeometry, section: SectionSpec): { frame: Frame; width: number; height: number } {
  const width = section.landscape ? geometry.height : geometry.width
  const height = section.landscape ? geometry.width : geometry.height
  const { margins } = geometry
  return {
    frame: { left: margins.left, top: margins.top, width: width - margins.left - margins.right, bottom: height - margins.bottom },
    width,
    height,
  }
}

/** The pages of a report's flow, one at a time: a page is final once the next one is begun. */
export function* paginate(flow: ReportFlow): Generator<Page, void, void> {
  let index = 0
  for (const section of flow.sections) {
    const { frame, width, height } = frameOf(flow.geometry, section)
    const tables = new Map<TableSpec, TableSetter>()
    const setter = (table: TableSpec): TableSetter => {
      let found = tables.get(table)
      if (!found) tables.set(table, (found = new TableSetter(table)))
      return found
    }
    let number = 1
    let column = new Column(frame)
    const finish = (): Page => ({
      index: index++,
      width,
      height,
      landscape: section.landscape,
      number: number === 1 ? null : number,
      items: number === 1 ? column.items : [...pageNumberItems(flow.geometry, frame, number), ...column.items],
    })
    let i = 0
    let resume: { line: number } | TableResume | null = null
    while (i < section.blocks.length) {
      const block = section.blocks[i] as FlowBlock
      const placement = {
        block: i,
        itemsFrom: column.items.length,
        y: column.y,
        pendingAfter: column.pendingAfter,
        starts: resume === null,
        keepNext: block.kind === 'para' && block.keepNext,
      }
      const result: ParaResult | TableResult =
        block.kind === 'para'
          ? placePara(column, block, resume !== null && 'line' in resume ? resume.line : 0, column.empty)
          : setter(block).place(column, resume !== null && 'row' in resume ? resume : null, column.empty)
      if (result.kind === 'done') {
        column.placements.push(placement)
        i++
        resume = null
        continue
      }
      if (result.kind === 'break') {
        column.placements.push(placement)
        resume = result.resume
      } else {
        // Moved on whole: what is kept with it on this page goes too.
        const chain = keptChain(column)
        if (chain !== null) {
          i = column.placements[chain]?.block ?? i
          column.truncate(chain)
        }
        resume = null
      }
      yield finish()
      number++
      column = new Column(frame)
    }
    yield finish()
  }
}
