/**
 * The four built-in templates: valid data, a hint on every section, period-neutral wording (all
 * years via "{nam}", "{namSau}", "{ky}", "{kyToi}"), blanks only in square brackets, the header of
 * their issuer, shared section keys, and reports created from them that read correctly.
 */
import { describe, expect, it } from 'vitest'
import { fillPlaceholders, instantiate, parseTemplate, partyTermText, type Template } from '../../../core/templates'
import { Report } from '../../../core/model/schema'
import { findPlaceholder } from '../../../core/checks/placeholders'
import tongKetNamUbndPhuong from '../../../templates/tong-ket-nam.ubnd-phuong.json'
import soKet6ThangUbndPhuong from '../../../templates/so-ket-6-thang.ubnd-phuong.json'
import tongKetNamDangUyPhuong from '../../../templates/tong-ket-nam.dang-uy-phuong.json'
import soKet6ThangDangUyPhuong from '../../../templates/so-ket-6-thang.dang-uy-phuong.json'

type Side = 'state' | 'party'
type Kind = 'tong-ket-nam' | 'so-ket-6-thang'

interface Case {
  file: string
  data: unknown
  side: Side
  kind: Kind
  title: string
}

const CASES: Case[] = [
  {
    file: 'tong-ket-nam.ubnd-phuong',
    data: tongKetNamUbndPhuong,
    side: 'state',
    kind: 'tong-ket-nam',
    title: 'Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm {nam}; phương hướng, nhiệm vụ năm {namSau}',
  },
  {
    file: 'so-ket-6-thang.ubnd-phuong',
    data: soKet6ThangUbndPhuong,
    side: 'state',
    kind: 'so-ket-6-thang',
    title: 'Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh {ky}; nhiệm vụ, giải pháp trọng tâm {kyToi}',
  },
  {
    file: 'tong-ket-nam.dang-uy-phuong',
    data: tongKetNamDangUyPhuong,
    side: 'party',
    kind: 'tong-ket-nam',
    title: 'tổng kết công tác xây dựng Đảng và lãnh đạo thực hiện nhiệm vụ chính trị năm {nam}, phương hướng, nhiệm vụ năm {namSau}',
  },
  {
    file: 'so-ket-6-thang.dang-uy-phuong',
    data: soKet6ThangDangUyPhuong,
    side: 'party',
    kind: 'so-ket-6-thang',
    title: 'sơ kết công tác {ky}, phương hướng, nhiệm vụ {kyToi}',
  },
]

function caseOf(file: string): Case {
  const found = CASES.find((c) => c.file === file)
  if (!found) throw new Error(`no template ${file}`)
  return found
}

const HEADER: Record<Side, Record<string, unknown>> = {
  state: {
    profile: 'state',
    issuerKind: 'ubnd-phuong',
    symbol: 'BC-UBND',
    issuer: 'ỦY BAN NHÂN DÂN\nPHƯỜNG [TÊN PHƯỜNG]',
    parent: '',
    signer: { authority: 'TM', body: 'ỦY BAN NHÂN DÂN', headTitle: 'CHỦ TỊCH', title: 'CHỦ TỊCH' },
    archive: 'VT, VP',
    numbering: ['phan', 'roman', 'arabic', 'alpha'],
  },
  party: {
    profile: 'party',
    issuerKind: 'dang-uy-phuong',
    symbol: 'BC/ĐU',
    issuer: 'ĐẢNG ỦY PHƯỜNG [TÊN PHƯỜNG]',
    parent: 'ĐẢNG BỘ TỈNH [TÊN TỈNH]',
    signer: { authority: 'TM', body: 'ĐẢNG ỦY', headTitle: 'BÍ THƯ', title: 'BÍ THƯ' },
    archive: 'Văn phòng Đảng ủy',
    numbering: ['roman', 'arabic', 'alpha'],
  },
}

