/** Render a .docx with LibreOffice and read the PDF back as text (for output checks). */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { pdftotext, soffice } from './prereqs'

export interface Rendered {
  pdfPath: string
  /** Text per page, from pdftotext -layout. */
  pages: string[]
}

export function renderDocx(docxPath: string, outDir = mkdtempSync(join(tmpdir(), 'sbc-render-'))): Rendered {
  if (!soffice.path || !pdftotext.path) throw new Error('LibreOffice or pdftotext missing')
  const profile = mkdtempSync(join(tmpdir(), 'sbc-lo-profile-'))
  try {
    execFileSync(
      soffice.path,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docxPath],
      {
        timeout: 180_000,
        stdio: 'pipe',
      },
    )
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
  const pdfPath = join(outDir, basename(docxPath).replace(/\.docx$/i, '.pdf'))
  execFileSync(pdftotext.path, ['-layout', pdfPath, join(outDir, 'out.txt')], { timeout: 60_000 })
  const pages = readFileSync(join(outDir, 'out.txt'), 'utf8').normalize('NFC').split('\f')
  if (pages.at(-1)?.trim() === '') pages.pop()
  return { pdfPath, pages }
}
