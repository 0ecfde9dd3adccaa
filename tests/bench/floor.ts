/**
 * The `docx` library's floor: the same text and tables as our export, built as plain paragraphs
 * (one run each, no run or paragraph properties) and plain tables. Whatever our exporter costs
 * above this is our own work: formatting, layout and the walk over Lexical's JSON.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx'
import type { Report, Section } from '../../core/model/schema'
import { plainBlocks, type PlainBlock } from './plain'

function tableOf(rows: readonly (readonly string[])[]): Table {
  return new Table({
    rows: rows.map((cells) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) })),
  })
}

function children(blocks: readonly PlainBlock[]): (Paragraph | Table)[] {
  return blocks.map((block) => (block.kind === 'table' ? tableOf(block.rows) : new Paragraph(block.text)))
}

function sectionBlocks(sections: readonly Section[]): PlainBlock[] {
  return sections.flatMap((s) => [{ kind: 'text' as const, text: s.title }, ...plainBlocks(s.content), ...sectionBlocks(s.children)])
}

/** The floor document's bytes. */
export async function floorDocx(report: Report): Promise<Uint8Array> {
  const body = children(sectionBlocks(report.sections))
  const appendix = report.indicators.map((table) =>
    tableOf([
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Thực hiện', 'Cùng kỳ'],
      ...table.rows.map((r, i) => [String(i + 1), r.name, r.unit, String(r.plan ?? ''), String(r.actual ?? ''), String(r.previous ?? '')]),
    ]),
  )
  const document = new Document({
    sections: [{ children: [new Paragraph(report.meta.title), ...body] }, ...appendix.map((t) => ({ children: [t] }))],
  })
  return new Uint8Array(await Packer.toArrayBuffer(document))
}
