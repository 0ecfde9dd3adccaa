/**
 * The benchmark report as HTML: what LibreOffice converts to .docx for the comparison, and the
 * body of the plain contenteditable page that is the browser's floor for typing latency.
 */
import type { Report, Section } from '../../core/model/schema'
import { headingLabel } from '../../core/format'
import { plainBlocks, type Inline, type PlainBlock } from './plain'

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c)

function inlineHtml(inlines: readonly Inline[]): string {
  return inlines
    .map((i) => {
      if (i.text === '\n') return '<br>'
      let html = escapeHtml(i.text)
      if (i.italic) html = `<i>${html}</i>`
      if (i.bold) html = `<b>${html}</b>`
      return html
    })
    .join('')
}

/** Blocks as HTML; consecutive list items share one list element. */
export function blocksHtml(blocks: readonly PlainBlock[], paragraphClass = ''): string {
  const out: string[] = []
  let openList: 'ul' | 'ol' | null = null
  const p = paragraphClass ? `<p class="${paragraphClass}">` : '<p>'
  for (const block of blocks) {
    const tag = block.kind === 'item' ? (block.list === 'number' ? 'ol' : 'ul') : null
    if (openList && openList !== tag) {
      out.push(`</${openList}>`)
      openList = null
    }
    if (block.kind === 'item') {
      if (!openList && tag) {
        out.push(`<${tag}>`)
        openList = tag
      }
      out.push(`<li>${inlineHtml(block.inlines)}</li>`)
    } else if (block.kind === 'table') {
      const rows = block.rows.map(
        (cells, r) => `<tr>${cells.map((c) => (r === 0 ? `<th>${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`,
      )
      out.push(`<table border="1" cellspacing="0" cellpadding="4">${rows.join('')}</table>`)
    } else {
      out.push(`${p}${block.inlines ? inlineHtml(block.inlines) : escapeHtml(block.text)}</p>`)
    }
  }
  if (openList) out.push(`</${openList}>`)
  return out.join('\n')
}

function sectionsHtml(report: Report, sections: readonly Section[], depth: number, paragraphClass: string): string {
  let index = 0
  return sections
    .map((section) => {
      const style = report.numbering[Math.min(depth, report.numbering.length - 1)] ?? 'arabic'
      const heading = section.numbered
        ? `<h${Math.min(depth + 2, 6)}>${escapeHtml(`${headingLabel(style, ++index, report.profile)} ${section.title}`)}</h${Math.min(depth + 2, 6)}>`
        : ''
      const children = sectionsHtml(report, section.children, section.numbered ? depth + 1 : depth, paragraphClass)
      return `${heading}\n${blocksHtml(plainBlocks(section.content), paragraphClass)}\n${children}`
    })
    .join('\n')
}

/** The body of the report (headings, paragraphs, lists, tables) as HTML, without a document around it. */
export function reportBodyHtml(report: Report, paragraphClass = ''): string {
  return sectionsHtml(report, report.sections, 0, paragraphClass)
}

/** A whole HTML document of the report for LibreOffice: Times 13 pt, A4, the indicator tables after. */
export function reportHtmlDocument(report: Report): string {
  const indicators = report.indicators
    .map((table) => {
      const rows = [
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Thực hiện', 'Cùng kỳ'],
        ...table.rows.map((r, i) => [
          String(i + 1),
          r.name,
          r.unit,
          String(r.plan ?? ''),
          String(r.actual ?? ''),
          String(r.previous ?? ''),
        ]),
      ]
      return `<h2>${escapeHtml(table.title)}</h2>\n${blocksHtml([{ kind: 'table', rows }])}`
    })
    .join('\n')
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(report.meta.title)}</title>
<style>@page { size: A4; margin: 20mm 15mm 20mm 30mm } body { font-family: 'Times New Roman', serif; font-size: 13pt } p { text-align: justify; text-indent: 1cm; margin: 0 0 6pt }</style>
</head><body>
<h1>BÁO CÁO</h1>
<p><b>${escapeHtml(report.meta.title)}</b></p>
${reportBodyHtml(report)}
${indicators}
</body></html>
`
}
