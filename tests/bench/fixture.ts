/**
 * Deterministic benchmark reports built from the Vietnamese news samples in
 * tests/fixtures/news: the same seed gives the same report, byte for byte, on every run.
 *
 * A report of `pages` pages holds about 800 words of prose per page (80,000 words of report prose
 * print as 100 A4 pages at 13 pt), spread over 0.6 sections per page with I./1./a) numbering,
 * one 20 × 6 table per 10 pages, bulleted and numbered lists, bold and italic runs, and one
 * indicator table per 50 pages. Section content is Lexical 0.52's serialized JSON, exactly as the
 * editor writes it (see {@link lexicalRoundTrip} in lexical-check.ts).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Report, SCHEMA_VERSION, type IndicatorKind, type IndicatorRow, type IndicatorTable, type Section } from '../../core/model/schema'
import {
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
} from '../../core/model/lexical'
import { countWords } from '../../core/nodes/plain-text'
import { NEWS_DIR } from '../support/samples'
import { seededRandom } from '../support/random'

export const SAMPLES_DIR = NEWS_DIR

/** Words of prose per printed A4 page at 13 pt. */
export const WORDS_PER_PAGE = 800

export interface FixtureStats {
  pages: number
  words: number
  sections: number
  tables: number
  lists: number
  indicatorRows: number
  bytes: number
}

export interface Fixture {
  name: string
  report: Report
  stats: FixtureStats
}

class Picker {
  constructor(private readonly random: () => number) {}

  next(): number {
    return this.random()
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1))
  }

  chance(p: number): boolean {
    return this.random() < p
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.random() * items.length)]
    if (item === undefined) throw new Error('pick from an empty list')
    return item
  }
}

/** Sentences of the prose paragraphs of the news samples (not their menus and footers), NFC. */
export function loadSentences(dir: string = SAMPLES_DIR): string[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
  const sentences: string[] = []
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8').normalize('NFC')
    for (const line of text.split('\n')) {
      if (countWords(line) < 15) continue
      for (const sentence of line.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
        const trimmed = sentence.replace(/\s+/gu, ' ').trim()
        if (countWords(trimmed) >= 6) sentences.push(trimmed)
      }
    }
  }
  if (sentences.length < 50) throw new Error(`Too few sentences in ${dir}`)
  return sentences
}

// ---- Lexical 0.52 serialized nodes ---------------------------------------------------------------

const FORMAT_BOLD = 1
const FORMAT_ITALIC = 2

interface Run {
  text: string
  format: number
}

function runNode(run: Run): Json {
  return textNode(run.text, marksOf(run.format))
}

/** Adjacent runs of the same format are one text node, as Lexical normalizes them. */
function mergeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = []
  for (const run of runs) {
    if (run.text === '') continue
    const last = out.at(-1)
    if (last && last.format === run.format) last.text += run.text
    else out.push({ ...run })
  }
  return out
}

function paragraph(runs: readonly Run[]): Json {
  const merged = mergeRuns(runs)
  // Lexical records the format of the first text as the paragraph's own.
  return paragraphNode(merged.map(runNode), { textMarks: marksOf(merged[0]?.format ?? 0) })
}

function list(kind: 'bullet' | 'number', items: readonly (readonly Run[])[]): Json {
  return listNode(
    kind,
    items.map((runs, i) => listItemNode(mergeRuns(runs).map(runNode), i + 1)),
  )
}

function table(rows: readonly (readonly string[])[]): Json {
  return tableNode(
    rows.map((cells, r) => tableRowNode(cells.map((text) => tableCellNode([paragraph([{ text, format: 0 }])], { header: r === 0 })))),
  )
}

// ---- text ---------------------------------------------------------------------------------------

const WARDS = ['Phú Xuân', 'Tân Chính', 'Thanh Khê Tây', 'Tân Lập', 'An Hải', 'Hòa Cường', 'Vĩnh Ninh', 'Thuận Hòa']

const TOPICS = [
  'Công tác lãnh đạo, chỉ đạo, điều hành',
  'Phát triển kinh tế, thu ngân sách',
  'Quản lý đô thị, đất đai, môi trường',
  'Văn hóa, xã hội, an sinh xã hội',
  'Giáo dục, y tế, dân số',
  'Quốc phòng, an ninh, trật tự an toàn xã hội',
  'Cải cách hành chính, chuyển đổi số',
  'Công tác xây dựng Đảng',
  'Công tác dân vận, Mặt trận và các đoàn thể',
  'Thi đua, khen thưởng',
  'Tồn tại, hạn chế và nguyên nhân',
  'Phương hướng, nhiệm vụ năm tới',
]