/** Indicator rows every template of the side must offer: key → unit. */
const ROWS: Record<Side, Record<string, string>> = {
  state: {
    'thu-ngan-sach': 'triệu đồng',
    'chi-ngan-sach': 'triệu đồng',
    'ho-so-dung-han': 'hồ sơ',
    'giao-quan': 'thanh niên',
    'ho-ngheo': '%',
    'bao-hiem-y-te': '%',
    'gia-dinh-van-hoa': '%',
    'viec-lam': 'lao động',
  },
  party: {
    'ket-nap-dang-vien': 'đảng viên',
    'chi-bo-hoan-thanh-xuat-sac': 'chi bộ',
    'to-chuc-dang-httnv': 'chi bộ',
    'dang-vien-httnv': 'đảng viên',
    'kiem-tra': 'cuộc',
    'giam-sat': 'cuộc',
  },
}

/** Topics shared by all four templates, under the same key (content is carried between reports by key). */
const SHARED_KEYS = [
  'mo-dau',
  'ket-qua',
  'quoc-phong-an-ninh',
  'phong-chong-tham-nhung',
  'danh-gia-chung',
  'ket-qua-noi-bat',
  'ton-tai-han-che',
  'nguyen-nhan',
  'bai-hoc-kinh-nghiem',
  'phuong-huong',
  'muc-tieu-tong-quat',
  'chi-tieu-ky-toi',
  'nhiem-vu-giai-phap',
  'nhiem-vu-quoc-phong-an-ninh',
  'kien-nghi',
]

const SECTION_FIELDS = new Set(['key', 'title', 'hint', 'starter', 'numbered', 'required', 'children'])
const ROW_FIELDS = new Set(['key', 'name', 'unit', 'kind', 'planWord', 'estimate', 'targetRate', 'plan', 'previous', 'hint'])
const PLACEHOLDERS = new Set(['{nam}', '{namSau}', '{ky}', '{kyToi}', '{nhiemKy}', '{coQuan}'])
/** How each standard row reads against its plan: key → kind, word for the plan. */
const KINDS: Record<string, [string, string]> = {
  'thu-ngan-sach': ['plan', 'dự toán'],
  'chi-ngan-sach': ['spending', 'dự toán'],
  'giai-ngan-dau-tu-cong': ['spending', 'kế hoạch vốn'],
  'ho-so-dung-han': ['count', 'tổng số'],
  'giao-quan': ['count', 'chỉ tiêu'],
  'ho-ngheo': ['lower', 'chỉ tiêu'],
  'ket-nap-dang-vien': ['count', 'chỉ tiêu'],
  'chi-bo-hoan-thanh-xuat-sac': ['count', 'tổng số'],
  'to-chuc-dang-httnv': ['count', 'tổng số'],
  'dang-vien-httnv': ['count', 'tổng số'],
}

interface RawSection {
  key: string
  title: string
  hint?: string
  starter?: string[]
  numbered?: boolean
  required?: boolean
  children?: RawSection[]
}

interface Node {
  section: RawSection
  depth: number
  path: string
}

function flatten(sections: RawSection[], depth = 0, parent = ''): Node[] {
  return sections.flatMap((section) => {
    const path = `${parent}/${section.key}`
    return [{ section, depth, path }, ...flatten(section.children ?? [], depth + 1, path)]
  })
}

const rawSections = (c: Case): RawSection[] => (c.data as { sections: RawSection[] }).sections
const nodes = (c: Case): Node[] => flatten(rawSections(c))
const byKey = (c: Case, key: string): RawSection | undefined => nodes(c).find((n) => n.section.key === key)?.section

