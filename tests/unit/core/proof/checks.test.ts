/** Proofreading notes among the pre-export checks: warnings only, with target and text, off when the office says so. */
import { describe, expect, it } from 'vitest'
import { runChecks } from '../../../../core/checks'
import { hasBlockingProblems } from '../../../../core/checks/problem'
import { problemText } from '../../../../core/i18n/words'
import { coreTranslate } from '../../../../core/i18n'
import { proofUnits } from '../../../../core/checks/proof'
import { OfficeProfile, defaultOfficeProofing } from '../../../../core/model/office'
import { makeReport, makeSection } from '../report-factory'

const typed = () =>
  makeReport({
    meta: { title: 'Tình hình thực hiện nhiệm vụ năm 2025 và phương hướng, nhiệm vụ năm 2026' },
    sections: [
      makeSection('a', 'Công tác lãnh đạo', ['Bảo đảm ANCT, hiệu quả.Công tác được giữ vững.']),
      makeSection('b', 'An ninh chính trị', ['Thực hiện tốt.']),
    ],
  })

describe('proofreading notes in the checks', () => {
  it('come as warnings with the section, the exact text and a message, never blocking', () => {
    const report = typed()
    const proof = runChecks(report, { draft: false }).filter((p) => p.code.startsWith('proof.'))
    expect(proof.map((p) => [p.code, p.target, p.text])).toEqual([
      ['proof.abbreviation', 'a', 'ANCT'],
      ['proof.spacing', 'a', '.'],
    ])
    expect(proof.every((p) => p.severity === 'warning' && problemText(p, coreTranslate('vi')).length > 0)).toBe(true)
    expect(hasBlockingProblems(proof)).toBe(false)
  })

  it('are left out when the office turned the proofreader off, and follow its lists', () => {
    const report = typed()
    const off = { ...defaultOfficeProofing(), enabled: false }
    expect(runChecks(report, { draft: false, proofing: off }).filter((p) => p.code.startsWith('proof.'))).toEqual([])
    const known = { ...defaultOfficeProofing(), abbreviations: { ANCT: 'an ninh chính trị' } }
    expect(runChecks(report, { draft: false, proofing: known }).filter((p) => p.code === 'proof.abbreviation')).toEqual([])
  })

  it('forget what the report says to ignore', () => {
    const report = { ...typed(), proofing: { ignored: [{ code: 'proof.spacing', text: '.', target: 'a' }] } }
    expect(runChecks(report, { draft: false }).filter((p) => p.code === 'proof.spacing')).toEqual([])
  })

  it('read the header fields, the titles, the sections and the indicator names in page order', () => {
    const targets = proofUnits(typed()).map((u) => u.target)
    expect(targets.slice(0, 6)).toEqual(['meta.title', 'meta.kinhGui', 'a#title', 'a', 'b#title', 'b'])
  })
})

describe('the office proofreader settings', () => {
  it('default when absent, and cut an over-long entry instead of dropping the list', () => {
    expect(OfficeProfile.parse({ place: '', issuers: {} }).proofing).toEqual(defaultOfficeProofing())
    const parsed = OfficeProfile.parse({
      place: '',
      issuers: {},
      proofing: {
        enabled: false,
        accentStyle: 'new',
        words: ['Niê', 'x'.repeat(500)],
        abbreviations: { ANCT: 'an ninh chính trị', ['Y'.repeat(90)]: '' },
      },
    }).proofing
    expect(parsed.enabled).toBe(false)
    expect(parsed.accentStyle).toBe('new')
    expect(parsed.words).toEqual(['Niê', 'x'.repeat(200)])
    expect(Object.keys(parsed.abbreviations)).toEqual(['ANCT', 'Y'.repeat(40)])
  })
})
