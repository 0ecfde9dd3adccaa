/** LibreOffice as the tests use it: headless, with a profile of its own that is removed after. */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { soffice } from './prereqs'

/** Convert files into `format` ("docx:MS Word 2007 XML", "doc:MS Word 97", "odt") in `outDir`; returns the outputs. */
export function convertWithLibreOffice(inputs: string[], format: string, outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'sbc-lo-profile-'))
  try {
    execFileSync(
      soffice.path ?? 'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', format, '--outdir', outDir, ...inputs],
      { timeout: 120_000, stdio: 'pipe' },
    )
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
  const extension = format.split(':')[0] ?? format
  return inputs.map((input) => join(outDir, `${(input.split('/').pop() ?? input).replace(/\.[^.]+$/u, '')}.${extension}`))
}
