/**
 * The office's own templates: *Lưu làm mẫu* turns a report into a template (section tree, hints,
 * starter sentences with blanks, indicator tables without figures, the period as placeholders),
 * the next year's report is created from it; templates are imported from a JSON file or any
 * Word report, renamed, duplicated and deleted; a file added by hand shows at once; a broken
 * file is named with what is wrong while the rest load; built-in templates cannot be changed.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contentText } from '../../../core/nodes/plain-text'
import { DomainError } from '../../../core/model/errors'
import { errorWords } from '../../support/words'
import { fillPlaceholders, instantiate, parseTemplate } from '../../../core/templates'
import { figureBlanks, periodBlanks, templateFromReport } from '../../../core/templates/from-report'
import { templateHandlers } from '../../../electron/services/template-handlers'
import { builtinTemplates, TemplateService } from '../../../electron/services/templates'
import { filledReport, idMaker } from '../import/fixtures'
import { tcvn3Report } from '../import/legacy-fixtures'

let dir = ''
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sbc-office-tpl-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const stateYear = (): ReturnType<typeof builtinTemplates>[number] => {
  const template = builtinTemplates().find((t) => t.id === 'tong-ket-nam.ubnd-phuong')
  if (!template) throw new Error('no built-in template')
  return template
}

describe('Lưu làm mẫu', () => {
  it('blanks the figures and the period, keeps document numbers', () => {
    expect(figureBlanks('Thu ngân sách đạt 2.150 triệu đồng, đạt 107% dự toán, tăng 12,3 %; 02/16 chi bộ.')).toBe(
      'Thu ngân sách đạt [số liệu] triệu đồng, đạt [số liệu] dự toán, tăng [số liệu]; [số liệu] chi bộ.',
    )
    expect(figureBlanks('Theo Nghị định 30/2020/NĐ-CP, Nghị quyết số 12-NQ/ĐU và Kế hoạch 5/KH-UBND; COVID-19.')).toBe(
      'Theo Nghị định 30/2020/NĐ-CP, Nghị quyết số 12-NQ/ĐU và Kế hoạch 5/KH-UBND; COVID-19.',
    )
    const period = { kind: 'year', year: 2025 } as const
    expect(periodBlanks('Kết quả năm 2025, phương hướng năm 2026', period)).toBe('Kết quả {ky}, phương hướng {kyToi}')
  })

  it('makes a template that starts next year’s report', () => {
    const report = filledReport(stateYear())
    const template = parseTemplate(templateFromReport(report, 'van-phong.bao-cao-nam', 'Báo cáo năm của phường'))
    const in2026 = { kind: 'year', year: 2026 } as const
    expect(fillPlaceholders(template.title, in2026)).toBe(fillPlaceholders(stateYear().title, in2026))
    expect(template.sections.map((s) => s.key)).toEqual(report.sections.map((s) => s.key))
    const in2025 = { kind: 'year', year: 2025 } as const
    expect(template.sections.map((s) => fillPlaceholders(s.hint ?? '', in2025))).toEqual(report.sections.map((s) => s.hint))
    expect(template.indicators.flatMap((t) => t.rows.map((r) => [r.plan, r.previous]))).not.toContainEqual(
      expect.arrayContaining([expect.any(Number)]),
    )
    expect(template.indicators.map((t) => t.rows.length)).toEqual(report.indicators.map((t) => t.rows.length))
    const starters = (list: typeof template.sections): string[] =>
      list.flatMap((s) => [...(s.starter ?? []), ...starters(s.children ?? [])])
    expect(starters(template.sections).join('\n')).toContain('[số liệu]')
    expect(starters(template.sections).join('\n')).not.toMatch(/\d\.\d{3}|\d\s?%|\d,\d/u)
    expect(template).toMatchObject({ issuer: report.meta.issuer, symbol: report.meta.symbol, recipients: report.meta.recipients })
    expect(JSON.stringify(template)).not.toContain(report.meta.signer.name)

    const next = instantiate(template, { year: 2026, appVersion: '0.1.0', newId: idMaker('n') })
    expect(next.meta.title).toContain('năm 2026')
    const text = next.sections.map((s) => contentText(s.content)).join('\n')
    expect(text).toContain('[số liệu]')
    expect(next.indicators[0]?.rows.every((r) => r.plan === null && r.actual === null && r.previous === null)).toBe(true)
  })
})

describe('the office templates folder', () => {
  it('adds, renames, duplicates and deletes, and lists each change at once', async () => {
    const folder = join(dir, 'templates')
    const service = new TemplateService(folder)
    const handlers = templateHandlers(service, async () => ({ templates: builtinTemplates(), appVersion: '0.1.0' }))
    const made = await handlers['templates.fromReport']({ report: filledReport(stateYear()), name: 'Báo cáo chuyên đề CCHC' })
    expect(made).toMatchObject({ id: 'van-phong.bao-cao-chuyen-de-cchc', name: 'Báo cáo chuyên đề CCHC', source: 'user' })
    expect(readdirSync(folder)).toEqual(['van-phong.bao-cao-chuyen-de-cchc.json'])

    await handlers['templates.rename']({ id: made.id, name: 'Chuyên đề cải cách hành chính' })
    const copy = await handlers['templates.duplicate']({ id: 'tong-ket-nam.ubnd-phuong' })
    expect(copy).toMatchObject({ name: `${stateYear().name} (bản sao)`, source: 'user' })
    const listed = (await service.list()).templates.filter((t) => t.source === 'user').map((t) => t.template.name)
    expect(listed).toEqual(expect.arrayContaining(['Chuyên đề cải cách hành chính', `${stateYear().name} (bản sao)`]))

    // Added by hand while the app runs: there at the next look.
    const own = { ...stateYear(), id: 'van-phong.mau-tay', name: 'Mẫu chép tay' }
    writeFileSync(join(folder, 'mau-tay.json'), JSON.stringify(own))
    expect((await service.list()).templates.map((t) => t.template.id)).toContain('van-phong.mau-tay')
    await handlers['templates.remove']({ id: 'van-phong.mau-tay' })
    expect(readdirSync(folder)).not.toContain('mau-tay.json')

    await expect(handlers['templates.remove']({ id: 'tong-ket-nam.ubnd-phuong' })).rejects.toMatchObject({ code: 'builtinTemplate' })
    await expect(handlers['templates.rename']({ id: 'tong-ket-nam.ubnd-phuong', name: 'x' })).rejects.toBeInstanceOf(DomainError)
  })

  it('names a broken file with what is wrong and loads the rest', async () => {
    const folder = join(dir, 'templates')
    mkdirSync(folder)
    writeFileSync(join(folder, 'hong.json'), '{ "format": "soan-bao-cao-template", ')
    writeFileSync(join(folder, 'thieu-muc.json'), JSON.stringify({ ...stateYear(), id: 'van-phong.thieu', sections: [] }))
    writeFileSync(join(folder, 'tot.json'), JSON.stringify({ ...stateYear(), id: 'van-phong.tot', name: 'Mẫu tốt' }))
    const { templates, invalid } = await new TemplateService(folder).list()
    expect(templates.map((t) => t.template.id)).toContain('van-phong.tot')
    expect(invalid.map((i) => i.file)).toEqual(['hong.json', 'thieu-muc.json'])
    expect(errorWords(invalid[0]?.error)).toContain('JSON')
    expect(errorWords(invalid[1]?.error)).toContain('sections')
  })

  it('imports a template file and a Word report as templates; refuses a bad file with its name', async () => {
    const service = new TemplateService(join(dir, 'templates'))
    const handlers = templateHandlers(service, async () => ({ templates: builtinTemplates(), appVersion: '0.1.0' }))
    const shared = { ...stateYear(), id: 'phuong-khac.chuyen-de', name: 'Chuyên đề của phường bạn' }
    expect(await handlers['templates.import']({ fileName: 'chuyen-de.json', text: JSON.stringify(shared) })).toMatchObject({
      id: 'phuong-khac.chuyen-de',
      source: 'user',
    })
    // The same id again: kept under a new id, nothing overwritten.
    expect((await handlers['templates.import']({ fileName: 'chuyen-de.json', text: JSON.stringify(shared) })).id).not.toBe(
      'phuong-khac.chuyen-de',
    )
    const fromWord = await handlers['templates.import']({
      fileName: 'Bao cao 2005.docx',
      base64: Buffer.from(await tcvn3Report()).toString('base64'),
    })
    const { template } = await handlers['templates.get']({ id: fromWord.id })
    expect(template.name).toBe('Bao cao 2005')
    expect(template.title).toBe('Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội {ky}')
    expect(JSON.stringify(template.sections)).toContain('[số liệu] triệu đồng')
    await expect(handlers['templates.import']({ fileName: 'hỏng.json', text: '{"format":"x"}' })).rejects.toThrow(/hỏng\.json/u)
    // Sections nested 100,000 deep: refused by name, not by a stack overflow.
    const deep = `{"sections":${'[{"children":'.repeat(100_000)}[]${'}]'.repeat(100_000)}}`
    await expect(handlers['templates.import']({ fileName: 'long-nhau.json', text: deep })).rejects.toMatchObject({
      code: 'invalidTemplate',
    })
  })
})
