/**
 * Saves and journal writes that carry only what changed: the service applies them to its copy of
 * the open report, and asks for the whole report when it has none to apply them to.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DocumentService } from '../../../../electron/services/documents'
import { findTemplate } from '../../../../electron/services/templates'
import { bindContract, createHandlers } from '../../../../electron/services/api'
import { TemplateService } from '../../../../electron/services/templates'
import { createConfSettings } from '../../../../electron/services/settings'
import { contentFromParagraphs } from '../../../../core/model/lexical'
import { contentText } from '../../../../core/nodes/plain-text'
import { parseReport } from '../../../../core/model/migrate'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sbc-patch-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const service = (): DocumentService =>
  new DocumentService({ libraryDir: join(dir, 'library'), dataDir: join(dir, 'data'), appVersion: '0.2.0' })

describe('patched saves', () => {
  it('write the open report with the changed sections, header and indicators', async () => {
    const s = service()
    const doc = await s.create(findTemplate('tong-ket-nam.ubnd-phuong'), { year: 2025 })
    const target = doc.report.sections[1]?.children[0]
    if (!target) throw new Error('template without a first subsection')
    await s.save(doc.id, {
      patch: {
        sections: { [target.id]: contentFromParagraphs(['Ban hành 45 kế hoạch.']) },
        meta: { ...doc.report.meta, number: '05' },
      },
    })
    const saved = parseReport(readFileSync(join(dir, 'library', doc.name), 'utf8'))
    expect(contentText(saved.sections[1]?.children[0]?.content ?? null)).toBe('Ban hành 45 kế hoạch.')
    expect(saved.meta.number).toBe('05')
    expect(saved.sections.map((x) => x.title)).toEqual(doc.report.sections.map((x) => x.title))
    // A journal patch, then an empty save: the save writes what the journal brought.
    await s.journal(doc.id, { patch: { sections: { [target.id]: contentFromParagraphs(['Ban hành 46 kế hoạch.']) } } })
    await s.save(doc.id, { patch: { sections: {} } })
    const again = parseReport(readFileSync(join(dir, 'library', doc.name), 'utf8'))
    expect(contentText(again.sections[1]?.children[0]?.content ?? null)).toBe('Ban hành 46 kế hoạch.')
    expect(again.meta.number).toBe('05')
  })

  it('ask for the whole report when a section is unknown, through the contract binding', async () => {
    const documents = service()
    const dispatch = bindContract(
      createHandlers({
        documents,
        templates: new TemplateService(null),
        settings: createConfSettings(join(dir, 'data')).settings,
        appVersion: '0.2.0',
        mode: 'web',
        defaultLibraryDir: join(dir, 'library'),
      }),
    )
    const created = await dispatch('documents.create', { templateId: 'tong-ket-nam.ubnd-phuong', year: 2025 })
    if (!created.ok) throw new Error(created.error.code)
    const { id } = created.value as { id: string }
    const refused = await dispatch('documents.save', { id, patch: { sections: { 'khong-co': null } } })
    expect(refused).toMatchObject({ ok: false, error: { code: 'needFull' } })
    const neither = await dispatch('documents.save', { id })
    expect(neither).toMatchObject({ ok: false, error: { code: 'badRequest' } })
  })
})
