/**
 * The units and properties the parts of the document share: points to twips, black, no border,
 * no margins, alignments, and a paragraph format's spacing and indent as docx options.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  type FileChild,
  type IBorderOptions,
  type IIndentAttributesProperties,
  type ISpacingProperties,
} from 'docx'
import type { ParagraphFormat } from '../../layout'
import type { Align } from '../blocks'

export type Children = FileChild[]
type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType]

export const BLACK = '000000'
export const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' }
export const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER }
export const ZERO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 }
const pt = (points: number): number => Math.round(points * 20)

export const ALIGN: Record<Align, Alignment> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
}

export function spacingOf(format: Pick<ParagraphFormat, 'before' | 'after' | 'line'>): ISpacingProperties {
  const { line } = format
  return {
    before: pt(format.before),
    after: pt(format.after),
    ...(line.rule === 'exact'
      ? { line: pt(line.points), lineRule: LineRuleType.EXACT }
      : { line: Math.round(line.lines * 240), lineRule: LineRuleType.AUTO }),
  }
}

export function indentOf(format: Pick<ParagraphFormat, 'left' | 'right' | 'firstLine'>): IIndentAttributesProperties {
  return {
    left: format.left,
    right: format.right,
    ...(format.firstLine < 0 ? { hanging: -format.firstLine } : { firstLine: format.firstLine }),
  }
}
