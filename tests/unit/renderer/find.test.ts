import { describe, expect, it } from 'vitest'
import { contentFromParagraphs } from '../../../core/model/lexical'
import { contentText } from '../../../core/nodes/plain-text'
import { countBlanks, countInContent, findInSections, matcher, replaceInContent } from '../../../renderer/app/find'
import { newSection } from '../../../renderer/app/outline-edit'

const content = contentFromParagraphs(['Năm 2025 thu ngân sách đạt 165,65% dự toán.', 'Kế hoạch năm 2025 và năm 20256.'])

describe('find and replace over section content', () => {
  it('counts matches, with case and whole-word options', () => {
    expect(countInContent(content, matcher('2025', { matchCase: false, wholeWord: false }) as RegExp)).toBe(3)
    expect(countInContent(content, matcher('2025', { matchCase: false, wholeWord: true }) as RegExp)).toBe(2)
    expect(countInContent(content, matcher('năm', { matchCase: true, wholeWord: false }) as RegExp)).toBe(2)
    expect(countInContent(content, matcher('năm', { matchCase: false, wholeWord: false }) as RegExp)).toBe(3)
    expect(matcher('', { matchCase: false, wholeWord: false })).toBeNull()
  })

  it('treats the query literally, not as a pattern', () => {
    expect(countInContent(content, matcher('165,65%', { matchCase: false, wholeWord: false }) as RegExp)).toBe(1)
    expect(countInContent(content, matcher('.', { matchCase: false, wholeWord: false }) as RegExp)).toBe(2)
  })

  it('finds a word whatever the style of its tone: "hoà" and "hòa", "thuỷ" and "thủy", "khoẻ" and "khỏe"', () => {
    const text = contentFromParagraphs(['UBND phường Hòa Khánh; Thuỷ lợi; sức khỏe; hoa và hoá đơn; quý I; Hoàn thành.'])
    const count = (query: string, matchCase = false): number =>
      countInContent(text, matcher(query, { matchCase, wholeWord: true }) as RegExp)
    expect(count('hoà khánh')).toBe(1)
    expect(count('Hoà Khánh', true)).toBe(1)
    expect(count('thủy lợi')).toBe(1)
    expect(count('khoẻ')).toBe(1)
    // Another tone, or none, is another word.
    expect(count('hoa')).toBe(1)
    expect(count('hóa')).toBe(1)
    expect(count('hỏa')).toBe(0)
    expect(count('qúy')).toBe(1)
    expect(count('hoàn thành')).toBe(1)
    // Replacing keeps the text around the match as it was.
    const replaced = replaceInContent(text, matcher('phường Hoà Khánh', { matchCase: true, wholeWord: true }) as RegExp, 'phường Hải Châu')
    expect(contentText(replaced)).toBe('UBND phường Hải Châu; Thuỷ lợi; sức khỏe; hoa và hoá đơn; quý I; Hoàn thành.')
  })

  it('replaces every match and leaves the input untouched', () => {
    const pattern = matcher('2025', { matchCase: false, wholeWord: true }) as RegExp
    const replaced = replaceInContent(content, pattern, '2026')
    expect(contentText(replaced)).toBe('Năm 2026 thu ngân sách đạt 165,65% dự toán.\nKế hoạch năm 2026 và năm 20256.')
    expect(contentText(content)).toContain('Năm 2025')
    expect(replaceInContent(content, matcher('không có', { matchCase: false, wholeWord: false }) as RegExp, 'x')).toBeNull()
  })

  it('lists the sections with matches in reading order', () => {
    const sections = [
      { ...newSection('a', 'A'), content, children: [{ ...newSection('a1', 'A1'), content: contentFromParagraphs(['2025']) }] },
      { ...newSection('b', 'B'), content: contentFromParagraphs(['không có']) },
    ]
    expect(findInSections(sections, matcher('2025', { matchCase: false, wholeWord: true }) as RegExp)).toEqual([
      { id: 'a', count: 2 },
      { id: 'a1', count: 1 },
    ])
  })
})

describe('countBlanks', () => {
  it('counts the bracketed blanks of every text node, references left out', () => {
    const paragraph = (...texts: string[]): Record<string, unknown> => ({
      type: 'paragraph',
      children: texts.map((text) => ({ type: 'text', text })),
    })
    const content = { root: { type: 'root', children: [paragraph('Số [số] hộ, ', 'đạt [tỷ lệ]'), paragraph('Tài liệu [1]; [...]')] } }
    expect(countBlanks(content as never)).toBe(3)
    expect(countBlanks(null)).toBe(0)
  })
})
