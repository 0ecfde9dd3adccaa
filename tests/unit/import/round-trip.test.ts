/**
 * A report exported by the app and imported again gives back the same sections (titles, keys,
 * tree), the same text, the same header and signature, and the same indicator values — for
 * each of the four built-in templates.
 */
import { describe, expect, it } from 'vitest'
import { renderDocx } from '../../../core/docx'
import { importReport } from '../../../core/import/report'
import { contentText } from '../../../core/nodes/plain-text'
import type { Report, Section } from '../../../core/model/schema'
import { readDocx } from '../../../electron/services/import'
import { builtinTemplates } from '../../../electron/services/templates'
import { filledReport, idMaker, type Outline } from './fixtures'

function outline(sections: readonly Section[]): Outline[] {
  return sections.map((s) => ({
    key: s.key,
    title: s.title,
    numbered: s.numbered,
    text: contentText(s.content),
    children: outline(s.children),
  }))
}

async function roundTrip(report: Report): Promise<{ back: Report; lost: unknown[] }> {
  const bytes = await renderDocx(report, { strict: true })
  const source = await readDocx(bytes, 'bao-cao.docx')
  const { report: back, lost } = importReport(source, {
    templates: builtinTemplates(),
    fileName: 'bao-cao.docx',
    appVersion: '0.1.0',
    newId: idMaker('back'),
    now: new Date('2026-01-10T00:00:00Z'),
  })
  return { back, lost }
}

describe('export then import gives the report back', () => {
  for (const template of builtinTemplates()) {
    const half = template.reportKind === 'so-ket-6-thang' ? 1 : undefined
    it(`${template.id}`, async () => {
      const report = filledReport(template, { half })
      const { back, lost } = await roundTrip(report)
      expect(lost).toEqual([])
      expect(back.template.id).toBe(template.id)
      expect(back.profile).toBe(report.profile)
      expect(back.numbering).toEqual(report.numbering)
      expect(outline(back.sections)).toEqual(outline(report.sections))
      const { signer, issuer, ...meta } = back.meta
      const { signer: wanted, issuer: wantedIssuer, ...wantedMeta } = report.meta
      expect(meta).toEqual(wantedMeta)
      // The export wraps a long issuer line to fit its column; the import keeps the printed lines.
      expect(issuer.replace(/\s+/gu, ' ')).toBe(wantedIssuer.replace(/\s+/gu, ' '))
      expect(signer).toEqual(wanted)
      expect(back.indicators.map((t) => ({ key: t.key, title: t.title, columns: t.columns }))).toEqual(
        report.indicators.map((t) => ({ key: t.key, title: t.title, columns: t.columns })),
      )
      const values = (r: Report): unknown[] =>
        r.indicators.flatMap((t) =>
          t.rows.map(({ key, name, unit, kind, planWord, plan, actual, previous, note }) => ({
            key,
            name,
            unit,
            kind,
            planWord,
            plan,
            actual,
            previous,
            note,
          })),
        )
      expect(values(back)).toEqual(values(report))
    })
  }

  it('keeps formatting, lists and tables as editor nodes', async () => {
    const template = builtinTemplates()[0]
    if (!template) throw new Error('no template')
    const { back } = await roundTrip(filledReport(template))
    const json = JSON.stringify(back.sections)
    const has = (pattern: RegExp): boolean => pattern.test(json)
    expect(has(/"listType":"bullet"/u)).toBe(true)
    expect(has(/"listType":"number"/u)).toBe(true)
    expect(has(/"type":"table"/u)).toBe(true)
    expect(has(/"headerState":1/u)).toBe(true)
    // Bold, italic and underline runs.
    expect(has(/"text":"Kết quả nổi bật: ","format":1/u)).toBe(true)
    expect(has(/"text":" \(ước thực hiện\)","format":2/u)).toBe(true)
    expect(has(/"text":"Nhấn mạnh","format":8/u)).toBe(true)
  })

  it('keeps a signature signed on behalf of the head (KT.) and Kính gửi', async () => {
    const template = builtinTemplates()[0]
    if (!template) throw new Error('no template')
    const report = filledReport(template)
    const signed: Report = {
      ...report,
      meta: {
        ...report.meta,
        kinhGui: ['Ủy ban nhân dân thành phố Huế', 'Sở Nội vụ'],
        signer: { authority: 'KT', body: 'ỦY BAN NHÂN DÂN', headTitle: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Lê Văn Cường' },
      },
    }
    const { back } = await roundTrip(signed)
    expect(back.meta.signer).toEqual(signed.meta.signer)
    expect(back.meta.kinhGui).toEqual(signed.meta.kinhGui)
    expect(back.meta.recipients).toEqual(signed.meta.recipients)
  })
})
