/**
 * A valid state-side year-end report for tests: UBND phường Phú Xuân, year 2025, two levels of
 * sections with text. Pass overrides to vary it; the result is checked with `Report.parse`, so a
 * fixture that drifts from the schema fails loudly.
 */
import { Report, SCHEMA_VERSION, type Meta, type Section } from '../../../core/model/schema'
import type { Problem } from '../../../core/checks/problem'
import { problemText } from '../../../core/i18n/words'
import { coreTranslate } from '../../../core/i18n'
import { contentFromParagraphs } from '../../../core/model/lexical'

/** Top-level fields to replace, with `meta` and `meta.signer` merged field by field. */
export interface ReportOverrides extends Partial<Omit<Report, 'meta'>> {
  meta?: Partial<Omit<Meta, 'signer'>> & { signer?: Partial<Meta['signer']> }
}

/** A leaf section with the given paragraphs (none gives `content: null`). */
export function makeSection(id: string, title: string, paragraphs: string[] = [], children: Section[] = []): Section {
  return {
    id,
    needsUpdate: false,
    required: false,
    key: id,
    title,
    hint: '',
    numbered: true,
    content: paragraphs.length > 0 ? contentFromParagraphs(paragraphs) : null,
    children,
  }
}

function defaultSections(): Section[] {
  return [
    makeSection(
      's1',
      'Kết quả thực hiện nhiệm vụ năm 2025',
      [],
      [
        makeSection('s1-1', 'Công tác lãnh đạo, chỉ đạo, điều hành', [
          'Ủy ban nhân dân phường ban hành 12 kế hoạch, tổ chức 24 cuộc họp giao ban.',
        ]),
        makeSection('s1-2', 'Kết quả thực hiện các chỉ tiêu chủ yếu', [
          'Hoàn thành 12/12 chỉ tiêu; thu ngân sách ước đạt 21 tỷ đồng, đạt 165,65% dự toán.',
          'Tiếp nhận 8.833 hồ sơ, giải quyết đúng và trước hạn 8.743 hồ sơ (đạt 98,98%).',
        ]),
      ],
    ),
    makeSection(
      's2',
      'Phương hướng, nhiệm vụ năm 2026',
      [],
      [makeSection('s2-1', 'Nhiệm vụ trọng tâm', ['Tập trung cải cách hành chính, chuyển đổi số.'])],
    ),
  ]
}

/** A valid report; `overrides` replace top-level fields and merge into `meta` and `meta.signer`. */
export function makeReport(overrides: ReportOverrides = {}): Report {
  const { meta: metaOverrides = {}, ...rest } = overrides
  const { signer: signerOverrides = {}, ...metaRest } = metaOverrides
  return Report.parse({
    format: 'soan-bao-cao',
    schemaVersion: SCHEMA_VERSION,
    proofing: { ignored: [] },
    appVersion: '0.1.0',
    savedAt: '2025-12-15T08:00:00.000Z',
    template: { id: 'tong-ket-nam.ubnd-phuong', version: 1 },
    profile: 'state',
    numbering: ['phan', 'roman', 'arabic', 'alpha'],
    sections: defaultSections(),
    indicators: [],
    layout: {},
    ...rest,
    meta: {
      issuerKind: 'ubnd-phuong',
      parent: '',
      issuer: 'ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ XUÂN',
      place: 'Phú Xuân',
      number: '05',
      symbol: 'BC-UBND',
      date: '2025-12-15',
      period: { kind: 'year', year: 2025 },
      reportKind: 'tong-ket-nam',
      title: 'Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2025; phương hướng, nhiệm vụ năm 2026',
      kinhGui: [],
      recipients: ['UBND thành phố Huế', 'Thường trực Đảng ủy phường'],
      archive: 'VT, VP',
      drafter: 'PL',
      copies: 10,
      ...metaRest,
      signer: {
        authority: 'TM',
        body: 'ỦY BAN NHÂN DÂN',
        headTitle: 'CHỦ TỊCH',
        title: 'CHỦ TỊCH',
        name: 'Nguyễn Văn An',
        ...signerOverrides,
      },
    },
  })
}

/** Problems as a reader sees them: each one's message in `lng`, instead of its parameters. */
export function worded(
  problems: readonly Problem[],
  lng: 'vi' | 'en' = 'vi',
): Array<{ code: Problem['code']; severity: Problem['severity']; target?: string; message: string }> {
  return problems.map(({ params: _params, ...rest }, i) => ({ ...rest, message: problemText(problems[i] as Problem, coreTranslate(lng)) }))
}
