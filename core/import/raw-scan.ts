/**
 * Things mammoth drops without a trace, counted from the raw `word/document.xml`: tracked
 * changes (mammoth keeps insertions and drops deletions, i.e. accepts them), charts and
 * diagrams, equations, embedded objects; and text boxes, whose text mammoth keeps as plain
 * paragraphs without saying so.
 */
import type { LostItem } from './source'

function count(xml: string, pattern: RegExp): number {
  let n = 0
  for (const _ of xml.matchAll(pattern)) n++
  return n
}

/** Counts of what the raw XML holds that the import cannot keep. */
export function scanDocumentXml(xml: string): { lost: LostItem[]; textBoxes: number } {
  const lost: LostItem[] = []
  const push = (kind: LostItem['kind'], n: number): void => {
    if (n > 0) lost.push({ kind, count: n })
  }
  push('trackedChange', count(xml, /<w:(?:ins|del|moveFrom|moveTo)\s[^>]*w:author=/gu))
  push('chart', count(xml, /<c:chart\s/gu) + count(xml, /<dgm:relIds\s/gu))
  push('equation', count(xml, /<m:oMath[\s>]/gu))
  push('object', count(xml, /<o:OLEObject\s/gu))
  // A DrawingML text box usually carries a VML copy in mc:Fallback: count each box once.
  const primary = xml.replace(/<mc:Fallback\b[\s\S]*?<\/mc:Fallback>/gu, '')
  return { lost, textBoxes: count(primary, /<wps:txbx[\s>]/gu) + count(primary, /<v:textbox[\s>]/gu) }
}
