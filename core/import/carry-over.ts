/**
 * Start a report from an earlier one (spec §4.2, §4.5):
 *
 * - a year-end report from the same year's mid-year review takes the review's text as starting
 *   text of the sections with the same key (the four templates share keys), each marked
 *   "cần cập nhật" until the clerk edits it;
 * - any report takes the earlier report's "phương hướng, nhiệm vụ" as the list of tasks to
 *   report on, as a bulleted list in the results section of the same field ("nhiem-vu-kinh-te"
 *   → "kinh-te"), or in the results section itself when no field matches;
 * - indicators: the earlier results become "cùng kỳ" when the earlier period is the same period
 *   a year before, and the plan is carried when both periods fall in the same year;
 * - header fields still blank or holding "[…]" placeholders are taken from the earlier report
 *   of the same issuer.
 */
import { z } from 'zod'
import { tCore } from '../i18n'
import { periodText } from '../format/text'
import type { IndicatorRow, IndicatorTable, Meta, Period, Report, Section } from '../model/schema'
import { appendContent, blocksOf, bulletListNode, contentItems, paragraphOf } from './content-ops'
import { copyContent } from '../model/lexical'
import { normalizeTitle } from './text'

/** Keys of the sections that look ahead (the next period's direction and tasks). */
const DIRECTION_ROOT = 'phuong-huong'
const OPENING = 'mo-dau'
const RESULTS_ROOT = 'ket-qua'

/** What was carried over, told to the clerk when the new report opens. */
export const CarryOverSummary = z.object({
  /** Sections that took text from the earlier report. */
  sections: z.number().int().min(0),
  /** Tasks listed from the earlier report's direction. */
  tasks: z.number().int().min(0),
  /** Indicator rows that took an earlier figure (cùng kỳ or plan). */
  indicators: z.number().int().min(0),
})
export type CarryOverSummary = z.infer<typeof CarryOverSummary>

export interface CarryOverResult {
  report: Report
  summary: CarryOverSummary
}

function walk(sections: readonly Section[], visit: (section: Section, inDirection: boolean) => void, inDirection = false): void {
  for (const s of sections) {
    const direction = inDirection || s.key === DIRECTION_ROOT
    visit(s, direction)
    walk(s.children, visit, direction)
  }
}

function mapSections(sections: readonly Section[], change: (section: Section) => Section): Section[] {
  return sections.map((s) => change({ ...s, children: mapSections(s.children, change) }))
}

function sameYearReview(target: Period, source: Period): boolean {
  return target.kind === 'year' && source.kind === 'half' && source.year === target.year
}

/** The earlier period is the same period one year before: its results are this period's "cùng kỳ". */
function isSamePeriodLastYear(target: Period, source: Period): boolean {
  if (target.kind !== source.kind || source.year !== target.year - 1) return false
  return target.kind === 'year' || (source.kind === 'half' && target.half === source.half)
}

function isBlank(value: string): boolean {
  return value.trim() === '' || /\[[^\]]*\]/u.test(value)
}

function headerFrom(target: Meta, source: Meta): Meta {
  if (target.issuerKind !== source.issuerKind) return target
  const pick = (mine: string, theirs: string): string => (isBlank(mine) && !isBlank(theirs) ? theirs : mine)
  const signerBlank = target.signer.name.trim() === ''
  const recipientsBlank = target.recipients.length === 0 || target.recipients.some(isBlank)
  return {
    ...target,
    parent: pick(target.parent, source.parent),
    issuer: pick(target.issuer, source.issuer),
    place: pick(target.place, source.place),
    symbol: pick(target.symbol, source.symbol),
    signer: signerBlank && source.signer.name.trim() !== '' ? { ...source.signer } : target.signer,
    recipients:
      recipientsBlank && source.recipients.length > 0 && !source.recipients.some(isBlank) ? [...source.recipients] : target.recipients,
    archive: pick(target.archive, source.archive),
    drafter: pick(target.drafter, source.drafter),
    copies: target.copies ?? source.copies,
  }
}

interface TaskGroup {
  targetKey: string
  items: string[]
}

/** The earlier report's tasks, grouped by the results section they should be reported in. */
function tasksFrom(source: Report, targetKeys: ReadonlySet<string>): TaskGroup[] {
  const groups = new Map<string, string[]>()
  walk(source.sections, (section, inDirection) => {
    if (!inDirection) return
    const items = contentItems(section.content)
    if (items.length === 0) return
    const topic = section.key.replace(/^nhiem-vu-/u, '')
    const key = section.key.startsWith('nhiem-vu-') && targetKeys.has(topic) ? topic : RESULTS_ROOT
    groups.set(key, [...(groups.get(key) ?? []), ...items])
  })
  return [...groups].map(([targetKey, items]) => ({ targetKey, items }))
}

