/**
 * Reports filled with realistic content for import tests: every section of a built-in template
 * gets text, some get formatting, lists and a table; indicators get figures; the header and
 * signature are complete.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Report, Section, SerializedContent } from '../../../core/model/schema'
import {
  contentFromParagraphs,
  contentOf,
  listItemNode,
  listNode,
  marksOf,
  paragraphNode,
  tableCellNode,
  tableNode,
  tableRowNode,
  textNode,
  type JsonNode as Json,
} from '../../../core/model/lexical'
import { instantiate, type Template } from '../../../core/templates'
import { NEWS_DIR } from '../../support/samples'

export function idMaker(prefix = 'id'): () => string {
  let n = 0
  return () => `${prefix}-${++n}`
}

function text(value: string, format = 0): Json {
  return textNode(value, marksOf(format))
}

function paragraph(...children: Json[]): Json {
  return paragraphNode(children)
}

function list(kind: 'bullet' | 'number', items: Array<string | Json>): Json {
  return listNode(
    kind,
    items.map((item, i) => listItemNode(typeof item === 'string' ? [text(item)] : [item], i + 1)),
  )
}

function table(rows: string[][], headerRows = 1): Json {
  return tableNode(
    rows.map((cells, r) =>
      tableRowNode(cells.map((cell) => tableCellNode([paragraph(...(cell === '' ? [] : [text(cell)]))], { header: r < headerRows }))),
    ),
  )
}

/** Sentences from the sample news articles, for realistic text. */
export function newsSentences(): string[] {
  const dir = NEWS_DIR
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .normalize('NFC')
        .split(/(?<=[.!?])\s+/u),
    )
    .map((s) => s.replace(/\s+/gu, ' ').trim())
    .filter((s) => s.length > 40 && s.length < 400 && !/^[-+•\d]/u.test(s))
}

function richContent(n: number, sentences: string[]): SerializedContent {
  const s = (k: number): string => sentences[(n * 7 + k) % sentences.length] ?? 'Nội dung.'
  switch (n % 5) {
    case 0:
      return contentOf([paragraph(text('Kết quả nổi bật: ', 1), text(s(0)), text(' (ước thực hiện)', 2)), paragraph(text(s(1)))])
    case 1:
      return contentOf([
        paragraph(text(s(0))),
        list('bullet', [s(1), s(2), list('bullet', ['Phường Phú Xuân đạt 02/16 chỉ tiêu vượt', 'tỷ lệ 12,5%'])]),
      ])
    case 2:
      return contentOf([
        paragraph(text(s(0))),
        list('number', [
          'Thu ngân sách ước đạt 21 tỷ đồng',
          'Tiếp nhận 8.833 hồ sơ, giải quyết đúng hạn 8.743 hồ sơ',
          list('number', ['hồ sơ trực tuyến', 'hồ sơ trực tiếp']),
        ]),
        paragraph(text('Nhấn mạnh', 8), text(' và ghi chú.')),
      ])
    case 3:
      return contentOf([
        paragraph(text(s(0))),
        table([
          ['Nội dung', 'Kế hoạch', 'Thực hiện'],
          ['Kết nạp đảng viên', '8', '03'],
          ['Giao quân', '17', '22'],
        ]),
        paragraph(text(s(1))),
      ])
    default:
      return contentFromParagraphs([s(0), s(1), s(2)])
  }
}

/** Fill every section: content varies by position so that each kind of content appears. */
function fill(sections: readonly Section[], counter: { n: number }, sentences: string[]): Section[] {
  return sections.map((section) => {
    const n = counter.n++
    const own = section.children.length > 0 && n % 3 !== 0 ? null : richContent(n, sentences)
    return { ...section, content: own, children: fill(section.children, counter, sentences) }
  })
}

/** A report made from `template` with every field a clerk would fill, filled. */
export function filledReport(template: Template, options: { year?: number; half?: 1 | 2 } = {}): Report {
  const report = instantiate(template, {
    year: options.year ?? 2025,
    half: options.half,
    appVersion: '0.1.0',
    newId: idMaker(template.id),
    now: new Date('2025-12-15T08:00:00Z'),
  })
  const party = template.profile === 'party'
  const sentences = newsSentences()
  return {
    ...report,
    meta: {
      ...report.meta,
      parent: party ? 'ĐẢNG BỘ THÀNH PHỐ HUẾ' : '',
      issuer: party ? 'ĐẢNG ỦY PHƯỜNG PHÚ XUÂN' : 'ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ XUÂN',
      place: 'Phú Xuân',
      number: party ? '45' : '05',
      date: options.half === 1 ? '2025-06-14' : '2025-12-15',
      signer: { ...report.meta.signer, name: party ? 'Trần Thị Bình' : 'Nguyễn Văn An' },
      recipients: party
        ? ['Ban Thường vụ Thành ủy', 'Các chi bộ trực thuộc']
        : ['UBND thành phố Huế', 'Thường trực Đảng ủy phường', 'Các phòng, đơn vị thuộc UBND phường'],
      archive: party ? 'Văn phòng Đảng ủy' : 'VT, VP',
      drafter: 'PL',
      copies: 10,
    },
    sections: fill(report.sections, { n: 0 }, sentences),
    indicators: report.indicators.map((table) => ({
      ...table,
      // The Party table prints no "cùng kỳ" column.
      rows: table.rows.map((row, i) => ({
        ...row,
        plan: 100 + i * 12.5,
        actual: i % 4 === 3 ? null : 95 + i * 13.25,
        previous: i % 3 === 0 || table.columns === 'party' ? null : 1200 + i * 1000,
      })),
    })),
  }
}

/** Titles, keys and text of a section tree, for comparing trees. */
export interface Outline {
  key: string
  title: string
  numbered: boolean
  text: string
  children: Outline[]
}
