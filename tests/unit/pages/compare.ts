/**
 * The preview's pages against LibreOffice's rendering of the exported file: each line the page
 * layout sets is compared with the words pdftotext finds inside that line's box on the same page
 * (spaces aside: pdftotext splits "m²" into "m 2"), and every word LibreOffice printed must fall
 * in one of the layout's lines.
 */
import type { Page, TextItem } from '../../../core/pages'
import type { PdfPage, Word } from '../docx/pdf-layout'

export interface LineDifference {
  page: number
  y: number
  layout: string
  libreOffice: string
}

export interface Comparison {
  lines: number
  /** Lines whose words differ, and LibreOffice's words left outside every line (as one difference per page). */
  differences: LineDifference[]
}

const squash = (text: string): string => text.replace(/\s+/gu, '')

function lineText(item: TextItem): string {
  return item.runs
    .map((r) => r.text)
    .join('')
    .replace(/\s+/gu, ' ')
    .trim()
}

/** The words of `page` inside the box of `item` (the middle of the line, between its ends, a little slack). */
function wordsIn(words: readonly Word[], item: TextItem): Word[] {
  const middle = item.y + item.height / 2
  return words.filter((w) => w.yMin < middle && w.yMax > middle && w.xMin >= item.x - 3 && w.xMax <= item.x + item.width + 3)
}

/** Compare pages `from`…`to`−1 of the layout with LibreOffice's (both 0-based). */
export function compareWithLibreOffice(layout: readonly Page[], rendered: readonly PdfPage[], from = 0, to = Infinity): Comparison {
  const differences: LineDifference[] = []
  let lines = 0
  const end = Math.min(layout.length, rendered.length, to)
  for (let p = from; p < end; p++) {
    const words = (rendered[p] as PdfPage).words
    const matched = new Set<Word>()
    for (const item of (layout[p] as Page).items) {
      if (item.kind !== 'text') continue
      lines++
      const found = wordsIn(words, item)
      found.forEach((w) => matched.add(w))
      const text = lineText(item)
      const theirs = found.map((w) => w.text).join(' ')
      if (squash(theirs) !== squash(text)) differences.push({ page: p + 1, y: item.y, layout: text, libreOffice: theirs })
    }
    const left = words.filter((w) => !matched.has(w))
    if (left.length > 0)
      differences.push({ page: p + 1, y: left[0]?.yMin ?? 0, layout: '', libreOffice: left.map((w) => w.text).join(' ') })
  }
  return { lines, differences }
}
