/** File names from titles must be valid and harmless on Windows, macOS and Linux. */
import { describe, expect, it } from 'vitest'
import { safeFileName } from '../../../core/format/filename'

describe('safeFileName', () => {
  it('keeps a Vietnamese title as it is, in NFC', () => {
    expect(safeFileName('Báo cáo tổng kết năm 2025'.normalize('NFD'))).toBe('Báo cáo tổng kết năm 2025')
  })

  it('replaces every character Windows forbids, and control characters', () => {
    expect(safeFileName('Số: 05/BC-UBND <nháp> "mới" a\\b|c?d*e')).toBe('Số 05 BC-UBND nháp mới a b c d e')
    expect(safeFileName('dòng\nmới\ttab\u0000null')).toBe('dòng mới tab null')
  })

  it('gives reserved device names a prefix, with or without an extension, in any case', () => {
    for (const name of ['CON', 'prn', 'Aux', 'NUL', 'com1', 'COM9', 'lpt1', 'LPT9', 'com¹', 'nul.txt']) {
      expect(safeFileName(name), name).toBe(`_${name}`)
    }
    expect(safeFileName('CONG VAN')).toBe('CONG VAN')
    expect(safeFileName('console')).toBe('console')
  })

  it('drops trailing dots and spaces (Windows strips them) and leading ones (hidden files, "..")', () => {
    expect(safeFileName('Báo cáo...  ')).toBe('Báo cáo')
    expect(safeFileName('..')).toBe('Báo cáo')
    expect(safeFileName('../../etc/passwd')).toBe('etc passwd')
    expect(safeFileName('.an')).toBe('an')
  })

  it('falls back when nothing is left, and caps the length without splitting a character', () => {
    expect(safeFileName('  ///  ')).toBe('Báo cáo')
    expect(safeFileName('', 'Mặc định')).toBe('Mặc định')
    const long = safeFileName('ệ'.repeat(300))
    expect(Array.from(long)).toHaveLength(120)
    const emoji = safeFileName(`${'a'.repeat(119)}😀😀`)
    expect(emoji).toBe(`${'a'.repeat(119)}😀`)
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(emoji)).toBe(false)
  })
})
