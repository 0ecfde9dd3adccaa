/**
 * Geometry of page 1 that both the Word export and the on-screen preview need: the split of the
 * two header columns and the lengths of the rules under the issuer, the tiêu ngữ (or the Party
 * title) and the trích yếu. Widths are in twips, from {@link styledWidthTwips}.
 */
import type { Meta } from '../model/schema'
import { formatDateLine, formatDocNumber, upperVi } from '../format'
import { styledWidthTwips } from './metrics'
import { FIT_SLACK, fits } from './line-breaks'
import type { LayoutProfile, TextStyle } from './profiles'
import type { ResolvedLayout } from './resolve'

/** Width of the longest of the lines of `text` (split at "\n"). */
export function longestLineTwips(text: string, style: TextStyle): number {
  return Math.max(0, ...text.split('\n').map((line) => styledWidthTwips(line.trim(), style)))
}

/** The date line of the header; a date that does not exist prints as a blank date (the checks report it). */
export function headerDateLine(meta: Pick<Meta, 'place' | 'date' | 'period'>): string {
  try {
    return formatDateLine(meta.place, meta.date, meta.period.year)
  } catch {
    return formatDateLine(meta.place, null, meta.period.year)
  }
}

/**
 * Widths of the left (issuer, number) and right (national title, date) header columns.
 *
 * The profile's split is kept unless the right column's longest line — usually the date line
 * after a long place name — would not fit; then the right column widens, as far as the left
 * column's own longest line (or the profile's minimum share) allows. Anything still too long
 * wraps inside its column.
 */
export function headerColumns(
  layout: ResolvedLayout,
  meta: Pick<Meta, 'parent' | 'issuer' | 'number' | 'symbol' | 'place' | 'date' | 'period'>,
): [number, number] {
  const { header } = layout.profile
  const width = layout.textWidth
  const defaultLeft = Math.round(width * header.leftShare)
  const rightNeeds =
    Math.max(
      styledWidthTwips(header.nationalTitle.text, header.nationalTitle.style),
      header.motto ? styledWidthTwips(header.motto.text, header.motto.style) : 0,
      longestLineTwips(headerDateLine(meta), header.date),
    ) * FIT_SLACK
  if (Math.ceil(rightNeeds) <= width - defaultLeft) return [defaultLeft, width - defaultLeft]
  const leftNeeds =
    Math.max(
      longestLineTwips(upperVi(meta.parent.trim()), header.parent),
      longestLineTwips(upperVi(meta.issuer.trim()), header.issuer),
      longestLineTwips(formatDocNumber(layout.profile.id, meta.number, meta.symbol), header.number),
    ) * FIT_SLACK
  const minLeft = Math.max(Math.round(width * header.minLeftShare), Math.min(Math.ceil(leftNeeds) + 1, defaultLeft))
  const left = Math.max(minLeft, Math.floor(width - rightNeeds))
  return [left, width - left]
}

/**
 * The header's date line, broken after the place name's comma when the whole line would not fit
 * `columnWidth` — never inside "ngày … tháng … năm …".
 */
export function dateLineLines(profile: LayoutProfile, meta: Pick<Meta, 'place' | 'date' | 'period'>, columnWidth: number): string {
  const line = headerDateLine(meta)
  const style = profile.header.date
  if (fits(styledWidthTwips(line, style), columnWidth)) return line
  const comma = line.indexOf(', ngày')
  return comma < 0 ? line : `${line.slice(0, comma + 1)}\n${line.slice(comma + 2)}`
}

/** Length of the rule under the issuer: the profile's share of its longest line, at most the column. */
export function issuerRuleTwips(profile: LayoutProfile, issuer: string, columnWidth: number, share: number): number {
  return Math.round(Math.min(longestLineTwips(upperVi(issuer.trim()), profile.header.issuer), columnWidth) * share)
}

/** Length of the rule under the tiêu ngữ (state) or the Party title: as long as that line. */
export function nationalRuleTwips(profile: LayoutProfile, columnWidth: number): number {
  const source = profile.header.motto ?? profile.header.nationalTitle
  return Math.min(styledWidthTwips(source.text, source.style), columnWidth)
}

/**
 * Length of the rule under the trích yếu: the profile's share of its longest printed line, which
 * is the full text width once the trích yếu wraps.
 */
export function titleRuleTwips(profile: LayoutProfile, title: string, textWidth: number, share: number): number {
  return Math.round(Math.min(longestLineTwips(title.trim(), profile.title.summary), textWidth) * share)
}