const SUBTOPICS = [
  'Kết quả đạt được',
  'Công tác tuyên truyền',
  'Công tác kiểm tra, giám sát',
  'Tiếp nhận và giải quyết hồ sơ',
  'Phòng, chống dịch bệnh',
  'Chăm lo gia đình chính sách',
  'Xây dựng nông thôn mới, đô thị văn minh',
  'Giải pháp trọng tâm',
  'Đề xuất, kiến nghị',
]

const TABLE_HEADER = ['STT', 'Nội dung', 'Đơn vị tính', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ (%)']

const INDICATORS: readonly (readonly [string, string, IndicatorKind])[] = [
  ['Thu ngân sách nhà nước trên địa bàn', 'triệu đồng', 'plan'],
  ['Tỷ lệ hộ nghèo', '%', 'lower'],
  ['Số lao động được giải quyết việc làm', 'người', 'plan'],
  ['Tỷ lệ hồ sơ giải quyết đúng hạn', '%', 'plan'],
  ['Số vụ tai nạn giao thông', 'vụ', 'lower'],
  ['Tỷ lệ người dân tham gia bảo hiểm y tế', '%', 'plan'],
  ['Số hộ gia đình văn hóa', 'hộ', 'plan'],
  ['Số đảng viên mới được kết nạp', 'đảng viên', 'plan'],
  ['Tỷ lệ trẻ em trong độ tuổi đến trường', '%', 'plan'],
  ['Số vụ phạm pháp hình sự', 'vụ', 'lower'],
]

/**
 * Varies the figures and the ward names of a sentence so that repeats are not identical. Years
 * move to the report's period, and dates, "COVID-19" and the like stay as they are.
 */
function vary(sentence: string, pick: Picker): string {
  let out = sentence.replace(/\d+(?:,\d+)?/g, (digits, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? ' '
    const after = whole[offset + digits.length] ?? ' '
    if (before === '/' || before === '-' || after === '/' || after === '-') return digits
    const number = Number(digits.replace(',', '.'))
    if (Number.isInteger(number) && number >= 2019 && number <= 2023) return String(number + 4)
    if (digits.includes(',')) return `${pick.int(1, 99)},${pick.int(1, 99)}`
    return String(pick.int(1, 10 ** Math.min(4, digits.length) - 1)).padStart(digits.length, '0')
  })
  for (const ward of WARDS) {
    if (out.includes(ward)) out = out.replaceAll(ward, pick.pick(WARDS))
  }
  return out
}

class TextSource {
  private order: number[] = []
  private cursor = 0

  constructor(
    private readonly sentences: readonly string[],
    private readonly pick: Picker,
  ) {}

  /** The next sentence of a shuffled deck, reshuffled when used up. */
  sentence(): string {
    if (this.cursor >= this.order.length) {
      this.order = this.sentences.map((_, i) => i)
      for (let i = this.order.length - 1; i > 0; i--) {
        const j = Math.floor(this.pick.next() * (i + 1))
        const a = this.order[i] ?? 0
        this.order[i] = this.order[j] ?? 0
        this.order[j] = a
      }
      this.cursor = 0
    }
    return vary(this.sentences[this.order[this.cursor++] ?? 0] ?? '', this.pick)
  }

  /** Runs of one paragraph of about `words` words: some lead phrases bold, some sentences italic. */
  paragraph(words: number): { runs: Run[]; words: number } {
    const runs: Run[] = []
    let count = 0
    while (count < words) {
      const sentence = this.sentence()
      const lead = sentence.indexOf(', ')
      if (runs.length > 0) runs.push({ text: ' ', format: 0 })
      if (lead > 0 && lead < 60 && this.pick.chance(0.15)) {
        runs.push({ text: sentence.slice(0, lead + 1), format: FORMAT_BOLD })
        runs.push({ text: sentence.slice(lead + 1), format: 0 })
      } else if (this.pick.chance(0.06)) {
        runs.push({ text: sentence, format: this.pick.chance(0.25) ? FORMAT_BOLD | FORMAT_ITALIC : FORMAT_ITALIC })
      } else {
        runs.push({ text: sentence, format: 0 })
      }
      count += countWords(sentence)
    }
    return { runs, words: count }
  }

  /** A short list item: one sentence, cut at its first clause when long. */
  item(): Run[] {
    const sentence = this.sentence()
    const cut = sentence.indexOf('; ')
    return [{ text: cut > 20 ? `${sentence.slice(0, cut)};` : sentence, format: 0 }]
  }
}

// ---- the report ---------------------------------------------------------------------------------

interface Plan {
  section: Section
  /** Words of prose this section's content should hold. */
  words: number
  table: boolean
  list: 'bullet' | 'number' | null
}

function section(id: string, title: string, children: Section[] = [], numbered = true): Section {
  return { id, needsUpdate: false, required: false, key: id, title, hint: '', numbered, content: null, children }
}

/** Ten sections per Roman heading: I. with 1. 2. 3., where 1. and 2. have a) b) c). */
function sectionTree(romans: number, pick: Picker): { tree: Section[]; all: Section[] } {
  const all: Section[] = []
  const tree: Section[] = []
  const opening = section('mo-dau', 'Mở đầu', [], false)
  tree.push(opening)
  all.push(opening)
  let n = 0
  const id = (): string => `s${String(++n).padStart(3, '0')}`
  for (let r = 0; r < romans; r++) {
    const top = section(id(), TOPICS[r % TOPICS.length] ?? 'Nội dung')
    all.push(top)
    for (let a = 0; a < 3; a++) {
      const middle = section(id(), pick.pick(SUBTOPICS))
      all.push(middle)
      if (a < 2) {
        for (let b = 0; b < 3; b++) {
          const leaf = section(id(), pick.pick(SUBTOPICS))
          all.push(leaf)
          middle.children.push(leaf)
        }
      }
      top.children.push(middle)
    }
    tree.push(top)
  }
  return { tree, all }
}

function tableRows(pick: Picker, source: TextSource): string[][] {
  const rows: string[][] = [TABLE_HEADER]
  for (let i = 1; i < 20; i++) {
    const name = source.item()[0]?.text ?? ''
    const plan = pick.int(10, 5000)
    const actual = Math.round(plan * (0.7 + pick.next() * 0.6))
    rows.push([
      String(i),
      name.length > 80 ? `${name.slice(0, name.lastIndexOf(' ', 80))}` : name,
      pick.pick(['hồ sơ', 'hộ', 'người', 'triệu đồng', 'cuộc']),
      String(plan),
      String(actual),
      ((actual / plan) * 100).toFixed(1).replace('.', ','),
    ])
  }
  return rows
}

function indicatorTable(index: number, pick: Picker): IndicatorTable {
  const rows: IndicatorRow[] = []
  for (let i = 0; i < 15; i++) {
    const [name, unit, kind] = INDICATORS[(i + index) % INDICATORS.length] ?? ['Chỉ tiêu', '%', 'plan']
    const plan = unit === '%' ? pick.int(50, 99) : pick.int(10, 9000)
    rows.push({
      id: `ind-${index}-${i}`,
      key: '',
      name,
      unit,
      kind,
      planWord: 'kế hoạch',
      plan,
      actual: Math.round(plan * (0.8 + pick.next() * 0.4)),
      previous: Math.round(plan * (0.7 + pick.next() * 0.4)),
      estimate: true,
      targetRate: null,
      note: '',
    })
  }
  return { id: `ind-${index}`, key: '', title: `Các chỉ tiêu chủ yếu nhóm ${index + 1}`, columns: 'state', rows }
}

function sumWords(runs: readonly Run[]): number {
  return runs.reduce((n, r) => n + countWords(r.text), 0)
}

/**
 * A valid v2 report of about `pages` A4 pages. The same `pages` and `seed` give the same report.
 * `Report.parse` validates it, so a fixture that drifts from the schema fails loudly.
 */
export function makeFixture(pages: number, seed = 20251215, sentences: readonly string[] = loadSentences()): Fixture {
  const pick = new Picker(seededRandom(seed + pages))
  const source = new TextSource(sentences, pick)
  const romans = Math.max(1, Math.round(pages * 0.06))
  const { tree, all } = sectionTree(romans, pick)
  const tables = Math.max(1, Math.round(pages / 10))

  // Leaves carry the prose; headings with children get a short lead paragraph now and then.
  const plans: Plan[] = all.map((s) => ({ section: s, words: 0, table: false, list: null }))
  const leaves = plans.filter((p) => p.section.children.length === 0)
  const parents = plans.filter((p) => p.section.children.length > 0)
  const targetWords = pages * WORDS_PER_PAGE
  const parentWords = 60
  for (const p of parents) p.words = pick.chance(0.5) ? parentWords : 0
  const leafWords = Math.max(50, Math.round((targetWords - parents.reduce((n, p) => n + p.words, 0)) / leaves.length))
  for (const p of leaves) p.words = leafWords
  for (let i = 0; i < tables; i++) {
    const plan = leaves[Math.floor(((i + 0.5) * leaves.length) / tables)]
    if (plan) plan.table = true
  }
  leaves.forEach((p, i) => {
    if (i % 4 === 1) p.list = 'bullet'
    else if (i % 5 === 3) p.list = 'number'
  })

  let words = 0
  let lists = 0
  let tableCount = 0
  for (const plan of plans) {
    if (plan.words === 0) continue
    const blocks: Json[] = []
    let written = 0
    const listAt = plan.list ? Math.floor(plan.words * 0.4) : -1
    const tableAt = plan.table ? Math.floor(plan.words * 0.7) : -1
    let listDone = false
    let tableDone = false
    while (written < plan.words) {
      const paragraphWords = Math.min(plan.words - written, pick.int(70, 180))
      const { runs, words: w } = source.paragraph(paragraphWords)
      blocks.push(paragraph(runs))
      written += w
      if (plan.list && !listDone && written >= listAt) {
        const items = Array.from({ length: pick.int(3, 6) }, () => source.item())
        blocks.push(list(plan.list, items))
        written += items.reduce((n, runs) => n + sumWords(runs), 0)
        listDone = true
        lists++
      }
      if (plan.table && !tableDone && written >= tableAt) {
        const rows = tableRows(pick, source)
        blocks.push(paragraph([{ text: `Bảng ${tableCount + 1}. Kết quả thực hiện một số chỉ tiêu`, format: FORMAT_BOLD }]))
        blocks.push(table(rows))
        tableDone = true
        tableCount++
      }
    }
    words += written
    plan.section.content = contentOf(blocks)
  }

  const ward = 'Phú Xuân'
  const report = Report.parse({
    format: 'soan-bao-cao',
    schemaVersion: SCHEMA_VERSION,
    proofing: { ignored: [] },
    appVersion: '0.1.0',
    savedAt: '2025-12-15T08:00:00.000Z',
    template: { id: 'tong-ket-nam.ubnd-phuong', version: 1 },
    profile: 'state',
    numbering: ['roman', 'arabic', 'alpha'],
    meta: {
      issuerKind: 'ubnd-phuong',
      parent: '',
      issuer: `ỦY BAN NHÂN DÂN\nPHƯỜNG ${ward.toUpperCase()}`,
      place: ward,
      number: '05',
      symbol: 'BC-UBND',
      date: '2025-12-15',
      period: { kind: 'year', year: 2025 },
      reportKind: 'tong-ket-nam',
      title: 'Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2025; phương hướng, nhiệm vụ năm 2026',
      kinhGui: [],
      signer: { authority: 'TM', body: 'ỦY BAN NHÂN DÂN', headTitle: 'CHỦ TỊCH', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
      recipients: ['UBND thành phố Huế', 'Thường trực Đảng ủy phường', 'Thường trực HĐND phường'],
      archive: 'VT, VP',
      drafter: 'PL',
      copies: 10,
    },
    sections: tree,
    indicators: Array.from({ length: Math.max(1, Math.round(pages / 50)) }, (_, i) => indicatorTable(i, pick)),
    layout: {},
  })
  const stats: FixtureStats = {
    pages,
    words,
    sections: all.length,
    tables: tableCount,
    lists,
    indicatorRows: report.indicators.reduce((n, t) => n + t.rows.length, 0),
    bytes: Buffer.byteLength(JSON.stringify(report, null, 2)),
  }
  return { name: `${pages}p`, report, stats }
}

/** Every section, depth first. */
export function flatSections(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flatSections(s.children)])
}
