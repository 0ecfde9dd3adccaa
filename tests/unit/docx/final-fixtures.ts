/**
 * Final copies as offices sign them, for the exporter tests (the Word validator, the renumbering):
 * a number and a date left blank for the văn thư, empty sections and rows without figures left
 * out, several indicator tables with every kind of row, a Party report under HD 05-HD/VPTW, and the
 * drafts of the four templates.
 */
import type { IndicatorKind, IndicatorRow, IndicatorTable, Report, Section } from '../../../core/model/schema'
import { renderedCases, TEMPLATE_IDS, templateReport } from './fixtures'

/** A report a test exports, final or draft. */
export interface ExportCase {
  name: string
  report: Report
  draft: boolean
}

/** An indicator row of a kind with its figures (null for a blank cell). */
export function row(
  id: string,
  kind: IndicatorKind,
  name: string,
  unit: string,
  figures: { plan?: number | null; actual?: number | null; previous?: number | null; targetRate?: number | null },
  planWord = 'kế hoạch',
  estimate = false,
): IndicatorRow {
  return {
    id,
    key: '',
    name,
    unit,
    kind,
    planWord,
    plan: figures.plan ?? null,
    actual: figures.actual ?? null,
    previous: figures.previous ?? null,
    estimate,
    targetRate: figures.targetRate ?? null,
    note: '',
  }
}

/** The Party report's own counts, as the ward reports write them (issue 14). */
export function partyCounts(): IndicatorTable {
  return {
    id: 'party-counts',
    key: '',
    title: 'Kết quả công tác xây dựng Đảng',
    columns: 'party',
    rows: [
      row('xuat-sac', 'count', 'Chi bộ hoàn thành xuất sắc nhiệm vụ', 'chi bộ', { plan: 16, actual: 2 }, 'tổng số'),
      row('ket-nap', 'count', 'Kết nạp đảng viên mới', 'đảng viên', { plan: 8, actual: 3, targetRate: 100 }, 'chỉ tiêu'),
      row('kiem-tra', 'count', 'Số cuộc kiểm tra, giám sát', 'cuộc', {}, 'chỉ tiêu'),
    ],
  }
}

/** A state table with a row of every other kind. */
export function stateKinds(): IndicatorTable {
  return {
    id: 'state-kinds',
    key: '',
    title: 'Thu, chi ngân sách và an sinh xã hội',
    columns: 'state',
    rows: [
      row(
        'thu',
        'plan',
        'Thu ngân sách nhà nước trên địa bàn',
        'triệu đồng',
        { plan: 12500, actual: 14050, previous: 12510 },
        'dự toán',
        true,
      ),
      row('chi', 'spending', 'Chi ngân sách', 'triệu đồng', { plan: 9000, actual: 8703 }, 'dự toán'),
      row('ngheo', 'lower', 'Tỷ lệ hộ nghèo', '%', { plan: 1.2, actual: 0.9, previous: 1.4 }, 'chỉ tiêu'),
      row('dan-so', 'plain', 'Dân số trung bình', 'người', { actual: 21340, previous: 21005 }),
      row('trong', 'plan', 'Chỉ tiêu chưa có số liệu', 'hồ sơ', {}),
    ],
  }
}

/** `sections` with the content of every section whose title matches `pattern` emptied. */
export function emptied(sections: readonly Section[], pattern: RegExp): Section[] {
  return sections.map((s) => ({
    ...s,
    content: pattern.test(s.title) ? null : s.content,
    children: emptied(s.children, pattern),
  }))
}

/** Every report the exporter tests export: the rendered cases, the final copies above, the drafts. */
export function exportCases(): ExportCase[] {
  const state = templateReport('tong-ket-nam.ubnd-phuong')
  const party = templateReport('tong-ket-nam.dang-uy-phuong')
  return [
    ...renderedCases().map(({ name, report }) => ({ name, report, draft: false })),
    { name: 'blank-number-date.state', report: templateReport('tong-ket-nam.ubnd-phuong', { number: '', date: null }), draft: false },
    { name: 'blank-number-date.party', report: templateReport('tong-ket-nam.dang-uy-phuong', { number: '', date: null }), draft: false },
    {
      name: 'left-out.state',
      report: { ...state, sections: emptied(state.sections, /kinh nghiệm|hạn chế/iu), indicators: [...state.indicators, stateKinds()] },
      draft: false,
    },
    {
      name: 'several-tables.party-hd05',
      report: {
        ...party,
        meta: { ...party.meta, date: '2026-12-15' },
        indicators: [...party.indicators, partyCounts(), { ...stateKinds(), id: 'empty', title: 'Bảng không có số liệu', rows: [] }],
      },
      draft: false,
    },
    ...TEMPLATE_IDS.map((id) => ({ name: `draft.${id}`, report: templateReport(id, { number: '', date: null }), draft: true })),
  ]
}
