/**
 * Printing in the desktop app, with Electron's WebContents stood in for: "In" prints the window
 * (whose print CSS leaves the sheets alone) through the system dialog, a cancelled dialog is not an
 * error, a failed print says why; "Xuất PDF" prints the same pages to a PDF sized by their CSS,
 * which the handler stamps with the report's title and author and saves where the clerk chose;
 * the menu offers both with Ctrl+P and the preview with Ctrl+F2.
 */
import { describe, expect, it, vi } from 'vitest'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MenuItemConstructorOptions, WebContents } from 'electron'
import { PDFDocument } from 'pdf-lib'
import { exportDialogOptions, pagesToPdf, printPages } from '../../../electron/main/printing'
import { buildMenuTemplate } from '../../../electron/main/menu'
import { bindContract, createHandlers, type ServiceContext } from '../../../electron/services/api'
import { DomainError } from '../../../core/model/errors'
import { templateReport } from '../docx/fixtures'
import { reportSentWhole } from '../../support/open-report'

type Print = WebContents['print']

function contentsPrinting(success: boolean, reason: string): { contents: Pick<WebContents, 'print'>; print: ReturnType<typeof vi.fn> } {
  const print = vi.fn((_options: Parameters<Print>[0], callback?: Parameters<Print>[1]) => callback?.(success, reason))
  return { contents: { print: print as unknown as Print }, print }
}

describe('printing the window', () => {
  it('opens the system print dialog on the pages, with their background', async () => {
    const { contents, print } = contentsPrinting(true, '')
    await expect(printPages(contents)).resolves.toBe(true)
    expect(print.mock.calls[0]?.[0]).toEqual({ silent: false, printBackground: true })
  })

  it('takes a cancelled dialog quietly and says why a print failed', async () => {
    await expect(printPages(contentsPrinting(false, 'cancelled').contents)).resolves.toBe(false)
    const error = await printPages(contentsPrinting(false, 'Printer is out of paper').contents).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DomainError)
    expect((error as DomainError).message).toContain('Printer is out of paper')
  })

  it('makes the PDF of the pages sized by their CSS, without margins of its own, tagged', async () => {
    const printToPDF = vi.fn(async () => Buffer.from('%PDF-1.4 …'))
    const bytes = await pagesToPdf({ printToPDF } as unknown as Pick<WebContents, 'printToPDF'>)
    expect(printToPDF).toHaveBeenCalledWith({
      preferCSSPageSize: true,
      printBackground: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      generateTaggedPDF: true,
    })
    expect(new TextDecoder().decode(bytes).startsWith('%PDF')).toBe(true)
  })

  it('offers a PDF as a PDF and a Word file as a Word file in the save dialog', () => {
    expect(exportDialogOptions('Báo cáo.pdf', '/docs')).toMatchObject({ title: 'Lưu tệp PDF', filters: [{ extensions: ['pdf'] }] })
    expect(exportDialogOptions('Báo cáo.docx', '/docs')).toMatchObject({ title: 'Lưu tệp Word', filters: [{ extensions: ['docx'] }] })
  })
})

describe('"Xuất PDF" and "In" through the contract', () => {
  async function handlers(overrides: Partial<ServiceContext>): Promise<ReturnType<typeof bindContract>> {
    const ctx = {
      appVersion: '0.1.0',
      mode: 'electron',
      defaultLibraryDir: '/lib',
      documents: reportSentWhole,
      ...overrides,
    } as unknown as ServiceContext
    return bindContract(createHandlers(ctx), () => undefined)
  }

  it('stamps the window’s PDF with the title and author and saves it under a .pdf name', async () => {
    const blank = await PDFDocument.create()
    blank.addPage([595.3, 841.9])
    const folder = mkdtempSync(join(tmpdir(), 'sbc-pdf-'))
    const pickExportPath = vi.fn(async (fileName: string) => join(folder, fileName))
    const dispatch = await handlers({ pagesToPdf: async () => blank.save(), pickExportPath })
    const report = templateReport('tong-ket-nam.ubnd-phuong')
    try {
      const result = await dispatch('export.savePdf', { id: 'open', report, draft: true })
      expect(result.ok).toBe(true)
      const [fileName] = pickExportPath.mock.calls[0] as unknown as [string]
      expect(fileName).toMatch(/\(dự thảo\)\.pdf$/u)
      const saved = await PDFDocument.load(readFileSync(join(folder, fileName)))
      expect(saved.getTitle()).toBe(report.meta.title)
      expect(saved.getAuthor()).toBe('ỦY BAN NHÂN DÂN PHƯỜNG PHÚ XUÂN')
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })

  it('refuses a final PDF while blocking problems remain, before printing anything', async () => {
    const pagesToPdf = vi.fn(async () => new Uint8Array())
    const dispatch = await handlers({ pagesToPdf, pickExportPath: vi.fn() })
    const report = {
      ...templateReport('tong-ket-nam.ubnd-phuong'),
      meta: { ...templateReport('tong-ket-nam.ubnd-phuong').meta, place: '' },
    }
    const result = await dispatch('export.savePdf', { id: 'open', report, draft: false })
    expect(result).toMatchObject({ ok: false, error: { code: 'exportBlocked' } })
    expect(pagesToPdf).not.toHaveBeenCalled()
  })

  it('prints through the window, and is not offered in browser mode', async () => {
    const printPagesHook = vi.fn(async () => true)
    expect(await (await handlers({ printPages: printPagesHook }))('print.pages', {})).toEqual({ ok: true, value: { printed: true } })
    expect(await (await handlers({}))('print.pages', {})).toMatchObject({ ok: false, error: { code: 'unsupported' } })
  })
})

describe('the native menu', () => {
  it('offers the preview (Ctrl+F2), printing (Ctrl+P) and the PDF', () => {
    const send = vi.fn()
    const file = buildMenuTemplate({ send, openLibraryFolder: vi.fn(), quit: vi.fn(), isDev: false })[0]
      ?.submenu as MenuItemConstructorOptions[]
    const byLabel = new Map(file.map((i) => [i.label, i]))
    expect(byLabel.get('In…')?.accelerator).toBe('CmdOrCtrl+P')
    expect(byLabel.get('Xem trước bản in')?.accelerator).toBe('CmdOrCtrl+F2')
    for (const label of ['Xem trước bản in', 'In…', 'Xuất PDF…']) (byLabel.get(label)?.click as () => void)()
    expect(send.mock.calls.map((c) => c[0])).toEqual(['preview', 'print', 'export-pdf'])
  })
})
