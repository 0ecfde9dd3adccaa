/**
 * The report as it prints, page by page: the preview, the print-out and the PDF are drawn from
 * these pages (html.ts), laid out from the same styles and content as the Word export.
 */
import type { Report } from '../model/schema'
import { reportFlow, type FlowOptions } from './flow'
import { paginate } from './paginate'
import type { Page } from './types'

export type { Page, PageItem, TextItem, RuleItem, Run, TextLook } from './types'
export type { FlowOptions } from './flow'

/** The pages of a report, one at a time, as they are laid out (the first can be shown before the last is set). */
export function reportPages(report: Report, options: FlowOptions = {}): Generator<Page, void, void> {
  return paginate(reportFlow(report, options))
}

/** All the pages of a report. */
export function layoutReport(report: Report, options: FlowOptions = {}): Page[] {
  return [...reportPages(report, options)]
}
