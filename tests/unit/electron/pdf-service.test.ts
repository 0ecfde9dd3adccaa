/**
 * The pieces of the PDF service that need no browser: which browser is used where (CHROMIUM_PATH,
 * then Edge or Chrome on Windows, Chrome or Chromium on Linux and macOS), the message when there is
 * none, the document information written into a PDF, and Tinos inlined for the print document.
 */
import { describe, expect, it } from 'vitest'
import { PDFDocument } from 'pdf-lib'
import { buildPdf, findBrowser, requireBrowser, tinosFontFaces } from '../../../electron/services/pdf'
import { pdfInfo, withPdfInfo } from '../../../electron/services/pdf-info'
import { DomainError } from '../../../core/model/errors'
import { templateReport } from '../docx/fixtures'

const only =
  (...present: string[]) =>
  (path: string): boolean =>
    present.includes(path)

describe('finding a browser', () => {
  const windows = {
    PROGRAMFILES: 'C:\\Program Files',
    'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
    LOCALAPPDATA: 'C:\\Users\\A\\AppData\\Local',
  }

  it('takes CHROMIUM_PATH first, and only it when it is set', () => {
    expect(findBrowser({ CHROMIUM_PATH: '/opt/chrome/chrome' }, 'linux', only('/opt/chrome/chrome', '/usr/bin/chromium'))).toBe(
      '/opt/chrome/chrome',
    )
    expect(findBrowser({ CHROMIUM_PATH: '/opt/none' }, 'linux', only('/usr/bin/chromium'))).toBeNull()
  })

  it('prefers Edge, then Chrome, on Windows', () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
    expect(findBrowser(windows, 'win32', only(chrome, edge))).toBe(edge)
    expect(findBrowser(windows, 'win32', only(chrome))).toBe(chrome)
  })

  it('prefers Chrome, then Chromium, on Linux and macOS', () => {
    expect(findBrowser({}, 'linux', only('/usr/bin/chromium', '/usr/bin/google-chrome'))).toBe('/usr/bin/google-chrome')
    expect(findBrowser({}, 'linux', only('/usr/bin/chromium'))).toBe('/usr/bin/chromium')
    expect(findBrowser({}, 'darwin', only('/Applications/Chromium.app/Contents/MacOS/Chromium'))).toBe(
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    )
  })

  it('says in Vietnamese what to install when there is none', async () => {
    const none = (): boolean => false
    expect(() => requireBrowser({}, 'win32', none)).toThrow(/Microsoft Edge hoặc Google Chrome/u)
    expect(() => requireBrowser({}, 'linux', none)).toThrow(/chromium/u)
    expect(() => requireBrowser({ CHROMIUM_PATH: '/sai/duong/dan' }, 'linux', none)).toThrow(/CHROMIUM_PATH chỉ tới “\/sai\/duong\/dan”/u)
    const error = await buildPdf(templateReport('tong-ket-nam.ubnd-phuong'), true, () => requireBrowser({}, 'linux', none)).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(DomainError)
    expect((error as DomainError).code).toBe('pdfNoBrowser')
  })
})

describe('the document information of a PDF', () => {
  it('carries the trích yếu as title, the issuer as author, the kind and period as subject', async () => {
    const report = templateReport('so-ket-6-thang.dang-uy-phuong')
    const blank = await PDFDocument.create()
    blank.addPage([595.3, 841.9])
    const info = pdfInfo(report)
    const stamped = await PDFDocument.load(await withPdfInfo(await blank.save(), info, new Date('2025-12-15T08:00:00Z')))
    expect(stamped.getTitle()).toBe(report.meta.title)
    expect(stamped.getAuthor()).toBe('ĐẢNG ỦY PHƯỜNG PHÚ XUÂN')
    expect(stamped.getSubject()).toBe('BÁO CÁO 6 tháng đầu năm 2025')
    expect(stamped.getCreator()).toBe('Soạn Báo Cáo')
    expect(stamped.getCreationDate()?.toISOString()).toBe('2025-12-15T08:00:00.000Z')
  })
})

describe('the fonts of the print document', () => {
  it('inlines Tinos for Vietnamese in its four styles, and loads nothing from outside', async () => {
    const css = await tinosFontFaces()
    expect(css.match(/@font-face/gu)).toHaveLength(12)
    for (const weight of ['400', '700'])
      for (const style of ['normal', 'italic']) expect(css).toMatch(new RegExp(`font-style: ${style};[^}]*font-weight: ${weight}`, 'u'))
    expect(css).toContain('U+1EA0-1EF9')
    expect(css).not.toMatch(/url\((?!data:)/u)
  })
})
