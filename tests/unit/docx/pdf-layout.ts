/**
 * Rendering exported .docx files the way a clerk's colleague would see them: LibreOffice converts
 * them to PDF (one run for many files), `pdftotext -bbox-layout` gives every word with its box in
 * points, and `pdftoppm` keeps PNGs of chosen pages for a person to look at.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { pdftoppm, pdftotext, soffice } from '../../support/prereqs'

export interface Box {
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}

export interface Word extends Box {
  text: string
}

export interface Line extends Box {
  text: string
  words: Word[]
}

export interface PdfPage {
  width: number
  height: number
  lines: Line[]
  words: Word[]
}

/** Convert every .docx to a PDF next to it with one LibreOffice run (its own profile); returns the PDF paths. */
export function convertToPdf(docxPaths: readonly string[], outDir: string): string[] {
  if (!soffice.path) throw new Error('LibreOffice missing')
  const profile = mkdtempSync(join(tmpdir(), 'sbc-lo-profile-'))
  try {
    execFileSync(
      soffice.path,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...docxPaths],
      {
        timeout: 300_000,
        stdio: 'pipe',
      },
    )
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
  return docxPaths.map((p) => join(outDir, basename(p).replace(/\.docx$/iu, '.pdf')))
}

const num = (attrs: string, name: string): number => Number(new RegExp(`${name}="([^"]+)"`, 'u').exec(attrs)?.[1] ?? 'NaN')
const box = (attrs: string): Box => ({
  xMin: num(attrs, 'xMin'),
  yMin: num(attrs, 'yMin'),
  xMax: num(attrs, 'xMax'),
  yMax: num(attrs, 'yMax'),
})
const unescape = (text: string): string =>
  text
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&amp;/gu, '&')

/** Every page of a PDF with its lines and words (coordinates in points, origin top left). */
export function readPdfLayout(pdfPath: string): PdfPage[] {
  if (!pdftotext.path) throw new Error('pdftotext missing')
  const html = execFileSync(pdftotext.path, ['-bbox-layout', pdfPath, '-'], { timeout: 60_000, maxBuffer: 64 * 1024 * 1024 })
    .toString('utf8')
    .normalize('NFC')
  const pages: PdfPage[] = []
  for (const page of html.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/gu)) {
    const lines: Line[] = []
    for (const line of (page[2] ?? '').matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/gu)) {
      const words = [...(line[2] ?? '').matchAll(/<word ([^>]*)>([^<]*)<\/word>/gu)].map((w) => ({
        ...box(w[1] ?? ''),
        text: unescape(w[2] ?? ''),
      }))
      lines.push({ ...box(line[1] ?? ''), words, text: words.map((w) => w.text).join(' ') })
    }
    pages.push({ width: num(page[1] ?? '', 'width'), height: num(page[1] ?? '', 'height'), lines, words: lines.flatMap((l) => l.words) })
  }
  return pages
}

/** Save pages of a PDF as PNGs named `<name>-p<page>.png` in `dir`. */
export function savePngs(pdfPath: string, pages: readonly number[], dir: string, name: string, dpi = 80): string[] {
  if (!pdftoppm.path) throw new Error('pdftoppm missing')
  const out: string[] = []
  for (const page of pages) {
    const prefix = join(dir, `${name}-tmp`)
    execFileSync(pdftoppm.path, ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdfPath, prefix], {
      timeout: 60_000,
    })
    const target = join(dir, `${name}-p${page}.png`)
    renameSync(`${prefix}.png`, target)
    out.push(target)
  }
  return out
}

export const centreX = (b: Box): number => (b.xMin + b.xMax) / 2

/** The smallest box around some boxes. */
export function around(boxes: readonly Box[]): Box {
  return {
    xMin: Math.min(...boxes.map((b) => b.xMin)),
    yMin: Math.min(...boxes.map((b) => b.yMin)),
    xMax: Math.max(...boxes.map((b) => b.xMax)),
    yMax: Math.max(...boxes.map((b) => b.yMax)),
  }
}

/** The words of `page` that spell `text` in a row (first match in reading order), or null. */
export function findPhrase(page: PdfPage, text: string): Word[] | null {
  const wanted = text
    .normalize('NFC')
    .split(/\s+/u)
    .filter((w) => w !== '')
  const words = page.words
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (wanted.every((w, k) => words[i + k]?.text === w)) return words.slice(i, i + wanted.length)
  }
  return null
}

/** The text of all pages, lines joined by newlines and pages by form feeds. */
export function pdfText(pages: readonly PdfPage[]): string {
  return pages.map((p) => p.lines.map((l) => l.text).join('\n')).join('\n\f')
}
