/**
 * The Word exporter: `toBlocks` (Lexical JSON → plain blocks) and `renderDocx` (report → .docx
 * bytes, laid out by core/layout).
 */
import type { Report } from '../model/schema'
import { reportName, safeFileName } from '../format'

export { toBlocks, UnknownNodeError, type Block } from './blocks'
export { renderDocx } from './render'

/**
 * The file name offered for an export: "Báo cáo tổng kết năm 2025 - 05-BC-UBND.docx" (or .pdf),
 * with " (dự thảo)" for a draft so that a draft is never mistaken for the signed copy.
 */
export function exportFileName(report: Report, draft = false, format: 'docx' | 'pdf' = 'docx'): string {
  const parts = [reportName(report.meta.reportKind, report.meta.period)]
  const number = report.meta.number.trim()
  // "45-BC/ĐU" cannot keep its slash in a file name: "45-BC-ĐU".
  if (number !== '') parts.push(`${number}-${report.meta.symbol.trim()}`.replaceAll('/', '-'))
  const base = safeFileName(`${parts.join(' - ')}${draft ? ' (dự thảo)' : ''}`)
  return `${base}.${format}`
}
