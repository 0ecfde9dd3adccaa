/**
 * Printing in the desktop app: the window prints the pages it shows for printing (the page's print
 * CSS hides everything else) with the system's print dialog, or makes a PDF of them; and the save
 * dialog of an export offers the file's own format.
 */
import type { SaveDialogOptions, WebContents } from 'electron'
import { extname, join } from 'node:path'
import { tCore } from '../../core/i18n'
import { DomainError } from '../../core/model/errors'

/** Print with the system's dialog; false when the clerk cancels it. */
export function printPages(contents: Pick<WebContents, 'print'>): Promise<boolean> {
  return new Promise((resolve, reject) => {
    contents.print({ silent: false, printBackground: true }, (success, failureReason) => {
      if (success) resolve(true)
      else if (failureReason === 'Print job canceled' || failureReason === 'cancelled' || failureReason === '') resolve(false)
      else reject(new DomainError('printFailed', { reason: failureReason }))
    })
  })
}

/** The PDF of the pages shown for printing: sized by their CSS (A4, portrait or landscape), no margins of its own, tagged. */
export async function pagesToPdf(contents: Pick<WebContents, 'printToPDF'>): Promise<Uint8Array> {
  const pdf = await contents.printToPDF({
    preferCSSPageSize: true,
    printBackground: true,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    generateTaggedPDF: true,
  })
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
}

/** The save dialog for an export named `fileName`: a Word file or a PDF, in the documents folder. */
export function exportDialogOptions(fileName: string, documentsDir: string): SaveDialogOptions {
  const pdf = extname(fileName).toLowerCase() === '.pdf'
  return {
    title: tCore(pdf ? 'menu.pdfTitle' : 'menu.exportTitle'),
    defaultPath: join(documentsDir, fileName),
    filters: [pdf ? { name: tCore('menu.pdfFiles'), extensions: ['pdf'] } : { name: tCore('menu.wordFiles'), extensions: ['docx'] }],
  }
}
