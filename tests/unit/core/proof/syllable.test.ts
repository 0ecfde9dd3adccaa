/** Vietnamese syllable rules and the syllable list: both accent styles, impossible syllables, suggestions. */
import { describe, expect, it } from 'vitest'
import { compose, parseSyllable, styleOf } from '../../../../core/proof/syllable'
import { isKnown } from '../../../../core/proof/lexicon'
import { checkSpelling } from '../../../../core/proof/spelling'

const known = (word: string): boolean => {
  const s = parseSyllable(word)
  return s !== null && s.fault === null && isKnown(s.base, s.tone)
}
const spell = (word: string) => checkSpelling(word, 'old', new Set())

describe('syllable rules', () => {
  it.each([
    ['ngiệp', 'onset'],
    ['ghành', 'onset'],
    ['kan', 'onset'],
    ['quyêt', 'toneCoda'],
    ['hoàt', 'toneCoda'],
    ['lâ', 'rhyme'],
    ['tiă', 'rhyme'],
    ['tòan', 'tonePlace'],
    ['qủa', 'tonePlace'],
    ['iên', 'onset'],
  ])('%s cannot be written (%s)', (word, fault) => {
    expect(parseSyllable(word)?.fault).toBe(fault)
  })

  it.each(['nghiệp', 'ngành', 'quyết', 'giếng', 'gìn', 'gì', 'quốc', 'khuya', 'khuỷu', 'yêu', 'tuyển', 'người', 'ươm', 'oẳn'])(
    '%s is well formed',
    (word) => {
      expect(parseSyllable(word)?.fault).toBeNull()
    },
  )

  it('reads both accent styles as the same syllable and tells them apart', () => {
    for (const [old, modern] of [
      ['hòa', 'hoà'],
      ['thủy', 'thuỷ'],
      ['ủy', 'uỷ'],
      ['khỏe', 'khoẻ'],
      ['Hóa', 'Hoá'],
    ] as const) {
      const a = parseSyllable(old)
      const b = parseSyllable(modern)
      expect(a?.base).toBe(b?.base)
      expect(a?.tone).toBe(b?.tone)
      expect(a && styleOf(a)).toBe('old')
      expect(b && styleOf(b)).toBe('new')
      expect(known(old) && known(modern)).toBe(true)
    }
    // Closed or three-vowel syllables have one place only: no style to tell.
    for (const word of ['hoàn', 'khoái']) {
      const s = parseSyllable(word)
      expect(s).not.toBeNull()
      if (s !== null) expect(styleOf(s)).toBeNull()
    }
  })

  it('writes a syllable in either style', () => {
    expect(compose('hoa', 1, 'old')).toBe('hòa')
    expect(compose('hoa', 1, 'new')).toBe('hoà')
    expect(compose('uy', 3, 'old')).toBe('ủy')
    expect(compose('uy', 3, 'new')).toBe('uỷ')
    expect(compose('quy', 2, 'old')).toBe('quý')
    expect(compose('gia', 1, 'new')).toBe('già')
    expect(compose('nghiêp', 5, 'new')).toBe('nghiệp')
    expect(compose('ươu', 2, 'old')).toBe('ướu')
  })
})

describe('spelling of one word', () => {
  it('flags impossible syllables with a useful first suggestion', () => {
    expect(spell('ngiệp')?.suggestions[0]).toBe('nghiệp')
    expect(spell('quyêt')?.suggestions[0]).toBe('quyết')
    expect(spell('tòan')?.suggestions[0]).toBe('toàn')
    expect(spell('nghành')?.suggestions[0]).toBe('ngành')
    expect(spell('đuợc')?.suggestions[0]).toBe('được')
    expect(spell('TÒAN')?.suggestions[0]).toBe('TOÀN')
    expect(spell('truyênf')?.suggestions[0]).toBe('truyền')
    expect(spell('doanhh')?.suggestions[0]).toBe('doanh')
  })

  it('flags an impossible capitalised word, but takes a possible one as a name', () => {
    expect(spell('Lậ')?.reason).toBe('rhyme')
    expect(spell('Krông')).toBeNull()
    expect(spell('Đắk')).toBeNull()
    expect(spell('Ea')).toBeNull()
  })

  it('leaves foreign words, abbreviations and office words alone', () => {
    for (const word of ['online', 'Covid', 'Zalo', 'Facebook', 'UBND', 'ANCT', 'HĐND', 'email', 'video']) expect(spell(word)).toBeNull()
    expect(checkSpelling('Niê', 'old', new Set(['niê']))).toBeNull()
    expect(spell('Niê')).not.toBeNull()
  })

  it('takes a plain-Latin word that lost its tone as Vietnamese', () => {
    expect(spell('hoach')?.suggestions).toContain('hoạch')
  })
})
