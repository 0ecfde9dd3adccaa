/**
 * The page being filled: its text area, what is on it so far, and the paragraph lines that fit in
 * the room left — with widow and orphan control of two lines, as LibreOffice applies it to the
 * exported document (a paragraph never leaves a single line at the foot or the head of a page).
 */
import { setParagraph, type SetLine } from './lines'
import type { PageItem, ParaSpec } from './types'

/** The text area of a page. */
export interface Frame {
  left: number
  top: number
  width: number
  bottom: number
}

/** A block (or the part of it) placed on the page, to take it off again when a "keep with next" moves it on. */
export interface Placement {
  block: number
  /** Where its items start in the page's items. */
  itemsFrom: number
  /** The page's state before it. */
  y: number
  pendingAfter: number
  /** The block starts on this page (it is not the rest of one begun on the page before). */
  starts: boolean
  keepNext: boolean
}

/** The page being filled. */
export class Column {
  readonly items: PageItem[] = []
  readonly placements: Placement[] = []
  y: number
  /** The space after the last paragraph, not yet added: the next paragraph's space before may take its place. */
  pendingAfter = 0

  constructor(readonly frame: Frame) {
    this.y = frame.top
  }

  get empty(): boolean {
    return this.items.length === 0
  }

  /** Take off the page everything from placement `at` on. */
  truncate(at: number): void {
    const placement = this.placements[at]
    if (!placement) return
    this.items.length = placement.itemsFrom
    this.y = placement.y
    this.pendingAfter = placement.pendingAfter
    this.placements.length = at
  }
}

// Lines of a paragraph kept together at the foot (orphans) and the head (widows) of a page.
const ORPHANS = 2
const WIDOWS = 2
// Comparisons of lengths allow for the rounding of sums.
export const EPSILON = 0.01

const setLines = new WeakMap<ParaSpec, { width: number; lines: SetLine[] }>()

/** The lines of a paragraph set `width` points wide (set once per width). */
export function linesOf(spec: ParaSpec, width: number): SetLine[] {
  const cached = setLines.get(spec)
  if (cached && cached.width === width) return cached.lines
  const lines = setParagraph(spec, width)
  setLines.set(spec, { width, lines })
  return lines
}

/** Height of lines `from`…`to`−1 of a paragraph, with its rule under the last line. */
export function linesHeight(spec: ParaSpec, lines: readonly SetLine[], from: number, to: number): number {
  let height = to === lines.length ? spec.rule : 0
  for (let i = from; i < to; i++) height += lines[i]?.height ?? 0
  return height
}

/**
 * How many lines of a paragraph, from line `from`, to put in `room` points: all, or as many as
 * fit without leaving fewer than two at the foot of this page or the head of the next; none when
 * the paragraph must move on whole (kept together, or too few lines to split). `force` (the top
 * of an empty page) puts at least one line, whatever it leaves. In a table cell (`inCell`)
 * LibreOffice splits a paragraph at any line.
 */
export function fittingLines(
  spec: ParaSpec,
  lines: readonly SetLine[],
  from: number,
  room: number,
  force: boolean,
  inCell = false,
): number {
  const remaining = lines.length - from
  let fit = 0
  let used = 0
  while (fit < remaining) {
    const line = lines[from + fit] as SetLine
    const rule = from + fit === lines.length - 1 ? spec.rule : 0
    if (used + line.fit + rule > room + EPSILON) break
    used += line.height + rule
    fit++
  }
  if (fit === remaining || inCell) return force ? Math.max(1, fit) : fit
  let legal = spec.keepLines && from === 0 ? 0 : fit
  if (from === 0 && legal < ORPHANS) legal = 0
  if (legal > 0 && remaining - legal < WIDOWS) legal = remaining - WIDOWS
  if (legal < 1 || (from === 0 && legal < ORPHANS)) legal = 0
  return force && legal === 0 ? Math.max(1, fit) : legal
}

/** Put lines `from`…`to`−1 of a paragraph on the page at `top`, in an area starting at `left`; returns the y under them. */
export function emitLines(
  items: PageItem[],
  spec: ParaSpec,
  lines: readonly SetLine[],
  from: number,
  to: number,
  left: number,
  top: number,
  width: number,
): number {
  let y = top
  for (let i = from; i < to; i++) {
    const line = lines[i] as SetLine
    if (line.runs.length > 0) {
      items.push({
        kind: 'text',
        x: left + line.x,
        y,
        width: line.width,
        height: line.height,
        wordSpacing: line.wordSpacing,
        runs: line.runs,
      })
    }
    y += line.height
  }
  if (to === lines.length && spec.rule > 0) {
    items.push({ kind: 'rule', x: left + spec.left, y, width: width - spec.left - spec.right, height: spec.rule })
    y += spec.rule
  }
  return y
}
