/**
 * The checks and the exports of an open report by its id, in one trip: the request carries only
 * what the page has not sent yet, the checks the clerk was shown are not run again by the export
 * that follows them, and the changes an export carried are saved with the next save.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { runChecks } from '../../../core/checks'
import type * as Checks from '../../../core/checks'
import { contentFromParagraphs } from '../../../core/model/lexical'
import { bindContract, createHandlers, type Dispatch, type ServiceContext } from '../../../electron/services/api'
import { DocumentService } from '../../../electron/services/documents'
import { TemplateService } from '../../../electron/services/templates'
import { settingsFrom } from '../../../electron/services/settings'
import { makeReport } from '../core/report-factory'
import { openReport } from '../../support/open-report'

vi.mock('../../../core/checks', async (importOriginal) => {
  const real = await importOriginal<typeof Checks>()
  return { ...real, runChecks: vi.fn(real.runChecks) }
})

const NOTHING_NEW = { patch: { sections: {} } }

let dir: string
let dispatch: Dispatch
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sbc-export-id-'))
  const ctx: ServiceContext = {
    documents: new DocumentService({ libraryDir: join(dir, 'library'), dataDir: join(dir, 'data'), appVersion: '0.1.0' }),
    templates: new TemplateService(join(dir, 'templates')),
    settings: settingsFrom({ store: {} }),
    appVersion: '0.1.0',
    mode: 'web',
    defaultLibraryDir: join(dir, 'library'),
  }
  dispatch = bindContract(createHandlers(ctx), () => undefined)
  vi.mocked(runChecks).mockClear()
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function documentXml(base64: string): Promise<string> {
  return (await JSZip.loadAsync(Buffer.from(base64, 'base64')).then((zip) => zip.file('word/document.xml')?.async('string'))) ?? ''
}

describe('checks and export of an open report by its id', () => {
  it('runs the checks once for "Kiểm tra" followed by the final export, when nothing changed between them', async () => {
    const report = makeReport()
    const id = await openReport(dispatch, report)
    const checks = await dispatch('checks.run', { id, ...NOTHING_NEW, draft: false })
    expect(checks.ok).toBe(true)
    const built = await dispatch('export.build', { id, ...NOTHING_NEW, draft: false })
    expect(built).toMatchObject({ ok: true, value: { fileName: expect.stringMatching(/\.docx$/u) } })
    expect(vi.mocked(runChecks)).toHaveBeenCalledTimes(1)
  })

  it('exports the text typed after the checks, checking again, and the next save writes it', async () => {
    const report = makeReport()
    const id = await openReport(dispatch, report)
    await dispatch('checks.run', { id, ...NOTHING_NEW, draft: false })
    const section = report.sections[0]
    if (!section) throw new Error('the factory report has sections')
    const typed = 'Câu gõ sau khi kiểm tra, chưa được lưu.'
    const built = await dispatch('export.build', {
      id,
      patch: { sections: { [section.id]: contentFromParagraphs([typed]) } },
      draft: false,
    })
    if (!built.ok) throw new Error(JSON.stringify(built.error))
    expect(await documentXml((built.value as { base64: string }).base64)).toContain(typed)
    expect(vi.mocked(runChecks)).toHaveBeenCalledTimes(2)

    const file = join(dir, 'library', 'Báo cáo.baocao')
    expect(readFileSync(file, 'utf8')).not.toContain(typed)
    expect(await dispatch('documents.save', { id, ...NOTHING_NEW })).toMatchObject({ ok: true })
    expect(readFileSync(file, 'utf8')).toContain(typed)
  })

  it('refuses a request for a report that is not open', async () => {
    const result = await dispatch('export.build', { id: 'not-open', ...NOTHING_NEW, draft: true })
    expect(result).toMatchObject({ ok: false, error: { code: 'notOpen' } })
  })
})
