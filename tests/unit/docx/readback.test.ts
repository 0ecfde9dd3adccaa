/**
 * The exported package is well-formed (xmllint on every XML part) and reads back with another
 * reader (mammoth) with every section title and every paragraph, in order, for the four built-in
 * templates.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import mammoth from 'mammoth'
import { renderDocx } from '../../../core/docx'
import { contentText } from '../../../core/nodes/plain-text'
import type { Report, Section } from '../../../core/model/schema'
import { missing, xmllint } from '../../support/prereqs'
import { richContent, TEMPLATE_IDS, templateReport, withContent } from './fixtures'
import { readDocx } from './ooxml'

const work = mkdtempSync(join(tmpdir(), 'sbc-readback-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Titles and paragraphs in reading order. */
function expectedSequence(sections: readonly Section[]): string[] {
  return sections.flatMap((s) => [
    ...(s.numbered ? [s.title] : []),
    ...contentText(s.content)
      .split('\n')
      .map((line) => line.replace(/\.$/u, ''))
      .filter((line) => line.trim() !== ''),
    ...expectedSequence(s.children),
  ])
}

/** Write every part of the package under `dir`, for xmllint; the files written. */
function writeParts(dir: string, docx: Awaited<ReturnType<typeof readDocx>>): string[] {
  return Object.entries(docx.parts).map(([path, text]) => {
    const file = join(dir, path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, text)
    return file
  })
}

// Compared without white space: mammoth's raw text drops the line breaks that split a long trích yếu.
const norm = (text: string): string => text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, '')

const CASES: { name: string; report: () => Report }[] = [
  ...TEMPLATE_IDS.map((id) => ({ name: id, report: () => templateReport(id) })),
  { name: 'rich content (state)', report: () => withContent(templateReport('tong-ket-nam.ubnd-phuong'), richContent()) },
]

describe.each(CASES)('$name', ({ name, report }) => {
  it('has well-formed XML in every part (xmllint --noout)', async (ctx) => {
    if (missing(xmllint)) return ctx.skip()
    const docx = await readDocx(await renderDocx(report(), { strict: true }))
    const files = writeParts(join(work, name.replace(/\W+/gu, '-')), docx)
    expect(files.length).toBeGreaterThanOrEqual(8)
    expect(() => execFileSync(xmllint.path ?? 'xmllint', ['--noout', ...files], { stdio: 'pipe' })).not.toThrow()
  })

  it('reads back with mammoth: every section title and paragraph, in order', async () => {
    const r = report()
    const bytes = await renderDocx(r, { strict: true })
    const { value, messages } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
    expect(messages.filter((m) => m.type === 'error')).toEqual([])
    const text = norm(value)
    let at = 0
    const expected = [r.meta.title, ...expectedSequence(r.sections)]
    expect(expected.length).toBeGreaterThan(10)
    for (const item of expected) {
      const found = text.indexOf(norm(item), at)
      expect(found, `"${item}" after position ${at}`).toBeGreaterThanOrEqual(0)
      at = found + norm(item).length
    }
  })
})

describe('text no XML can hold, typed or pasted anywhere', () => {
  it('is left out of the file, which stays well-formed (xmllint --noout)', async (ctx) => {
    if (missing(xmllint)) return ctx.skip()
    const hostile = 'A\u0000B\u0001C\u0007D\u000bE\uFFFEF\uFFFFG\ud800H'
    const base = templateReport('tong-ket-nam.ubnd-phuong')
    const report: Report = {
      ...base,
      meta: {
        ...base.meta,
        title: hostile,
        place: hostile,
        number: hostile,
        signer: { ...base.meta.signer, name: hostile },
        recipients: [hostile],
      },
      sections: base.sections.map((s, i) => (i === 0 ? { ...s, title: hostile } : s)),
    }
    const docx = await readDocx(await renderDocx(report, { draft: true }))
    const files = writeParts(join(work, 'hostile'), docx)
    expect(() => execFileSync(xmllint.path ?? 'xmllint', ['--noout', ...files], { stdio: 'pipe' })).not.toThrow()
    expect(docx.parts['word/document.xml']).toContain('ABCDEFGH')
  })
})
