/**
 * A large Word report imports in bounded time: about 300 pages (2,000 paragraphs in 120
 * sections, 60 tables) plus 8 MB of photos, which are counted but never unpacked.
 */
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type FileChild } from 'docx'
import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { contentText } from '../../../core/nodes/plain-text'
import type { Section } from '../../../core/model/schema'
import { importBytes } from './helpers'
import { newsSentences } from './fixtures'

// A valid PNG header with random data after it: big and incompressible, never decoded.
function photo(size: number): Buffer {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
  return Buffer.concat([png, randomBytes(size)])
}

async function largeReport(): Promise<Uint8Array> {
  const sentences = newsSentences()
  const children: FileChild[] = [
    new Paragraph({ children: [new TextRun({ text: 'BÁO CÁO', bold: true })] }),
    new Paragraph({ children: [new TextRun({ text: 'Tổng kết công tác năm 2025', bold: true })] }),
  ]
  let n = 0
  for (let part = 1; part <= 8; part++) {
    children.push(new Paragraph({ text: `Lĩnh vực số ${part}`, heading: HeadingLevel.HEADING_1 }))
    for (let sub = 1; sub <= 15; sub++) {
      children.push(new Paragraph({ text: `Nội dung ${part}.${sub}`, heading: HeadingLevel.HEADING_2 }))
      for (let k = 0; k < 17; k++)
        children.push(new Paragraph(`${sentences[n++ % sentences.length] ?? ''} ${sentences[n++ % sentences.length] ?? ''}`))
      if (sub % 2 === 0) {
        children.push(
          new Table({
            rows: Array.from(
              { length: 12 },
              (_, r) =>
                new TableRow({
                  children: ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ'].map(
                    (h) =>
                      new TableCell({ width: { size: 2000, type: WidthType.DXA }, children: [new Paragraph(r === 0 ? h : `${h} ${r}`)] }),
                  ),
                }),
            ),
          }),
        )
      }
    }
    children.push(
      new Paragraph({ children: [new ImageRun({ type: 'png', data: photo(1024 * 1024), transformation: { width: 400, height: 300 } })] }),
    )
  }
  const document = new Document({ sections: [{ children }] })
  return new Uint8Array(await Packer.toArrayBuffer(document))
}

function count(sections: readonly Section[]): number {
  return sections.reduce((sum, s) => sum + 1 + count(s.children), 0)
}

describe('a large Word report', () => {
  it('imports in a few seconds with every section and paragraph', async () => {
    const bytes = await largeReport()
    const started = performance.now()
    const { report, lost } = await importBytes(bytes, 'bao-cao-lon.docx')
    const ms = performance.now() - started
    console.log(
      `import of a ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB .docx (${count(report.sections)} sections): ${Math.round(ms)} ms`,
    )
    expect(count(report.sections)).toBe(8 + 8 * 15)
    const text = report.sections
      .flatMap((s) => s.children)
      .map((s) => contentText(s.content))
      .join('\n')
    expect(text.split('\n').length).toBeGreaterThan(8 * 15 * 17)
    expect(lost).toEqual([{ kind: 'image', count: 8 }])
    expect(ms).toBeLessThan(20_000)
  }, 60_000)
})
