/**
 * The four built-in templates through the CLI, user templates beside them (a bad file is named
 * and skipped, never fatal), and the office profile prefilling every new report.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../../../electron/cli'
import { parseReport } from '../../../core/model/migrate'
import { TemplateService } from '../../../electron/services/templates'
import { createConfSettings } from '../../../electron/services/settings'
import { runChecks } from '../../../core/checks'
import stateYear from '../../../templates/tong-ket-nam.ubnd-phuong.json'
import { defaultOfficeProofing } from '../../../core/model/office'
import { errorText } from '../../../core/i18n/words'
import { coreTranslate } from '../../../core/i18n'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sbc-tpl-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli([...args, '--data-dir', join(dir, 'data')], { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const IDS = ['tong-ket-nam.ubnd-phuong', 'so-ket-6-thang.ubnd-phuong', 'tong-ket-nam.dang-uy-phuong', 'so-ket-6-thang.dang-uy-phuong']

describe('built-in templates through the CLI', () => {
  it('lists the four ids', async () => {
    const r = await cli('templates')
    expect(r.code).toBe(0)
    expect(r.out.split('\n').map((l) => l.split('\t')[0])).toEqual(IDS)
  })

  it.each(IDS)('creates a valid report from %s for 2025 (and the first half)', async (id) => {
    const file = join(dir, `${id}.baocao`)
    const half = id.startsWith('so-ket') ? ['--half', '1'] : []
    expect((await cli('new', id, '--year', '2025', ...half, '-o', file)).code).toBe(0)
    const report = parseReport(readFileSync(file, 'utf8'))
    expect(report.template.id).toBe(id)
    expect(report.meta.period).toEqual(id.startsWith('so-ket') ? { kind: 'half', year: 2025, half: 1 } : { kind: 'year', year: 2025 })
    expect(report.meta.title).toContain(id.startsWith('so-ket') ? '6 tháng đầu năm 2025' : 'năm 2025')
    expect(report.indicators.length).toBeGreaterThan(0)
    expect(report.profile).toBe(id.includes('dang-uy') ? 'party' : 'state')
  })

  it('makes a chi bộ report from the Đảng ủy template: T/M CHI BỘ and the /CB symbol', async () => {
    const file = join(dir, 'chibo.baocao')
    expect((await cli('new', 'tong-ket-nam.dang-uy-phuong', '--year', '2025', '--issuer', 'chi-bo', '-o', file)).code).toBe(0)
    const report = parseReport(readFileSync(file, 'utf8'))
    expect(report.meta.issuerKind).toBe('chi-bo')
    expect(report.meta.symbol).toBe('BC/CB')
    expect(report.meta.signer).toMatchObject({ authority: 'TM', body: 'CHI BỘ', title: 'BÍ THƯ' })
  })

  it('refuses an issuer of the other side', async () => {
    const r = await cli('new', 'tong-ket-nam.dang-uy-phuong', '--year', '2025', '--issuer', 'ubnd-phuong', '-o', join(dir, 'x.baocao'))
    expect(r.code).toBe(1)
    expect(r.err).toContain('không hợp lệ')
  })
})

describe('user templates', () => {
  it('are listed beside the built-in ones; a bad file is named with what is wrong and skipped', async () => {
    const folder = join(dir, 'data', 'templates')
    mkdirSync(folder, { recursive: true })
    writeFileSync(
      join(folder, 'cua-phuong.json'),
      JSON.stringify({ ...stateYear, id: 'tong-ket-nam.phuong-tan-chinh', name: 'Mẫu riêng của phường Tân Chính' }),
    )
    writeFileSync(join(folder, 'hong.json'), '{ "format": "soan-bao-cao-template", ')
    writeFileSync(join(folder, 'thieu.json'), JSON.stringify({ ...stateYear, id: 'thieu-muc', sections: [] }))
    writeFileSync(join(folder, 'trung.json'), JSON.stringify({ ...stateYear }))
    writeFileSync(join(folder, 'ghi-chu.txt'), 'không phải mẫu')
    const { templates, invalid } = await new TemplateService(folder).list()
    expect(templates.map((t) => [t.template.id, t.source])).toContainEqual(['tong-ket-nam.phuong-tan-chinh', 'user'])
    expect(templates).toHaveLength(5)
    expect(invalid.map((i) => i.file).sort()).toEqual(['hong.json', 'thieu.json', 'trung.json'])
    const message = (file: string): string => {
      const error = invalid.find((i) => i.file === file)?.error
      return error ? errorText(error, coreTranslate('vi')) : ''
    }
    expect(message('thieu.json')).toContain('sections')
    expect(message('trung.json')).toContain('trùng')
    const r = await cli('templates')
    expect(r.code).toBe(0)
    expect(r.out).toContain('tong-ket-nam.phuong-tan-chinh')
    expect(r.err).toContain('hong.json')
  })

  it('a missing folder is simply no user templates', async () => {
    const { templates, invalid } = await new TemplateService(join(dir, 'khong-co')).list()
    expect(templates).toHaveLength(4)
    expect(invalid).toEqual([])
  })
})

describe('the office profile', () => {
  it('prefills a new report, and changing it later leaves the report as it was', async () => {
    const settings = createConfSettings(join(dir, 'data')).settings
    settings.set({
      office: {
        place: 'Phú Xuân',
        issuers: {
          'ubnd-phuong': {
            parent: '',
            issuer: 'ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ XUÂN',
            symbol: 'BC-UBND',
            signer: { authority: 'KT', body: 'ỦY BAN NHÂN DÂN', headTitle: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Trần Thị Hoa' },
            recipients: ['UBND thành phố Huế', 'Thường trực Đảng ủy phường'],
            archive: 'VT, VP',
            drafter: 'TH',
            copies: 12,
          },
        },
        proofing: defaultOfficeProofing(),
        // This office writes "2/16", not "02/16".
        leadingZero: false,
      },
    })
    const file = join(dir, 'bc.baocao')
    expect((await cli('new', 'tong-ket-nam.ubnd-phuong', '--year', '2025', '-o', file)).code).toBe(0)
    const report = parseReport(readFileSync(file, 'utf8'))
    expect(report.meta).toMatchObject({
      place: 'Phú Xuân',
      issuer: 'ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ XUÂN',
      signer: { authority: 'KT', title: 'PHÓ CHỦ TỊCH', name: 'Trần Thị Hoa' },
      recipients: ['UBND thành phố Huế', 'Thường trực Đảng ủy phường'],
      drafter: 'TH',
      copies: 12,
    })
    expect(report.layout.leadingZero).toBe(false)
    // The header from the profile leaves no blanks to fill.
    expect(runChecks(report, { draft: true }).filter((p) => p.target?.startsWith('meta.issuer') || p.target === 'meta.place')).toEqual([])

    settings.set({ office: { place: 'Tân Chính', issuers: {}, proofing: defaultOfficeProofing(), leadingZero: true } })
    expect(parseReport(readFileSync(file, 'utf8')).meta.place).toBe('Phú Xuân')
  })
})
