/**
 * Merging a department's sections into the open report: suggestions by key, title, similar
 * title or the section above; merging appends after what is written and never replaces it.
 */
import { describe, expect, it } from 'vitest'
import { contributionsOf, mergeContributions } from '../../../core/import/merge'
import { contentFromParagraphs } from '../../../core/model/lexical'
import { contentText } from '../../../core/nodes/plain-text'
import type { Section } from '../../../core/model/schema'

function section(id: string, title: string, key = '', paragraphs: string[] = [], children: Section[] = [], numbered = true): Section {
  return {
    id,
    needsUpdate: false,
    required: false,
    key,
    title,
    hint: '',
    numbered,
    content: paragraphs.length > 0 ? contentFromParagraphs(paragraphs) : null,
    children,
  }
}

const report: Section[] = [
  section('r-open', 'Mở đầu', 'mo-dau', ['Thực hiện Nghị quyết của HĐND phường…'], [], false),
  section(
    'r-results',
    'Kết quả thực hiện nhiệm vụ năm 2025',
    'ket-qua',
    [],
    [
      section('r-economy', 'Kinh tế', 'kinh-te', ['Đã viết: thu ngân sách đạt 21 tỷ đồng.']),
      section('r-culture', 'Văn hóa - xã hội', 'van-hoa-xa-hoi'),
      section('r-security', 'Quốc phòng - an ninh', 'quoc-phong-an-ninh'),
    ],
  ),
]

const department: Section[] = [
  section('d-open', 'Mở đầu', 'mo-dau', ['Phòng Văn hóa - Xã hội báo cáo như sau:'], [], false),
  section(
    'd-1',
    'KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025',
    '',
    [],
    [
      section(
        'd-culture',
        'Văn hóa - xã hội',
        '',
        ['Tổ chức 12 hoạt động văn hóa, thể thao.'],
        [section('d-sport', 'Thể dục thể thao', '', ['Giải bóng đá phường có 16 đội.'])],
      ),
      section('d-econ', 'Lĩnh vực kinh tế', 'kinh-te', ['Hộ kinh doanh mới: 52 hộ.']),
      section('d-safety', 'Công tác quốc phòng, an ninh', '', ['Giao quân đạt 100% chỉ tiêu.']),
    ],
  ),
  section('d-misc', 'Kiến nghị với Ủy ban nhân dân thành phố', '', ['Bổ sung kinh phí.']),
]

describe('contributionsOf', () => {
  it('suggests a section for each part with text: by key, title, similar title, or the part above', () => {
    const found = contributionsOf(department, report)
    expect(found.map((c) => [c.id, c.targetId, c.match])).toEqual([
      ['d-open', null, 'none'],
      ['d-culture', 'r-culture', 'title'],
      ['d-sport', 'r-culture', 'parent'],
      ['d-econ', 'r-economy', 'key'],
      ['d-safety', 'r-security', 'similar'],
      ['d-misc', null, 'none'],
    ])
    expect(found.find((c) => c.id === 'd-sport')?.path).toEqual(['KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025', 'Văn hóa - xã hội'])
  })
})

describe('mergeContributions', () => {
  it('appends after what the section holds, in order, with a heading line when asked', () => {
    const found = contributionsOf(department, report)
    const pick = (id: string) => {
      const c = found.find((x) => x.id === id)
      if (!c) throw new Error(id)
      return c
    }
    const changes = mergeContributions(report, [
      { contribution: pick('d-econ'), targetId: 'r-economy', heading: false },
      { contribution: pick('d-culture'), targetId: 'r-culture', heading: false },
      { contribution: pick('d-sport'), targetId: 'r-culture', heading: true },
    ])
    expect(changes.map((c) => c.sectionId)).toEqual(['r-economy', 'r-culture'])
    const economy = changes[0]
    expect(contentText(economy?.after ?? null)).toBe('Đã viết: thu ngân sách đạt 21 tỷ đồng.\nHộ kinh doanh mới: 52 hộ.')
    expect(economy?.before).toBe(report[1]?.children[0]?.content)
    const culture = changes[1]
    expect(culture?.before).toBeNull()
    expect(contentText(culture?.after ?? null)).toBe(
      'Tổ chức 12 hoạt động văn hóa, thể thao.\nThể dục thể thao\nGiải bóng đá phường có 16 đội.',
    )
    expect(JSON.stringify(culture?.after)).toContain('"text":"Thể dục thể thao","format":1')
  })

  it('leaves the report’s sections untouched', () => {
    const before = JSON.stringify(report)
    const found = contributionsOf(department, report)
    mergeContributions(
      report,
      found.filter((c) => c.targetId !== null).map((c) => ({ contribution: c, targetId: c.targetId ?? '', heading: false })),
    )
    expect(JSON.stringify(report)).toBe(before)
  })
})
