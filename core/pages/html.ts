/**
 * Pages as HTML: each page a sheet of its real size in points, each line of text a box at its
 * place holding its runs, justified by the word spacing the layout worked out, each rule a filled
 * box. The preview shows these sheets, the browser prints them (one sheet a page, A4, portrait or
 * landscape) and Chromium makes the PDF of them, so that all three show the same pages. The text
 * is set in Tinos with kerning and ligatures off, as the layout measured it.
 */
import type { Page, Run, TextItem } from './types'

const FONT_STACK = "'Tinos', 'Times New Roman', 'Liberation Serif', serif"

/** The look of the sheets and their content, on screen and in print. */
export const SHEET_CSS = `
.sheet { position: relative; overflow: hidden; box-sizing: border-box; background: #fff; color: #000;
  font-family: ${FONT_STACK}; font-kerning: none; font-variant-ligatures: none; font-synthesis: none;
  text-rendering: geometricPrecision; -webkit-font-smoothing: antialiased; }
.sheet .l { position: absolute; white-space: pre; margin: 0; padding: 0; }
.sheet .r { position: absolute; background: #000; }
.sheet .b { font-weight: 700; }
.sheet .i { font-style: italic; }
.sheet .u { text-decoration: underline; }
.sheet .s { text-decoration: line-through; }
.sheet .u.s { text-decoration: underline line-through; }
.sheet .sub { vertical-align: sub; font-size: 58%; }
.sheet .sup { vertical-align: super; font-size: 58%; }
@page { margin: 0; }
@page landscape { size: A4 landscape; margin: 0; }
@page portrait { size: A4 portrait; margin: 0; }
@media print {
  .sheet { page: portrait; break-after: page; box-shadow: none !important; margin: 0 !important; }
  .sheet.landscape { page: landscape; }
  .sheet:last-child { break-after: auto; }
}
`

const pt = (n: number): string => `${Math.round(n * 100) / 100}pt`

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`)
}

function classesOf(run: Run): string {
  const names: string[] = []
  if (run.bold) names.push('b')
  if (run.italic) names.push('i')
  if (run.underline) names.push('u')
  if (run.strike) names.push('s')
  if (run.sub) names.push('sub')
  if (run.sup) names.push('sup')
  return names.join(' ')
}

function lineHtml(item: TextItem): string {
  const size = item.runs[0]?.size ?? 14
  const spacing = item.wordSpacing > 0 ? `;word-spacing:${pt(item.wordSpacing)}` : ''
  const style = `left:${pt(item.x)};top:${pt(item.y)};width:${pt(item.width)};height:${pt(item.height)};line-height:${pt(item.height)};font-size:${pt(size)}${spacing}`
  const runs = item.runs
    .map((run) => {
      const classes = classesOf(run)
      const own = run.size === size ? '' : ` style="font-size:${pt(run.size)}"`
      const text = escapeHtml(run.text)
      return classes === '' && own === '' ? text : `<span${classes === '' ? '' : ` class="${classes}"`}${own}>${text}</span>`
    })
    .join('')
  return `<div class="l" style="${style}">${runs}</div>`
}

/** The content of a sheet: its lines and rules, positioned in points. */
export function sheetContent(page: Page): string {
  return page.items
    .map((item) =>
      item.kind === 'text'
        ? lineHtml(item)
        : `<div class="r" style="left:${pt(item.x)};top:${pt(item.y)};width:${pt(item.width)};height:${pt(item.height)}"></div>`,
    )
    .join('')
}

/** The size of a sheet, for its style attribute. */
export function sheetSize(page: Pick<Page, 'width' | 'height'>): string {
  return `width:${pt(page.width)};height:${pt(page.height)}`
}

/** One page as a sheet; `label` names it for screen readers ("Trang 2"). */
export function sheetHtml(page: Page, label: string): string {
  const orientation = page.landscape ? ' landscape' : ''
  return `<section class="sheet${orientation}" style="${sheetSize(page)}" aria-label="${escapeHtml(label)}">${sheetContent(page)}</section>`
}

export interface PrintDocumentOptions {
  title: string
  /** The document's language, "vi". */
  lang: string
  /** @font-face rules for Tinos (the fonts themselves inlined: the document loads nothing). */
  fontFaces: string
  /** The label of a page from its 1-based position. */
  pageLabel: (position: number) => string
}

/** A complete HTML document of the pages, to print or to turn into a PDF. */
export function printDocument(pages: readonly Page[], options: PrintDocumentOptions): string {
  const sheets = pages.map((page, i) => sheetHtml(page, options.pageLabel(i + 1))).join('\n')
  return `<!doctype html>
<html lang="${escapeHtml(options.lang)}"><head><meta charset="utf-8"><title>${escapeHtml(options.title)}</title>
<style>${options.fontFaces}
html, body { margin: 0; padding: 0; background: #fff; }
${SHEET_CSS}</style></head>
<body>
${sheets}
</body></html>`
}
