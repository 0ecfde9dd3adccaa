/**
 * The fixed parts of a report — the header of page 1, "BÁO CÁO" and the trích yếu, "Kính gửi",
 * the signature beside "Nơi nhận" — composed once for every output: the Word renderer and the
 * page layout each give a {@link Composer} that makes their own paragraphs and tables of what is
 * composed here, so that both print the same lines in the same order.
 */
import type { Meta } from '../model/schema'
import { formatDocNumber, upperVi } from '../format'
import {
  balanceLines,
  dateLineLines,
  drafterLine,
  headerColumns,
  issuerRuleTwips,
  kinhGuiLabelWidth,
  nationalRuleTwips,
  recipientLines,
  signatureLines,
  STYLE,
  titleRuleTwips,
  type ResolvedLayout,
} from '../layout'

/** What a paragraph sets beyond its style: an indent of its first line, its space after, keep with next. */
export interface ParagraphChange {
  firstLine?: number
  after?: number
  keepNext?: boolean
}

/** Makes one output's paragraphs (`P`) and layout tables (`T`). */
export interface Composer<P, T> {
  /** A paragraph of `style` holding `text`; "\n" is a line break. */
  text(style: string, text: string, change?: ParagraphChange): P
  /** A centred rule `width` twips long inside a box `boxWidth` wide, drawn by a paragraph of `style`. */
  rule(width: number, boxWidth: number, style?: string): P
  /** A table without borders or cell margins: columns `widths` (twips), rows of cells of paragraphs; rows never split. */
  layoutTable(widths: number[], rows: P[][][]): T
}

/** The two-column header: issuer and number on the left, national title and date line on the right. */
export function headerBlock<P, T>(c: Composer<P, T>, layout: ResolvedLayout, meta: Meta): T {
  const p = layout.profile
  const [leftWidth, rightWidth] = headerColumns(layout, meta)
  const left: P[] = []
  if (meta.parent.trim() !== '') left.push(c.text(STYLE.parent, balanceLines(upperVi(meta.parent.trim()), p.header.parent, leftWidth)))
  const issuer = balanceLines(upperVi(meta.issuer.trim()), p.header.issuer, leftWidth)
  left.push(c.text(STYLE.issuer, issuer))
  const separator = p.header.issuerSeparator
  if (separator.kind === 'rule') left.push(c.rule(issuerRuleTwips(p, issuer, leftWidth, separator.share), leftWidth))
  else left.push(c.text(STYLE.issuerMark, separator.text))

  const right: P[] = [c.text(STYLE.nationalTitle, p.header.nationalTitle.text)]
  if (p.header.motto) right.push(c.text(STYLE.motto, p.header.motto.text))
  right.push(c.rule(nationalRuleTwips(p, rightWidth), rightWidth))

  const number = c.text(STYLE.number, formatDocNumber(p.id, meta.number, meta.symbol))
  const date = c.text(STYLE.date, dateLineLines(p, meta, rightWidth))
  return c.layoutTable(
    [leftWidth, rightWidth],
    [
      [left, right],
      [[number], [date]],
    ],
  )
}

/** "BÁO CÁO", the trích yếu in balanced lines, and the rule or dashes under it. */
export function titleBlock<P, T>(c: Composer<P, T>, layout: ResolvedLayout, meta: Meta): P[] {
  const p = layout.profile
  const width = layout.textWidth
  const title = balanceLines(meta.title.trim(), p.title.summary, width)
  const out: P[] = [c.text(STYLE.kind, p.title.kind.text), c.text(STYLE.summary, title)]
  const separator = p.title.separator
  if (separator.kind === 'rule') out.push(c.rule(titleRuleTwips(p, title, width, separator.share), width, STYLE.summaryMark))
  else out.push(c.text(STYLE.summaryMark, separator.text))
  return out
}

/**
 * "Kính gửi": one recipient on the line of the label; several one a line, their dashes under each
 * other after the label, which hangs out to the left on the first line, the space under the
 * block after the last.
 */
export function kinhGuiBlock<P, T>(c: Composer<P, T>, layout: ResolvedLayout, meta: Meta): P[] {
  const recipients = meta.kinhGui.map((r) => r.trim()).filter((r) => r !== '')
  if (recipients.length === 0) return []
  const { label, spaceAfter } = layout.profile.kinhGuiLayout
  if (recipients.length === 1) return [c.text(STYLE.kinhGui, `${label} ${recipients[0]}`)]
  const last = recipients.length - 1
  return recipients.map((r, i) =>
    c.text(STYLE.kinhGuiList, `${i === 0 ? `${label} ` : ''}- ${r}${i === last ? '.' : ';'}`, {
      ...(i === 0 ? { firstLine: -kinhGuiLabelWidth(layout.profile) } : {}),
      ...(i === last ? { keepNext: false, after: spaceAfter } : {}),
    }),
  )
}

/** "Nơi nhận" and the drafter's initials on the left, the signature block on the right, side by side. */
export function signatureBlock<P, T>(c: Composer<P, T>, layout: ResolvedLayout, meta: Meta): T {
  const p = layout.profile
  const leftWidth = Math.round(layout.textWidth * p.signature.leftShare)
  const rightWidth = layout.textWidth - leftWidth
  const left: P[] = [c.text(STYLE.recipientsLabel, p.recipients.label.text)]
  for (const line of recipientLines(p, meta)) left.push(c.text(STYLE.recipient, line))
  const drafter = drafterLine(meta)
  if (drafter !== '') left.push(c.text(STYLE.drafter, drafter))

  // signatureLines starts with an authority line, level with "Nơi nhận:".
  const right: P[] = signatureLines(p, meta.signer).map((line, i) =>
    c.text(line.authority ? (i === 0 ? STYLE.authority : STYLE.authorityNext) : STYLE.signerTitle, line.text),
  )
  for (let i = 0; i < p.signature.gapLines; i++) right.push(c.text(STYLE.signatureGap, ''))
  right.push(c.text(STYLE.signerName, meta.signer.name.trim()))
  return c.layoutTable([leftWidth, rightWidth], [[left, right]])
}
