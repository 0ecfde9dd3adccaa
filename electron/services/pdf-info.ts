/**
 * The document information of a report's PDF — title (the trích yếu), author (the issuer),
 * subject ("BÁO CÁO năm 2025"), creator and language — set with pdf-lib on the PDF a browser
 * printed (Chromium writes a title at most). Used by Electron's "Xuất PDF" and by pdf.ts.
 */
import { PDFDocument } from 'pdf-lib'
import type { Report } from '../../core/model/schema'
import { periodText } from '../../core/format'
import { profileFor } from '../../core/layout'

/** What the PDF says about itself. */
export interface PdfInfo {
  title: string
  author: string
  subject: string
}

/** The title (the trích yếu), author (the issuer) and subject ("BÁO CÁO năm 2025") of a report's PDF. */
export function pdfInfo(report: Report): PdfInfo {
  const kind = profileFor(report.profile).title.kind.text
  const subject = `${kind} ${periodText(report.meta.period)}`
  const oneLine = (text: string): string => text.replace(/\s*\n\s*/gu, ' ').trim()
  return { title: oneLine(report.meta.title) || subject, author: oneLine(report.meta.issuer), subject }
}

/** `pdf` with its document information set: title, author, subject, creator, language. */
export async function withPdfInfo(pdf: Uint8Array, info: PdfInfo, now = new Date()): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false })
  document.setTitle(info.title, { showInWindowTitleBar: true })
  document.setAuthor(info.author)
  document.setSubject(info.subject)
  document.setCreator('Soạn Báo Cáo')
  document.setProducer('Soạn Báo Cáo')
  document.setLanguage('vi-VN')
  document.setCreationDate(now)
  document.setModificationDate(now)
  return document.save({ useObjectStreams: false })
}
