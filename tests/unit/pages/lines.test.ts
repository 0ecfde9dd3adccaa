/**
 * Setting a paragraph into lines: where a line may break (LibreOffice's rules for the punctuation
 * of Vietnamese reports), first-fit filling with Tinos's widths, justification, the last line and
 * a line ended by Shift+Enter left as they are, and the room an italic run keeps at the end of a line.
 */
import { describe, expect, it } from 'vitest'
import { breakOpportunities } from '../../../core/pages/breaks'
import { plainParagraph, setParagraph } from '../../../core/pages/lines'
import type { ParaSpec, TextLook } from '../../../core/pages/types'
import { textWidthPt } from '../../../core/layout'

/** The pieces of `text` between the places a line may start ("|" where it may break only from a cut at or before the index). */
function pieces(text: string): string[] {
  const breaks = breakOpportunities(text)
  const chars = [...text]
  const out: string[] = []
  let current = ''
  chars.forEach((char, i) => {
    if (i > 0 && breaks[i] === true) {
      out.push(current)
      current = ''
    }
    current += char
  })
  out.push(current)
  return out
}

describe('where a line may break', () => {
  it.each([
    ['kết quả tích cực', ['kết ', 'quả ', 'tích ', 'cực']],
    ['đạt 98,98%), tăng 12,3%', ['đạt ', '98,98%), ', 'tăng ', '12,3%']],
    ['(tỷ lệ [tỷ lệ]%);', ['(tỷ ', 'lệ ', '[tỷ ', 'lệ]', '%);']],
    ['“Gia đình văn hóa” (tỷ lệ', ['“Gia ', 'đình ', 'văn ', 'hóa” ', '(tỷ ', 'lệ']],
    ['dịch Covid-19 và 2021-2026', ['dịch ', 'Covid-', '19 ', 'và ', '2021-', '2026']],
    ['số 02/16 chi bộ', ['số ', '02/16 ', 'chi ', 'bộ']],
    ['Chỉ thị 23-CT/TU ngày', ['Chỉ ', 'thị ', '23-CT/TU ', 'ngày']],
    ['kinh tế - xã hội', ['kinh ', 'tế ', '- ', 'xã ', 'hội']],
    ['giảm -5% so', ['giảm ', '-5% ', 'so']],
  ])('%s', (text, expected) => {
    expect(pieces(text)).toEqual(expected)
  })

  it('breaks after the hyphen of "23-CT/TU" only when the line ends right after the hyphen', () => {
    const breaks = breakOpportunities('23-CT/TU')
    // Usable while the first glyph that does not fit is at or before the slash (index 5).
    expect(breaks[3]).toBe(5)
  })
})

const LOOK: TextLook = { size: 14, bold: false, italic: false, underline: false, strike: false, sub: false, sup: false }

function spec(text: string, change: Partial<ParaSpec> = {}, look: Partial<TextLook> = {}): ParaSpec {
  return { ...plainParagraph([{ ...LOOK, ...look, text }], 14, 'justify'), ...change }
}

const text = (line: { runs: { text: string }[] }): string => line.runs.map((r) => r.text).join('')

describe('setting a paragraph', () => {
  const sentence = 'Trong kỳ, kết quả thực hiện nhiệm vụ năm 2025 đạt kết quả tích cực, tăng 12,3% so với cùng kỳ năm trước.'

  it('fills each line with the words that fit, justified but for the last', () => {
    const width = 200
    const lines = setParagraph(spec(sentence), width)
    expect(lines.length).toBeGreaterThan(2)
    for (const line of lines.slice(0, -1)) {
      expect(textWidthPt(text(line), 14)).toBeLessThanOrEqual(width)
      expect(line.width).toBe(width)
      expect(line.wordSpacing).toBeGreaterThan(0)
    }
    // The next word would not have fitted on the first line.
    const next = text(lines[1] as { runs: { text: string }[] }).split(' ')[0] ?? ''
    expect(textWidthPt(`${text(lines[0] as { runs: { text: string }[] })} ${next}`, 14)).toBeGreaterThan(width)
    expect(lines.at(-1)?.wordSpacing).toBe(0)
    expect(lines.map(text).join(' ')).toBe(sentence)
  })

  it('indents the first line and lets a hanging indent hang', () => {
    const [first, second] = setParagraph(spec(sentence, { firstLine: 28.35 }), 200)
    expect(first?.x).toBeCloseTo(28.35, 5)
    expect(second?.x).toBe(0)
    const [hanging] = setParagraph(spec(sentence, { left: 20, firstLine: -20 }), 200)
    expect(hanging?.x).toBe(0)
  })

  it('centres a centred line and leaves a line ended by a line break unjustified', () => {
    const [centred] = setParagraph(spec('BÁO CÁO', { align: 'center' }, { bold: true }), 400)
    expect((centred?.x ?? 0) * 2 + (centred?.width ?? 0)).toBeCloseTo(400, 5)
    const [broken] = setParagraph(spec('Dòng một\ndòng hai'), 400)
    expect(text(broken as { runs: { text: string }[] })).toBe('Dòng một')
    expect(broken?.wordSpacing).toBe(0)
  })

  it('keeps an italic run a twelfth of its line height clear of the end of the line', () => {
    const words = 'Đồng chí Lê Văn Cương phát biểu'
    const natural = textWidthPt(words, 14, false, true)
    // 14 pt lines are 322 twips high: an italic run keeps 26 twips (1.3 pt) clear.
    expect(setParagraph(spec(words, {}, { italic: true }), natural + 1.25)).toHaveLength(2)
    expect(setParagraph(spec(words, {}, { italic: true }), natural + 1.35)).toHaveLength(1)
  })

  it('sets the lines of multiple spacing in whole twips, the extra space hanging at the foot of a page', () => {
    const [line] = setParagraph(spec('Một dòng', { line: { rule: 'multiple', lines: 1.5 } }), 400)
    expect(line?.height).toBe(24.15)
    expect(line?.fit).toBe(16.1)
    const [exact] = setParagraph(spec('Một dòng', { line: { rule: 'exact', points: 18 } }), 400)
    expect(exact?.height).toBe(18)
  })
})