/** Every string anywhere in a value, with its path. */
function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]]
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`))
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k))
  return []
}

/** The texts a clerk reads: section titles, hints and starters, indicator titles, names and hints, the trích yếu. */
function texts(c: Case): Array<[string, string]> {
  const data = c.data as Template
  const out: Array<[string, string]> = [['title', data.title]]
  for (const { section, path } of nodes(c)) {
    out.push([`${path} title`, section.title], [`${path} hint`, section.hint ?? ''])
    for (const [i, p] of (section.starter ?? []).entries()) out.push([`${path} starter[${i}]`, p])
  }
  for (const table of data.indicators) {
    out.push([`indicators.${table.key} title`, table.title])
    for (const row of table.rows) out.push([`row ${row.key} name`, row.name], [`row ${row.key} hint`, row.hint ?? ''])
  }
  return out
}

/** Sentences in a hint, not counting those inside a quoted example. */
function sentenceCount(text: string): number {
  const unquoted = text.replace(/“[^”]*”/gu, 'Q')
  return (unquoted.match(/[.!?](?=\s|$)/gu) ?? []).length
}

let counter = 0
const newId = (): string => `id-${++counter}`
const fromTemplate = (c: Case, year: number, half?: 1 | 2): Report =>
  instantiate(parseTemplate(c.data, c.file), { year, half, appVersion: '0.1.0', newId, now: new Date('2025-12-15T08:00:00Z') })

function reportSections(report: Report): Array<{ key: string; title: string; required: boolean }> {
  const walk = (list: Report['sections']): Array<{ key: string; title: string; required: boolean }> =>
    list.flatMap((s) => [{ key: s.key, title: s.title, required: s.required }, ...walk(s.children)])
  return walk(report.sections)
}

describe.each(CASES)('template $file', (c) => {
  const template = parseTemplate(c.data, c.file)

  it('parses, and its id matches the file name', () => {
    expect(template.id).toBe(c.file)
    expect(template.format).toBe('soan-bao-cao-template')
    expect(template.version).toBe(2)
    expect(template.reportKind).toBe(c.kind)
    expect(template.name.trim()).not.toBe('')
    expect(template.description.trim()).not.toBe('')
  })

  it('has only known fields in its sections and indicator rows (nothing silently dropped)', () => {
    for (const { section, path } of nodes(c)) {
      for (const field of Object.keys(section)) expect(SECTION_FIELDS.has(field), `${path}: ${field}`).toBe(true)
    }
    for (const table of (c.data as Template).indicators) {
      for (const row of table.rows) {
        for (const field of Object.keys(row)) expect(ROW_FIELDS.has(field), `${row.key}: ${field}`).toBe(true)
      }
    }
  })

  it('has the header of its issuer', () => {
    expect(template).toMatchObject(HEADER[c.side])
  })

  it('sends the report to bodies that exist after the 2025 reform', () => {
    const recipients = template.recipients
    expect(recipients.length).toBeGreaterThanOrEqual(4)
    for (const r of recipients) expect(r, r).not.toMatch(/quận|huyện|thị xã|thị ủy/iu)
    if (c.side === 'state') {
      expect(recipients.some((r) => r.startsWith('UBND tỉnh (thành phố)'))).toBe(true)
      expect(recipients).toContain('Thường trực Đảng ủy phường')
      expect(recipients).toContain('Thường trực HĐND phường')
    } else {
      expect(recipients.some((r) => r.startsWith('Ban Thường vụ Tỉnh ủy (Thành ủy)'))).toBe(true)
      expect(recipients.some((r) => r.startsWith('Các ban xây dựng Đảng Tỉnh ủy'))).toBe(true)
      expect(recipients).toContain('Các đồng chí Đảng ủy viên')
      expect(recipients).toContain('Các chi bộ trực thuộc')
    }
  })

  it('has the trích yếu of its report kind, with the period as placeholders', () => {
    expect(template.title).toBe(c.title)
  })

  it('opens with an unnumbered "Thực hiện …" paragraph', () => {
    const first = rawSections(c)[0]
    expect(first?.key).toBe('mo-dau')
    expect(first?.numbered).toBe(false)
    expect(first?.starter?.[0]).toMatch(/^Thực hiện Nghị quyết/u)
    // The congress's number is a blank; its term is computed from the period; the issuer is named as in a sentence.
    if (c.side === 'party') expect(first?.starter?.[0]).toContain('Nghị quyết Đại hội Đảng bộ phường lần thứ [số], nhiệm kỳ {nhiemKy}')
    else expect(first?.starter?.[0]).toContain('/NQ-HĐND')
    expect(first?.starter?.[0]).toContain('{coQuan} báo cáo')
    for (const s of rawSections(c).slice(1)) expect(s.numbered, s.key).not.toBe(false)
  })

  it('follows the outline of its side', () => {
    const top = rawSections(c).map((s) => s.key)
    expect(top).toEqual(['mo-dau', 'ket-qua', ...(c.side === 'party' ? ['danh-gia-chung'] : []), 'phuong-huong', 'kien-nghi'])
    const children = (key: string): string[] => (byKey(c, key)?.children ?? []).map((s) => s.key)
    if (c.side === 'state') {
      expect(children('ket-qua')).toEqual(['lanh-dao-chi-dao', 'chi-tieu-chu-yeu', 'cac-linh-vuc', 'danh-gia-chung'])
      expect(children('cac-linh-vuc')).toEqual([
        'kinh-te',
        'do-thi-moi-truong',
        'van-hoa-xa-hoi',
        'quoc-phong-an-ninh',
        'xay-dung-chinh-quyen',
      ])
      expect(children('kinh-te')).toEqual(['ngan-sach', 'thuong-mai-dich-vu', 'dau-tu-cong'])
      expect(children('van-hoa-xa-hoi')).toEqual(['van-hoa-the-thao', 'giao-duc', 'y-te', 'an-sinh'])
    } else {
      expect(children('ket-qua')).toEqual(['xay-dung-dang', 'kinh-te-xa-hoi', 'quoc-phong-an-ninh'])
      // a) to g): chính trị tư tưởng … đổi mới phương thức lãnh đạo
      expect(children('xay-dung-dang')).toEqual([
        'chinh-tri-tu-tuong',
        'to-chuc-can-bo',
        'kiem-tra-giam-sat',
        'dan-van',
        'lanh-dao-chinh-quyen',
        'phong-chong-tham-nhung',
        'doi-moi-phuong-thuc',
      ])
    }
    expect(children('danh-gia-chung')).toEqual(['ket-qua-noi-bat', 'ton-tai-han-che', 'nguyen-nhan', 'bai-hoc-kinh-nghiem'])
    expect(children('phuong-huong')).toEqual(['muc-tieu-tong-quat', 'chi-tieu-ky-toi', 'nhiem-vu-giai-phap'])
  })

  it('nests no deeper than its numbering styles', () => {
    for (const { section, depth, path } of nodes(c)) {
      if (section.numbered !== false) expect(depth, path).toBeLessThan(template.numbering.length)
    }
  })

  it('has unique section keys', () => {
    const keys = nodes(c).map((n) => n.section.key)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('has a hint of one to three sentences on every section, at every depth', () => {
    const all = nodes(c)
    expect(all.length).toBeGreaterThan(15)
    for (const { section, path } of all) {
      const hint = section.hint ?? ''
      expect(hint.trim(), path).not.toBe('')
      expect(hint, path).toMatch(/[.!?]$/u)
      const sentences = sentenceCount(hint)
      expect(sentences, `${path}: ${hint}`).toBeGreaterThanOrEqual(1)
      expect(sentences, `${path}: ${hint}`).toBeLessThanOrEqual(3)
    }
  })

  it('writes section titles in sentence case, without numbers or a final stop', () => {
    for (const { section, path } of nodes(c)) {
      const title = section.title
      expect(title.charAt(0), path).toBe(title.charAt(0).toLocaleUpperCase('vi'))
      expect(title, path).toMatch(/\p{Ll}/u)
      expect(title, path).not.toMatch(/^(?:[IVX]+[.-]|\d+[.-]|[a-zđ]\)|Phần\s)/u)
      expect(title, path).not.toMatch(/[.;:,]$/u)
    }
  })

  it('has starter paragraphs on at least six leaf sections', () => {
    const leavesWithStarter = nodes(c).filter(({ section }) => !section.children?.length && (section.starter?.length ?? 0) > 0)
    expect(leavesWithStarter.length).toBeGreaterThanOrEqual(6)
    for (const { section, path } of nodes(c)) {
      for (const p of section.starter ?? []) expect(p.trim(), path).not.toBe('')
    }
  })

  it('names no year, term or congress that depends on the period: each is computed from it or left blank', () => {
    for (const [where, text] of texts(c)) {
      expect(text, where).not.toMatch(/\d{4}/u)
      expect(text, where).not.toMatch(/lần thứ\s+[IVXLC]+\b|khóa\s+[IVXLC]+\b|nhiệm kỳ\s+(?!\{nhiemKy\})/u)
    }
  })

  it('uses only the known placeholders', () => {
    for (const [where, text] of texts(c)) {
      for (const m of text.matchAll(/\{[^}]*\}/gu)) expect(PLACEHOLDERS.has(m[0]), `${where}: ${m[0]}`).toBe(true)
    }
  })

  it(
    c.kind === 'so-ket-6-thang'
      ? 'names the periods with {ky} and {kyToi} in every title'
      : 'names the year and the next in the main parts',
    () => {
      if (c.kind === 'so-ket-6-thang') {
        expect(template.title).not.toMatch(/\{nam(?:Sau)?\}/u)
        for (const { section, path } of nodes(c)) expect(section.title, path).not.toMatch(/\{nam(?:Sau)?\}/u)
        expect(byKey(c, 'ket-qua')?.title).toContain('{ky}')
        expect(byKey(c, 'phuong-huong')?.title).toContain('{kyToi}')
      } else {
        expect(byKey(c, 'ket-qua')?.title).toContain('năm {nam}')
        expect(byKey(c, 'phuong-huong')?.title).toContain('năm {namSau}')
      }
    },
  )

  it('marks blanks only with square brackets, and the checks find each of them', () => {
    for (const [where, text] of [...texts(c), ...template.recipients.map((r): [string, string] => ['recipient', r])]) {
      expect(text, where).not.toMatch(/…|\.\.|_{2,}/u)
      expect(text, where).not.toMatch(/(?<![\p{L}\p{N}])\d*[xX]{2,}\d*(?![\p{L}\p{N}])/u)
      // Balanced, not nested, short enough to be flagged, never a bare number.
      const open = [...text].filter((ch) => ch === '[').length
      const blanks = [...text.matchAll(/\[([^[\]]*)\]/gu)]
      expect(blanks.length, where).toBe(open)
      expect([...text].filter((ch) => ch === ']').length, where).toBe(open)
      for (const b of blanks) {
        expect(b[1]?.trim().length ?? 0, `${where}: ${b[0]}`).toBeGreaterThan(0)
        expect(b[1]?.length ?? 0, `${where}: ${b[0]}`).toBeLessThanOrEqual(40)
        expect(b[1], `${where}: ${b[0]}`).not.toMatch(/^[\d\s,;–-]+$/u)
      }
    }
    for (const { section, path } of nodes(c)) {
      for (const p of section.starter ?? []) {
        let rest = p
        for (let guard = 0; rest.includes('['); guard++) {
          const hit = findPlaceholder(rest, 'prose')
          expect(hit, `${path}: ${rest}`).not.toBeNull()
          if (!hit || guard > 50) break
          expect(rest[hit.index], `${path}: ${rest}`).toBe('[')
          rest = rest.slice(rest.indexOf(']', hit.index) + 1)
        }
      }
    }
  })

  it('is in NFC everywhere', () => {
    for (const [where, text] of strings(c.data)) expect(text, where).toBe(text.normalize('NFC'))
  })

  it('capitalises "Đảng" for the Party and keeps administrative nouns lowercase', () => {
    const lowercaseDang = /(?<!tổ chức |tổ chức cơ sở |kỷ luật )đảng(?! viên)/u
    for (const [where, text] of [...texts(c), ...template.recipients.map((r): [string, string] => ['recipient', r])]) {
      expect(text, where).not.toMatch(lowercaseDang)
      expect(text, where).not.toMatch(/[\p{Ll},;]\s+(?:Phường|Tỉnh(?! ủy))/u)
      expect(text, where).not.toMatch(/[\p{Ll},;]\s+(?:Đảng Viên|Chi Bộ)/u)
    }
  })

  it('marks the main sections required and leaves the optional ones unmarked', () => {
    const required = nodes(c).filter((n) => n.section.required === true)
    expect(required.length).toBeGreaterThan(0)
    for (const key of ['ket-qua-noi-bat', 'ton-tai-han-che', 'muc-tieu-tong-quat', 'quoc-phong-an-ninh']) {
      expect(byKey(c, key)?.required, key).toBe(true)
    }
    for (const key of ['kien-nghi', 'bai-hoc-kinh-nghiem', 'mo-dau']) expect(byKey(c, key)?.required, key).toBeUndefined()
    // Results and the plan for the next period each hold required sections.
    for (const part of ['ket-qua', 'phuong-huong']) {
      expect(
        nodes(c).some((n) => n.path.startsWith(`/${part}/`) && n.section.required),
        part,
      ).toBe(true)
    }
    // Required marks sit on leaves: a parent's own text is optional.
    for (const { section, path } of required) expect(section.children ?? [], path).toEqual([])
  })

  it(`has one indicator table with the standard rows`, () => {
    expect(template.indicators).toHaveLength(1)
    const [table] = template.indicators
    if (!table) throw new Error('no indicator table')
    expect(table.columns).toBe(c.side)
    expect(table.title).toContain('{ky}')
    const rows = new Map(table.rows.map((r) => [r.key, r]))
    expect(rows.size).toBe(table.rows.length)
    for (const [key, unit] of Object.entries(ROWS[c.side])) {
      expect(rows.get(key)?.unit, key).toBe(unit)
    }
    for (const row of table.rows) {
      expect(row.plan, row.key).toBeNull()
      expect(row.previous, row.key).toBeNull()
      expect(row.hint?.trim() ?? '', row.key).not.toBe('')
      const [kind, word] = KINDS[row.key] ?? ['plan', '']
      expect(row.kind, row.key).toBe(kind)
      expect(row.planWord?.trim(), row.key).toBeTruthy()
      if (word !== '') expect(row.planWord, row.key).toBe(word)
    }
    if (c.side === 'state') {
      expect(rows.get('thu-ngan-sach')?.name).toBe('Thu ngân sách nhà nước trên địa bàn')
      expect(rows.get('gia-dinh-van-hoa')?.name).toContain('Gia đình văn hóa')
      expect(rows.get('ho-ngheo')?.kind).toBe('lower')
    } else {
      expect(rows.get('chi-bo-hoan-thanh-xuat-sac')?.name).toBe('Chi bộ hoàn thành xuất sắc nhiệm vụ')
      expect(rows.get('to-chuc-dang-httnv')?.name).toBe('Chi bộ hoàn thành tốt nhiệm vụ trở lên')
      expect(rows.get('dang-vien-httnv')?.name).toBe('Đảng viên hoàn thành tốt nhiệm vụ trở lên')
    }
  })
})

describe('reports created from the templates', () => {
  const tkUbnd = caseOf('tong-ket-nam.ubnd-phuong')
  const skUbnd = caseOf('so-ket-6-thang.ubnd-phuong')
  const tkDu = caseOf('tong-ket-nam.dang-uy-phuong')
  const skDu = caseOf('so-ket-6-thang.dang-uy-phuong')

  const created: Array<{ name: string; c: Case; report: Report; title: string; ky: string; kyToi: string }> = [
    {
      name: 'UBND, năm 2025',
      c: tkUbnd,
      report: fromTemplate(tkUbnd, 2025),
      title: 'Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2025; phương hướng, nhiệm vụ năm 2026',
      ky: 'năm 2025',
      kyToi: 'năm 2026',
    },
    {
      name: 'UBND, 6 tháng đầu năm 2026',
      c: skUbnd,
      report: fromTemplate(skUbnd, 2026, 1),
      title:
        'Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh 6 tháng đầu năm 2026; nhiệm vụ, giải pháp trọng tâm 6 tháng cuối năm 2026',
      ky: '6 tháng đầu năm 2026',
      kyToi: '6 tháng cuối năm 2026',
    },
    {
      name: 'UBND, 6 tháng cuối năm 2026',
      c: skUbnd,
      report: fromTemplate(skUbnd, 2026, 2),
      title:
        'Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh 6 tháng cuối năm 2026; nhiệm vụ, giải pháp trọng tâm 6 tháng đầu năm 2027',
      ky: '6 tháng cuối năm 2026',
      kyToi: '6 tháng đầu năm 2027',
    },
    {
      name: 'Đảng ủy, năm 2025',
      c: tkDu,
      report: fromTemplate(tkDu, 2025),
      title: 'tổng kết công tác xây dựng Đảng và lãnh đạo thực hiện nhiệm vụ chính trị năm 2025, phương hướng, nhiệm vụ năm 2026',
      ky: 'năm 2025',
      kyToi: 'năm 2026',
    },
    {
      name: 'Đảng ủy, 6 tháng đầu năm 2026',
      c: skDu,
      report: fromTemplate(skDu, 2026, 1),
      title: 'sơ kết công tác 6 tháng đầu năm 2026, phương hướng, nhiệm vụ 6 tháng cuối năm 2026',
      ky: '6 tháng đầu năm 2026',
      kyToi: '6 tháng cuối năm 2026',
    },
    {
      name: 'Đảng ủy, 6 tháng cuối năm 2026',
      c: skDu,
      report: fromTemplate(skDu, 2026, 2),
      title: 'sơ kết công tác 6 tháng cuối năm 2026, phương hướng, nhiệm vụ 6 tháng đầu năm 2027',
      ky: '6 tháng cuối năm 2026',
      kyToi: '6 tháng đầu năm 2027',
    },
  ]

  describe.each(created)('$name', ({ c, report, title, ky, kyToi }) => {
    it('is a valid report', () => {
      expect(() => Report.parse(report)).not.toThrow()
      expect(report.template).toEqual({ id: c.file, version: 2 })
      expect(report.meta.reportKind).toBe(c.kind)
    })

    it('has the trích yếu of the period, capitalised as its side requires', () => {
      expect(report.meta.title).toBe(title)
      const first = report.meta.title.charAt(0)
      if (c.side === 'party') expect(first).toBe(first.toLocaleLowerCase('vi'))
      else expect(first).toBe(first.toLocaleUpperCase('vi'))
      expect(first).toMatch(/\p{L}/u)
    })

    it('names the period in the results part and the next period in the plan', () => {
      const sections = reportSections(report)
      expect(sections.find((s) => s.key === 'ket-qua')?.title).toContain(ky)
      expect(sections.find((s) => s.key === 'phuong-huong')?.title).toContain(kyToi)
      expect(report.indicators[0]?.title).toContain(ky)
    })

    it('has no placeholder left anywhere', () => {
      for (const [where, text] of strings(report)) {
        expect(text, where).not.toMatch(/[{}]/u)
        expect(text, where).toBe(text.normalize('NFC'))
      }
    })

    it('has the required marks and the indicator rows of the template', () => {
      expect(reportSections(report).some((s) => s.required)).toBe(true)
      const keys = report.indicators.flatMap((t) => t.rows.map((r) => r.key))
      for (const key of Object.keys(ROWS[c.side])) expect(keys).toContain(key)
      for (const row of report.indicators.flatMap((t) => t.rows)) {
        expect(row.actual).toBeNull()
        expect(row.plan).toBeNull()
      }
    })

    it('starts the content of sections with a starter, leaves the others empty', () => {
      const leaves = (list: Report['sections']): Report['sections'] => list.flatMap((s) => (s.children.length ? leaves(s.children) : [s]))
      const filled = leaves(report.sections).filter((s) => s.content !== null)
      expect(filled.length).toBeGreaterThanOrEqual(6)
    })
  })
})

describe('the four templates together', () => {
  it.each(SHARED_KEYS)('all use the key %s', (key) => {
    for (const c of CASES) expect(byKey(c, key), `${c.file}: ${key}`).toBeDefined()
  })

  it('give the same topic the same parent in all four', () => {
    const pathOf = (c: Case, key: string): string | undefined => nodes(c).find((n) => n.section.key === key)?.path
    for (const key of [
      'ket-qua-noi-bat',
      'ton-tai-han-che',
      'nguyen-nhan',
      'bai-hoc-kinh-nghiem',
      'muc-tieu-tong-quat',
      'chi-tieu-ky-toi',
      'nhiem-vu-quoc-phong-an-ninh',
    ]) {
      const paths = new Set(CASES.map((c) => pathOf(c, key)?.replace(/^\/ket-qua(?=\/danh-gia-chung)/u, '')))
      expect([...paths], key).toHaveLength(1)
    }
  })

  it.each([
    ['state', caseOf('tong-ket-nam.ubnd-phuong'), caseOf('so-ket-6-thang.ubnd-phuong')],
    ['party', caseOf('tong-ket-nam.dang-uy-phuong'), caseOf('so-ket-6-thang.dang-uy-phuong')],
  ] as const)('match the mid-year review to the year-end report section by section (%s)', (_side, yearEnd, midYear) => {
    expect(nodes(midYear).map((n) => n.path)).toEqual(nodes(yearEnd).map((n) => n.path))
    expect(nodes(midYear).map((n) => n.section.numbered)).toEqual(nodes(yearEnd).map((n) => n.section.numbered))
    const rowKeys = (c: Case): string[] => (c.data as Template).indicators.flatMap((t) => [t.key, ...t.rows.map((r) => r.key)])
    expect(rowKeys(midYear)).toEqual(rowKeys(yearEnd))
  })

  it('have distinct ids', () => {
    expect(new Set(CASES.map((c) => parseTemplate(c.data).id)).size).toBe(CASES.length)
  })
})

describe('the Party congress term in starter text, from the period', () => {
  it('is 2020 - 2025 until the congress of 2025 and 2025 - 2030 after it; a blank when the period cannot tell', () => {
    expect(partyTermText({ kind: 'year', year: 2021 })).toBe('2020 - 2025')
    expect(partyTermText({ kind: 'half', year: 2024, half: 1 })).toBe('2020 - 2025')
    // The ward congresses of 2025 met in the first half: its mid-year report may fall on either side.
    expect(partyTermText({ kind: 'half', year: 2025, half: 1 })).toBeNull()
    expect(partyTermText({ kind: 'year', year: 2025 })).toBe('2025 - 2030')
    expect(partyTermText({ kind: 'year', year: 2026 })).toBe('2025 - 2030')
  })

  it('writes the term or a blank into the sentence, never a year that does not fit', () => {
    const starter = 'Thực hiện Nghị quyết Đại hội Đảng bộ phường lần thứ [số], nhiệm kỳ {nhiemKy}'
    expect(fillPlaceholders(starter, { kind: 'year', year: 2021 })).toMatch(/lần thứ \[số\], nhiệm kỳ 2020 - 2025$/u)
    expect(fillPlaceholders(starter, { kind: 'half', year: 2025, half: 1 })).toMatch(/nhiệm kỳ \[nhiệm kỳ\]$/u)
  })
})