function rowKey(row: IndicatorRow): string {
  return row.key !== '' ? `k:${row.key}` : `n:${normalizeTitle(row.name)}`
}

function tableKey(table: IndicatorTable): string {
  return table.key !== '' ? `k:${table.key}` : `n:${normalizeTitle(table.title)}`
}

function carryIndicators(target: Report, source: Report, newId: () => string): { indicators: IndicatorTable[]; count: number } {
  const previous = isSamePeriodLastYear(target.meta.period, source.meta.period)
  const plan = source.meta.period.year === target.meta.period.year
  if (!previous && !plan) return { indicators: target.indicators, count: 0 }
  let count = 0
  const carried = (row: IndicatorRow, from: IndicatorRow): IndicatorRow => {
    const next = { ...row }
    if (previous && from.actual !== null) next.previous = from.actual
    if (plan && from.plan !== null) next.plan = from.plan
    if (next.previous !== row.previous || next.plan !== row.plan) count++
    return next
  }
  const fresh = (from: IndicatorRow): IndicatorRow => carried({ ...from, id: newId(), actual: null, previous: null, plan: null }, from)
  const sourceTables = new Map(source.indicators.map((t) => [tableKey(t), t]))
  const indicators = target.indicators.map((table) => {
    const from = sourceTables.get(tableKey(table)) ?? source.indicators.find((t) => normalizeTitle(t.title) === normalizeTitle(table.title))
    if (!from) return table
    sourceTables.delete(tableKey(from))
    const fromRows = new Map(from.rows.map((r) => [rowKey(r), r]))
    const rows = table.rows.map((row) => {
      const match = fromRows.get(rowKey(row)) ?? from.rows.find((r) => normalizeTitle(r.name) === normalizeTitle(row.name))
      if (!match) return row
      fromRows.delete(rowKey(match))
      return carried(row, match)
    })
    return { ...table, rows: [...rows, ...[...fromRows.values()].map(fresh)] }
  })
  for (const table of sourceTables.values()) indicators.push({ ...table, id: newId(), rows: table.rows.map(fresh) })
  return { indicators, count }
}

/** Start `target` (a report just made from a template) from the earlier report `source`. */
export function carryOver(target: Report, source: Report, newId: () => string): CarryOverResult {
  const summary: CarryOverSummary = { sections: 0, tasks: 0, indicators: 0 }
  const bySourceKey = new Map<string, Section>()
  walk(source.sections, (section, inDirection) => {
    if (!inDirection && section.key !== '' && !bySourceKey.has(section.key)) bySourceKey.set(section.key, section)
  })
  const targetKeys = new Set<string>()
  const inTargetDirection = new Set<string>()
  walk(target.sections, (section, inDirection) => {
    if (inDirection) inTargetDirection.add(section.id)
    else if (section.key !== '') targetKeys.add(section.key)
  })

  const review = sameYearReview(target.meta.period, source.meta.period)
  const tasks = new Map(tasksFrom(source, targetKeys).map((g) => [g.targetKey, g.items]))
  const intro = tCore('import.tasksIntro', { period: periodText(source.meta.period) })

  const sections = mapSections(target.sections, (section) => {
    if (inTargetDirection.has(section.id) || section.key === '') return section
    let content = section.content
    let touched = false
    const earlier = review && section.key !== OPENING ? bySourceKey.get(section.key) : undefined
    if (earlier && blocksOf(earlier.content).length > 0 && earlier.content) {
      content = copyContent(earlier.content)
      touched = true
      summary.sections++
    }
    const items = tasks.get(section.key)
    if (items && items.length > 0) {
      content = appendContent(content, [paragraphOf(intro), bulletListNode(items)])
      tasks.delete(section.key)
      touched = true
      summary.tasks += items.length
    }
    return touched ? { ...section, content, needsUpdate: true } : section
  })

  // Tasks whose section is missing (a report without "ket-qua") go to its first results section.
  const rest = [...tasks.values()].flat()
  const first = sections.find((s) => s.numbered && s.key !== DIRECTION_ROOT)
  if (rest.length > 0 && first) {
    sections[sections.indexOf(first)] = {
      ...first,
      needsUpdate: true,
      content: appendContent(first.content, [paragraphOf(intro), bulletListNode(rest)]),
    }
    summary.tasks += rest.length
  }

  const { indicators, count } = carryIndicators(target, source, newId)
  summary.indicators = count
  return { report: { ...target, meta: headerFrom(target.meta, source.meta), sections, indicators }, summary }
}
