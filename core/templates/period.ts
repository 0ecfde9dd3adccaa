/**
 * Changing the period of an existing report: the trích yếu, section titles, hints and indicator
 * titles that name the old period ("năm 2025", "6 tháng đầu năm 2026", "phương hướng, nhiệm vụ
 * năm 2026") are rewritten for the new one. What the clerk wrote in the sections is left alone.
 */
import type { Period, Report, Section } from '../model/schema'
import { nextPeriodText, periodText } from '../format'

/** Pairs of (old phrase, new phrase), longest first so "6 tháng đầu năm 2026" wins over "năm 2026". */
function replacements(from: Period, to: Period): Array<[string, string]> {
  const pairs: Array<[string, string]> = [
    [periodText(from), periodText(to)],
    [nextPeriodText(from), nextPeriodText(to)],
  ]
  if (from.year !== to.year) pairs.push([`năm ${from.year + 1}`, `năm ${to.year + 1}`], [`năm ${from.year}`, `năm ${to.year}`])
  return pairs.filter(([a, b]) => a !== b).sort((a, b) => b[0].length - a[0].length)
}

/** Rewrite every phrase in one pass, so a replacement is never replaced again. */
export function rewritePeriodText(text: string, from: Period, to: Period): string {
  const pairs = replacements(from, to)
  if (pairs.length === 0) return text
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = new RegExp(pairs.map(([a]) => escape(a)).join('|'), 'gu')
  return text.replace(pattern, (match) => pairs.find(([a]) => a === match)?.[1] ?? match)
}

/** The report for another period of the same kind. */
export function withPeriod(report: Report, period: Period): Report {
  const from = report.meta.period
  const fix = (text: string): string => rewritePeriodText(text, from, period)
  const sections = (list: readonly Section[]): Section[] =>
    list.map((s) => ({ ...s, title: fix(s.title), hint: fix(s.hint), children: sections(s.children) }))
  return {
    ...report,
    meta: { ...report.meta, period, title: fix(report.meta.title) },
    sections: sections(report.sections),
    indicators: report.indicators.map((t) => ({ ...t, title: fix(t.title) })),
  }
}
