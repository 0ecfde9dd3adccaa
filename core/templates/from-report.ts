/**
 * *Lưu làm mẫu*: a report (written in the app or imported from Word) → a template of the office.
 *
 * The template keeps the section tree with its hints, the first paragraphs of each section as
 * starter sentences with every figure turned into a blank ("[số liệu]"), the indicator tables
 * without figures, and the header's fixed parts (issuer, symbol, signer's titles, Nơi nhận). What
 * changes each period becomes a placeholder: the year and the period in titles and sentences
 * ("{nam}", "{namSau}", "{ky}", "{kyToi}"); the number, date and signer's name are left out.
 */
import { nextPeriodText, periodText } from '../format'
import { contentText } from '../nodes/plain-text'
import type { Period, Report, Section } from '../model/schema'
import { numberOf } from '../indicators/compute'
import { TEMPLATE_FORMAT, type Template, type TemplateSection } from './schema'

/** The blank a figure becomes in a starter sentence (highlighted until filled). */
export const FIGURE_BLANK = '[số liệu]'

/** How many paragraphs of a section become its starter sentences. */
export const STARTER_PARAGRAPHS = 3

/** A template id from a name: "Báo cáo chuyên đề CCHC" → "van-phong.bao-cao-chuyen-de-cchc". */
export function templateIdFor(name: string, taken: ReadonlySet<string>): string {
  const slug = slugOf(name).slice(0, 60).replace(/-+$/u, '') || 'mau'
  let id = `van-phong.${slug}`
  for (let n = 2; taken.has(id); n++) id = `van-phong.${slug}-${n}`
  return id
}

function slugOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
}

/** The year and the period of a text as placeholders: "năm 2025" → "năm {nam}", "6 tháng đầu năm 2026" → "{ky}". */
export function periodBlanks(text: string, period: Period): string {
  return text
    .replaceAll(periodText(period), '{ky}')
    .replaceAll(nextPeriodText(period), '{kyToi}')
    .replaceAll(String(period.year + 1), '{namSau}')
    .replaceAll(String(period.year), '{nam}')
}

/**
 * Figures ("2.150", "107%", "12,3", "15/12", "02/16") as blanks. Placeholders stay, and so do the
 * numbers of documents cited ("Nghị quyết số 12-NQ/ĐU", "Nghị định 30/2020/NĐ-CP", "COVID-19").
 */
export function figureBlanks(text: string): string {
  return text.replace(/(?<![\p{L}\d{-])\d[\d.,/]*(?:\s?%)?/gu, (figure: string, offset: number) => {
    const after = text.slice(offset + figure.length)
    if (/^(?:\p{L}|-\p{Lu})/u.test(after) || (figure.endsWith('/') && /^\p{Lu}/u.test(after))) return figure
    const trailing = /[.,/]$/u.exec(figure)?.[0] ?? ''
    return `${FIGURE_BLANK}${trailing}`
  })
}

function sectionTemplate(section: Section, period: Period, keys: Set<string>): TemplateSection {
  let key = /^[a-z0-9-]+$/u.test(section.key) ? section.key : slugOf(section.title) || 'muc'
  for (let n = 2; keys.has(key); n++) key = `${key.replace(/-\d+$/u, '')}-${n}`
  keys.add(key)
  const starter = contentText(section.content)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, STARTER_PARAGRAPHS)
    .map((line) => figureBlanks(periodBlanks(line, period)))
  const out: TemplateSection = { key, title: periodBlanks(section.title, period) }
  if (section.hint.trim() !== '') out.hint = periodBlanks(section.hint, period)
  if (starter.length > 0) out.starter = starter
  if (!section.numbered) out.numbered = false
  if (section.required) out.required = true
  if (section.children.length > 0) out.children = section.children.map((child) => sectionTemplate(child, period, keys))
  return out
}

/** A template made from a report, under `id` and `name`. */
export function templateFromReport(report: Report, id: string, name: string, description = ''): Template {
  const { meta } = report
  const period = meta.period
  const keys = new Set<string>()
  return {
    format: TEMPLATE_FORMAT,
    id,
    version: 1,
    name: name.trim(),
    description: description.trim(),
    reportKind: meta.reportKind,
    profile: report.profile,
    issuerKind: meta.issuerKind,
    title: periodBlanks(meta.title, period) || 'Báo cáo',
    symbol: meta.symbol,
    issuer: meta.issuer,
    parent: meta.parent,
    signer: { authority: meta.signer.authority, body: meta.signer.body, headTitle: meta.signer.headTitle, title: meta.signer.title },
    recipients: meta.recipients.map((r) => periodBlanks(r, period)),
    archive: meta.archive,
    numbering: report.numbering,
    sections: report.sections.map((section) => sectionTemplate(section, period, keys)),
    indicators: report.indicators.map((table) => ({
      key: /^[a-z0-9-]+$/u.test(table.key) ? table.key : slugOf(table.title) || 'chi-tieu',
      title: periodBlanks(table.title, period),
      columns: table.columns,
      rows: table.rows.map((row, i) => ({
        key: /^[a-z0-9-]+$/u.test(row.key) ? row.key : slugOf(row.name) || `dong-${i + 1}`,
        name: periodBlanks(row.name, period),
        unit: row.unit,
        kind: row.kind,
        planWord: row.planWord,
        estimate: row.estimate,
        targetRate: numberOf(row.targetRate),
        plan: null,
        previous: null,
      })),
    })),
  }
}
