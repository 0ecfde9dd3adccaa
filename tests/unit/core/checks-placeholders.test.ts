import { describe, expect, it } from 'vitest'
import { blankAround, bracketBlanks, findPlaceholder } from '../../../core/checks/placeholders'

describe('findPlaceholder in prose', () => {
  it.each([
    ['Thực hiện Nghị quyết số …/NQ-HĐND của Hội đồng nhân dân phường', '…/NQ-HĐND'],
    ['Thực hiện Kế hoạch số .../KH-UBND ngày 10/01/2025', '.../KH-UBND'],
    ['Công văn số ../UBND-VP về việc', '../UBND-VP'],
    ['Theo Quyết định số …/…', '…/…'],
    ['Theo Quyết định số xx/xx', 'xx/xx'],
    ['Quyết định số XX/QĐ-UBND ngày 05/3/2025', 'XX/QĐ-UBND'],
    ['Tổng thu đạt XX tỷ đồng', 'XX'],
    ['năm 20xx', '20xx'],
    ['Kết quả cụ thể như sau: […]', '[…]'],
    ['Kết quả cụ thể như sau: [...]', '[...]'],
    ['Kết quả cụ thể như sau: [ … ]', '[ … ]'],
    ['Thực hiện Nghị quyết số [số]/NQ-HĐND ngày [ngày] của Hội đồng nhân dân phường', '[số]/NQ-HĐND'],
    ['Tổng thu ngân sách đạt [ghi số liệu] tỷ đồng', '[ghi số liệu]'],
    ['Chưa điền: []', '[]'],
    ['ban hành ngày … của Hội đồng nhân dân phường', ' … '],
    ['tiếp nhận … hồ sơ, giải quyết 8.743 hồ sơ', '…'],
    ['… hồ sơ đã được giải quyết', '…'],
    ['thu ngân sách đạt …% dự toán', '…%'],
    ['thu ngân sách đạt ... % dự toán', '...'],
    ['Tổng số hộ nghèo: …', '…'],
    ['ngày.......tháng.......năm 2025', '.......'],
    ['ngày……tháng……năm 2025', '……'],
    ['Họ và tên: ____________', '____'],
  ])('flags %j', (text, fragment) => {
    const hit = findPlaceholder(text, 'prose')
    expect(hit).not.toBeNull()
    expect(hit?.excerpt).toContain(fragment.trim())
  })

  it.each([
    'Ủy ban nhân dân phường ban hành 12 kế hoạch, tổ chức 24 cuộc họp giao ban.',
    'Tổ chức các hoạt động văn hóa, văn nghệ, thể dục thể thao... nhân dịp Tết.',
    'Tổ chức các hoạt động văn hóa, văn nghệ, thể dục thể thao…',
    'Các hoạt động văn hóa, thể thao, … được duy trì thường xuyên.',
    'Các hoạt động văn hóa, văn nghệ, thể thao ... được duy trì thường xuyên.',
    'Phong trào thi đua được triển khai rộng khắp (giáo dục, y tế, văn hóa ...).',
    'Đẩy mạnh cải cách hành chính, chuyển đổi số ...',
    'Câu nói bị bỏ dở...',
    'Thành tựu của thế kỷ XX và thế kỷ XXI.',
    'Đại hội XX của Đảng bộ, khóa XX.',
    'Giai đoạn 2021 - 2025, tỷ lệ 12,5%, 99,96%; Nghị quyết số 12/NQ-HĐND ngày 20/01/2025.',
    'Xã Xuân Lộc, thôn Xuân Hòa, phường Phú Xuân.',
    'Theo số liệu của Chi cục Thống kê [1] và báo cáo của các ngành [2, 5].',
    'Kết quả... tốt.',
    'v.v.',
    '',
  ])('leaves prose alone: %j', (text) => {
    expect(findPlaceholder(text, 'prose')).toBeNull()
  })

  it('reports the first blank of several', () => {
    const text = 'Nghị quyết số 12/NQ-HĐND ngày … của HĐND phường; Kế hoạch số …/KH-UBND.'
    expect(findPlaceholder(text, 'prose')?.index).toBe(text.indexOf('…'))
  })

  it('reads text in any normalisation', () => {
    expect(findPlaceholder('Nghị quyết số …/NQ-HĐND'.normalize('NFD'), 'prose')).not.toBeNull()
  })
})

