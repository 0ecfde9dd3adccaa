/** The proofreader over whole texts: each kind, the report-wide rules, hostile input. */
import { describe, expect, it } from 'vitest'
import { analyzeText, combine, proofread, type ProofFinding } from '../../../../core/proof'
import { seededRandom } from '../../../support/random'

const run = (text: string, options = {}) => proofread([{ target: 's', text }], options)
const brief = (findings: readonly ProofFinding[]) => findings.map((f) => [f.code, f.text, f.suggestions[0] ?? ''])

describe('each kind on a sentence', () => {
  it('gives exact spans and suggestions', () => {
    const text = 'Phường đã sắp sếp lại, hiệu quả.Công tác của của UBNDphường được giữ vững.'
    const findings = run(text)
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text)
    expect(brief(findings)).toEqual([
      ['proof.confusion', 'sắp sếp', 'sắp xếp'],
      ['proof.spacing', '.', '. '],
      ['proof.repeat', 'của của', 'của'],
      ['proof.spacing', 'UBNDphường', 'UBND phường'],
    ])
  })

  it('checks quotes, brackets, numbers and capitals', () => {
    expect(brief(run('Thực hiện chương trình ” Thành phố bốn an” (giai đoạn 2.'))).toEqual([
      ['proof.quotes', '” ', '“'],
      ['proof.brackets', '(', ''],
    ])
    expect(brief(run('Giải quyết việc làm cho 1,250 lao động, tăng 12.5% so với 19/10/2018 tại Quận 12.'))).toEqual([
      ['proof.number', '1,250', '1.250'],
      ['proof.number', '12.5', '12,5'],
    ])
    expect(brief(run('Sự lãnh đạo của đảng và sự đồng thuận của nhân dân tại Hội Đồng Nhân Dân Phường Hòa Khánh.'))).toEqual([
      ['proof.capitals', 'đảng', 'Đảng'],
      ['proof.capitals', 'nhân dân', 'Nhân dân'],
      ['proof.capitals', 'Hội Đồng Nhân Dân', 'Hội đồng nhân dân'],
      ['proof.capitals', 'Phường', 'phường'],
    ])
  })

  it('leaves codes, dates, addresses and numbered units alone', () => {
    const text =
      'Theo Chỉ thị số 05-CT/TW, Nghị định 30/2020/NĐ-CP ngày 05/3/2020, xem https://x.gov.vn/a_(b) hoặc gửi vp@x.gov.vn; Phường 12, Quận 3, TP.HCM, v.v.'
    expect(run(text)).toEqual([])
  })
})

describe('the report as a whole', () => {
  it('wants an abbreviation spelled out before its first use, once per report', () => {
    const units = [
      { target: 'a', text: 'Bảo đảm ANCT trên địa bàn.' },
      { target: 'b', text: 'Tình hình an ninh chính trị (ANCT) ổn định; ANCT được giữ vững.' },
      { target: 'c', text: 'Trật tự an toàn xã hội (TTATXH) bảo đảm; TTATXH ổn định. Kiểm tra ATGT.' },
    ]
    const findings = proofread(units)
    expect(findings.map((f) => [f.target, f.text, f.variant, f.suggestions[0] ?? ''])).toEqual([
      ['a', 'ANCT', 'definedLater', 'an ninh chính trị (ANCT)'],
      ['c', 'ATGT', 'undefined', 'an toàn giao thông (ATGT)'],
    ])
    // The office's list replaces the default one.
    expect(
      proofread([{ target: 'a', text: 'Bảo đảm ANCT, UBND.' }], { abbreviations: { ANCT: 'an ninh chính trị' } }).map((f) => f.text),
    ).toEqual(['UBND'])
  })

  it('flags the minority accent style, or the office style when set', () => {
    const units = [
      { target: 'a', text: 'Công tác hòa giải, thủy lợi của Ủy ban.' },
      { target: 'b', text: 'Văn hoá xã hội.' },
    ]
    expect(brief(proofread(units))).toEqual([['proof.accentStyle', 'hoá', 'hóa']])
    expect(brief(proofread(units, { accentStyle: 'new' })).map((f) => f[2])).toEqual(['hoà', 'thuỷ', 'Uỷ'])
  })

  it('writes suggestions in the report style', () => {
    const findings = proofread([{ target: 'a', text: 'Hoà giải, thuỷ lợi. Công tác hòan thành.' }])
    expect(brief(findings)).toContainEqual(['proof.spelling', 'hòan', 'hoàn'])
    expect(brief(proofread([{ target: 'a', text: 'Các thuỷ lợi, hoà giải; kết quả tôt.' }]))).toContainEqual([
      'proof.spelling',
      'tôt',
      'tốt',
    ])
  })

  it('forgets ignored findings, in one unit or everywhere', () => {
    const units = [
      { target: 'a', text: 'Phường đã sắp sếp lại.' },
      { target: 'b', text: 'Phường đã sắp sếp lại.' },
    ]
    expect(proofread(units, {}, [{ code: 'proof.confusion', text: 'sắp sếp', target: 'a' }]).map((f) => f.target)).toEqual(['b'])
    expect(proofread(units, {}, [{ code: 'proof.confusion', text: 'sắp sếp' }])).toEqual([])
  })

  it('accepts words from the office dictionary', () => {
    expect(run('Ông Y Moan Niê phát biểu.').map((f) => f.text)).toEqual(['Niê'])
    expect(run('Ông Y Moan Niê phát biểu.', { words: ['Y Moan Niê'] })).toEqual([])
  })

  it('combines cached analyses to the same result as a full run', () => {
    const units = [
      { target: 'a', text: 'Bảo đảm ANCT. Hòa giải.' },
      { target: 'b', text: 'Hoà giải, thuỷ lợi, tòan dân.' },
    ]
    const cached = units.map((u) => ({ target: u.target, analysis: analyzeText(u.text) }))
    expect(combine(cached)).toEqual(proofread(units))
  })
})

describe('hostile input', () => {
  it('never throws and never reports outside the text', () => {
    const random = seededRandom(16)
    const alphabet = 'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạ ,.;:!?()[]“”"\'/-\n0123456789%@😀한中ÆЖ\u0301\u0300'
    for (let n = 0; n < 300; n += 1) {
      let text = ''
      const length = Math.floor(random() * 400)
      for (let i = 0; i < length; i += 1) text += alphabet[Math.floor(random() * alphabet.length)]
      const findings = run(text)
      for (const f of findings) {
        expect(f.start).toBeGreaterThanOrEqual(0)
        expect(f.end).toBeLessThanOrEqual(text.length)
        expect(text.slice(f.start, f.end)).toBe(f.text)
      }
    }
  })

  it('reads huge words, other scripts and long texts quietly', () => {
    expect(run('a'.repeat(100_000))).toEqual([])
    expect(run('Hà Nội 北京 Москва 서울 ကြ ✓ 🎉')).toEqual([])
    expect(run('x'.repeat(3_000_000))).toEqual([])
    expect(run('')).toEqual([])
  })
})
