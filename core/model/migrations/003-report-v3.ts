/**
 * v2 → v3 (app 0.2.0): values are kept as the clerk typed them, and indicator rows say how they
 * read against their plan.
 *
 * - The issue date may hold the text of a date that does not exist yet ("31/02/2026"), and the
 *   number of copies and the indicator figures may hold text that is not a number yet; the checks
 *   report both. Every v2 value is already a valid v3 value for these.
 * - Each indicator row gets a kind, the word for its plan, an estimate mark and a target rate in
 *   place of v2's "more or less is better": a row where less was better stays so; spending (chi
 *   ngân sách, giải ngân) is no longer "Không đạt" below 100 %; a count on a Party table (kết nạp
 *   đảng viên, số cuộc kiểm tra) is written "03/08 đảng viên"; every other row is a result against
 *   its plan. v2 wrote every result as an estimate ("ước đạt"); counts become final.
 *
 * The step reads only the row itself, never a template: templates may have changed since.
 *
 * v3 also remembers the proofreading notes the clerk ignored ("Bỏ qua", "Bỏ qua tất cả"); a v2
 * report had none. v3 files written before these fields existed read as having none too (see
 * {@link upgradeIndicatorTable} and the schema's defaults).
 */
import type { Migration } from './index'

type Json = Record<string, unknown>

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

// Units that are not counts of things: money, measures, shares.
const NOT_COUNTED = /%|‰|đồng|usd|\bha\b|m2|m²|m3|km|tấn|kg|lít|tỷ|triệu|nghìn/iu

function v3Row(row: Json, partyTable: boolean): Json {
  if ('kind' in row) return row
  const name = typeof row.name === 'string' ? row.name.toLocaleLowerCase('vi') : ''
  const unit = typeof row.unit === 'string' ? row.unit.trim() : ''
  const { direction, ...rest } = row
  let kind = 'plan'
  if (direction === 'lower') kind = 'lower'
  else if (/^(chi ngân sách|chi thường xuyên|chi đầu tư|giải ngân)/u.test(name)) kind = 'spending'
  else if (partyTable && unit !== '' && !NOT_COUNTED.test(unit)) kind = 'count'
  let planWord = partyTable ? 'chỉ tiêu' : 'kế hoạch'
  if (/ngân sách/u.test(name)) planWord = 'dự toán'
  else if (kind === 'spending') planWord = 'kế hoạch vốn'
  return { ...rest, kind, planWord, estimate: kind !== 'count', targetRate: null }
}

/** A table whose rows lack v3's fields, with them (rows that have them are left as they are). */
export function upgradeIndicatorTable(table: unknown): unknown {
  if (!isRecord(table) || !Array.isArray(table.rows)) return table
  const party = table.columns === 'party'
  return { ...table, rows: table.rows.map((row: unknown) => (isRecord(row) ? v3Row(row, party) : row)) }
}

export const reportV3: Migration = {
  from: 2,
  up: (data) => ({
    ...data,
    indicators: Array.isArray(data.indicators) ? data.indicators.map(upgradeIndicatorTable) : data.indicators,
    proofing: { ignored: [] },
  }),
}