describe('findPlaceholder in a field', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN\nPHƯỜNG …', 'PHƯỜNG …'],
    ['ỦY BAN NHÂN DÂN\nPHƯỜNG [TÊN PHƯỜNG]', 'PHƯỜNG [TÊN PHƯỜNG]'],
    ['UBND phường ...', 'phường ...'],
    ['Nguyễn Văn …', 'Nguyễn Văn …'],
    ['XX', 'XX'],
  ])('flags any ellipsis or X blank: %j', (text, fragment) => {
    expect(findPlaceholder(text, 'field')?.excerpt).toContain(fragment.replace('\n', ' '))
  })

  it.each(['ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ XUÂN', 'Nguyễn Văn An', 'BC-UBND', 'VT, VP', 'CHỦ TỊCH'])('leaves %j alone', (text) => {
    expect(findPlaceholder(text, 'field')).toBeNull()
  })
})

describe('excerpt', () => {
  const long =
    'Trong năm, Ủy ban nhân dân phường đã tập trung lãnh đạo, chỉ đạo thực hiện Nghị quyết số …/NQ-HĐND ngày 15 tháng 12 năm 2024 của Hội đồng nhân dân phường về nhiệm vụ năm 2025.'

  it('is at most 40 characters, cut on whole words, around the blank', () => {
    const excerpt = findPlaceholder(long, 'prose')?.excerpt ?? ''
    expect(excerpt.length).toBeLessThanOrEqual(40)
    expect(excerpt).toContain('…/NQ-HĐND')
    expect(long).toContain(excerpt)
    const words = long.split(' ')
    expect(words).toContain(excerpt.split(' ')[0])
    expect(words).toContain(excerpt.split(' ').at(-1))
  })

  it('collapses line breaks and is the whole text when short', () => {
    expect(findPlaceholder('Số\n…/BC', 'prose')?.excerpt).toBe('Số …/BC')
  })

  it('is cut to 40 characters for a very long fill line', () => {
    expect(findPlaceholder(`Họ tên: ${'.'.repeat(80)}`, 'prose')?.excerpt).toBe('.'.repeat(40))
  })
})

describe('blanks in square brackets, as the editor fills them', () => {
  const text = 'Kế hoạch số [số]/KH-UBND ngày [ngày] của [tên đơn vị], theo tài liệu [1], [...] hộ'
  const spans = (t: string): string[] => bracketBlanks(t).map((s) => t.slice(s.start, s.end))

  it('finds each blank where the checks do, references such as [1] left out', () => {
    expect(spans(text)).toEqual(['[số]', '[ngày]', '[tên đơn vị]', '[...]'])
    for (const blank of spans(text)) expect(findPlaceholder(`Số ${blank} hộ`, 'prose')?.excerpt).toContain(blank)
    expect(findPlaceholder('Theo tài liệu [1], [2–4].', 'prose')).toBeNull()
    expect(spans('Theo tài liệu [1], [2–4].')).toEqual([])
    expect(spans('không có ngoặc vuông')).toEqual([])
  })

  it('gives the blank a caret or a word is inside, and nothing at its edges or once it is whole', () => {
    const at = text.indexOf('[tên đơn vị]')
    const whole = { start: at, end: at + '[tên đơn vị]'.length }
    expect(blankAround(text, at + 3, at + 3)).toEqual(whole)
    // A double-click selects "tên" or "vị" inside the brackets.
    expect(blankAround(text, at + 1, at + 4)).toEqual(whole)
    expect(blankAround(text, at + 9, at + 11)).toEqual(whole)
    // A caret before "[" or after "]" is where the clerk means to type.
    expect(blankAround(text, at, at)).toBeNull()
    expect(blankAround(text, whole.end, whole.end)).toBeNull()
    expect(blankAround(text, whole.start, whole.end)).toBeNull()
    // A selection that goes beyond the blank is the clerk's own.
    expect(blankAround(text, at - 4, at + 3)).toBeNull()
  })
})
