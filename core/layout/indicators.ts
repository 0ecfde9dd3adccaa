/**
 * Columns of the indicator tables printed in the appendix (spec §4.5): the state set (kế hoạch,
 * thực hiện, cùng kỳ…) and the Party set (chỉ tiêu nghị quyết, kết quả…), with the minimum width
 * that keeps each readable. A table whose minimums add up to more than the portrait text width
 * goes on a landscape page. Minimums keep "triệu đồng" and "Không đạt" on one line; the Party set
 * fits a portrait page with the default margins.
 */
import type { IndicatorColumns, Period } from '../model/schema'
import { periodText } from '../format'
import { textWidthTwips } from './metrics'
import type { LayoutProfile } from './profiles'

// Room beside a cell's text for the renderer's rounding, in twips.
const CELL_SLACK = 60

export interface IndicatorColumnLayout {
  header: string
  /** Minimum width in twips. */
  min: number
  align: 'left' | 'center' | 'right'
}

/** Index of the "Chỉ tiêu" column, which takes the width left over. */
export const INDICATOR_NAME_COLUMN = 1

export function indicatorColumnLayout(columns: IndicatorColumns, period: Period, withNote: boolean): IndicatorColumnLayout[] {
  const base: IndicatorColumnLayout[] =
    columns === 'state'
      ? [
          { header: 'STT', min: 720, align: 'center' },
          { header: 'Chỉ tiêu', min: 3000, align: 'left' },
          { header: 'Đơn vị tính', min: 1300, align: 'center' },
          { header: `Kế hoạch năm ${period.year}`, min: 1300, align: 'right' },
          { header: `Thực hiện ${periodText(period)}`, min: 1300, align: 'right' },
          { header: 'Tỷ lệ % so kế hoạch', min: 1200, align: 'right' },
          { header: 'Cùng kỳ năm trước', min: 1300, align: 'right' },
          { header: 'So cùng kỳ (%)', min: 1200, align: 'right' },
          { header: 'Đánh giá', min: 1250, align: 'center' },
        ]
      : [
          { header: 'STT', min: 720, align: 'center' },
          { header: 'Chỉ tiêu', min: 2400, align: 'left' },
          { header: 'Đơn vị tính', min: 1300, align: 'center' },
          { header: 'Chỉ tiêu Nghị quyết', min: 1200, align: 'right' },
          { header: 'Kết quả', min: 1200, align: 'right' },
          { header: 'Tỷ lệ (%)', min: 1050, align: 'right' },
          { header: 'Đánh giá', min: 1250, align: 'center' },
        ]
  return withNote ? [...base, { header: 'Ghi chú', min: 1500, align: 'left' }] : base
}

/** Widths that fill `width`: each column its minimum, the rest given to the "Chỉ tiêu" column. */
export function fitIndicatorColumns(cols: readonly IndicatorColumnLayout[], width: number): number[] {
  const widths = cols.map((c) => c.min)
  const spare = width - widths.reduce((a, b) => a + b, 0)
  widths[INDICATOR_NAME_COLUMN] = (widths[INDICATOR_NAME_COLUMN] ?? 0) + Math.max(0, spare)
  return widths
}

/** Whether columns with these minimums need more than `textWidth` (a portrait page). */
export function indicatorColumnsTooWide(cols: readonly IndicatorColumnLayout[], textWidth: number): boolean {
  return cols.reduce((sum, c) => sum + c.min, 0) > textWidth
}

/**
 * The columns with their minimums raised to what their figures need on one line ("109,71%",
 * "triệu đồng"), and to the longest word of their header; the "Chỉ tiêu" column wraps instead.
 */
export function fitIndicatorContent(
  cols: readonly IndicatorColumnLayout[],
  rows: readonly (readonly string[])[],
  table: LayoutProfile['table'],
): IndicatorColumnLayout[] {
  const pad = table.cellMargins.left + table.cellMargins.right + CELL_SLACK
  return cols.map((col, i) => {
    if (i === INDICATOR_NAME_COLUMN) return col
    const cells = rows.map((row) => textWidthTwips(row[i] ?? '', table.size) + pad)
    const words = col.header.split(/\s+/u).map((word) => textWidthTwips(word, table.size, table.headerBold) + pad)
    return { ...col, min: Math.max(col.min, ...cells, ...words) }
  })
}
