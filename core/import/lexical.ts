/**
 * Imported blocks → Lexical 0.52 serialized content, using only the node types the section
 * editors register (renderer/editor/nodes.ts): paragraph, text, linebreak, tab, list, listitem,
 * table, tablerow, tablecell.
 *
 * Besides Word's own lists, paragraphs typed with a dash ("- ", "+ ", "• ") become bulleted
 * lists, and runs of "1. ", "2. " (with "a) ", "b) " under them) numbered lists — which is how
 * reports are typed in Word, and how the exporter prints lists. Empty paragraphs, which Word
 * files use for spacing, are dropped: the export spaces paragraphs by itself.
 */
import type { SerializedContent } from '../model/schema'
import {
  contentOf,
  lineBreakNode,
  listItemNode,
  listNode,
  marksOf,
  paragraphNode,
  tabNode,
  tableCellNode,
  tableNode,
  tableRowNode,
  textNode,
  textOf,
  typeOf,
  formatOf,
  type JsonNode,
} from '../model/lexical'
import type { LostCounter, SourceBlock, SourceInline, SourceParagraph, SourceTable } from './source'
import { paragraphText } from './text'

const BULLET_RANK: Readonly<Record<string, number>> = { '-': 0, '–': 0, '—': 0, '*': 0, '●': 0, '▪': 0, '+': 1, '•': 2, '◦': 2, '○': 2 }
const BULLET_PREFIX = /^[ \t]*([-–—*●▪+•◦○])[ \t]+(?=\S)/u
const NUMBER_PREFIX = /^[ \t]*(\d{1,2})[.)][ \t]+(?=\S)/u
const LETTER_PREFIX = /^[ \t]*([a-zđ])\)[ \t]+(?=\S)/u

/** Inline nodes: adjacent runs of the same format merged, leading and trailing blanks trimmed. */
function inlineNodes(inlines: readonly SourceInline[]): JsonNode[] {
  const out: JsonNode[] = []
  let pending: { text: string; format: number } | null = null
  const flush = (): void => {
    if (pending && pending.text !== '') out.push(textNode(pending.text, marksOf(pending.format)))
    pending = null
  }
  for (const inline of inlines) {
    if (inline.kind === 'text') {
      const format = formatOf(inline)
      if (pending && pending.format === format) pending.text += inline.text
      else {
        flush()
        pending = { text: inline.text, format }
      }
    } else {
      flush()
      out.push(inline.kind === 'break' ? lineBreakNode() : tabNode())
    }
  }
  flush()
  return trimEnds(out)
}

const isText = (node: JsonNode | undefined): node is JsonNode => node !== undefined && typeOf(node) === 'text'
const isBlankText = (node: JsonNode | undefined): boolean => isText(node) && textOf(node).trim() === ''

function trimEnds(nodes: JsonNode[]): JsonNode[] {
  const out = nodes.slice()
  while (out[0] && (typeOf(out[0]) === 'tab' || isBlankText(out[0]))) out.shift()
  const first = out[0]
  if (isText(first)) out[0] = { ...first, text: textOf(first).replace(/^\s+/u, '') }
  while (out.length > 0 && isBlankText(out.at(-1))) out.pop()
  const last = out.at(-1)
  if (isText(last)) out[out.length - 1] = { ...last, text: textOf(last).replace(/\s+$/u, '') }
  return out
}

/** The inlines without their first `count` characters (a typed list marker). */
function dropPrefix(inlines: readonly SourceInline[], count: number): SourceInline[] {
  let rest = count
  const out: SourceInline[] = []
  for (const inline of inlines) {
    if (rest <= 0) out.push(inline)
    else if (inline.kind === 'text') {
      if (inline.text.length <= rest) rest -= inline.text.length
      else {
        out.push({ ...inline, text: inline.text.slice(rest) })
        rest = 0
      }
    } else rest -= 1
  }
  return out
}

interface ListEntry {
  depth: number
  ordered: boolean
  inlines: SourceInline[]
}

/** Nested lists from a flat run of items; a change of kind at one depth starts a new list. */
function buildLists(entries: readonly ListEntry[], depth: number): JsonNode[] {
  const lists: JsonNode[] = []
  let items: JsonNode[] = []
  let ordered: boolean | null = null
  let value = 1
  const close = (): void => {
    if (items.length > 0 && ordered !== null) lists.push(listNode(ordered ? 'number' : 'bullet', items))
    items = []
    value = 1
  }
  let i = 0
  while (i < entries.length) {
    const entry = entries[i] as ListEntry
    if (entry.depth <= depth) {
      if (ordered !== null && entry.ordered !== ordered) close()
      ordered = entry.ordered
      items.push(listItemNode(inlineNodes(entry.inlines), value++, depth))
      i++
      continue
    }
    let j = i
    while (j < entries.length && (entries[j] as ListEntry).depth > depth) j++
    if (ordered === null) ordered = entry.ordered
    for (const nested of buildLists(entries.slice(i, j), depth + 1)) items.push(listItemNode([nested], value, depth))
    i = j
  }
  close()
  return lists
}

type Classified = { kind: 'block'; block: SourceBlock } | { kind: 'item'; entry: ListEntry }

function wordListEntry(paragraph: SourceParagraph): ListEntry | null {
  if (!paragraph.list) return null
  return { depth: paragraph.list.level, ordered: paragraph.list.ordered, inlines: paragraph.inlines }
}

/**
 * Typed markers: a group of consecutive "- "/"+ "/"• " paragraphs, or "1. "… with "a) "… under
 * them. Bullet depth is the rank of the marker among those used in the group, in the order the
 * export prints them ("-", then "+", then "•").
 */
function typedEntries(blocks: readonly SourceBlock[], start: number): { entries: ListEntry[]; end: number } | null {
  // The paragraph `k` places after `start`, when it can be part of a typed list.
  const at = (k: number): SourceParagraph | null => {
    const block = blocks[start + k]
    return block?.kind === 'paragraph' && !block.list ? block : null
  }
  const first = at(0)
  if (!first) return null
  const text = paragraphText(first)
  if (BULLET_PREFIX.test(text)) {
    const items: { paragraph: SourceParagraph; mark: string; length: number }[] = []
    for (let p = at(0); p !== null; p = at(items.length)) {
      const match = BULLET_PREFIX.exec(paragraphText(p))
      if (!match) break
      items.push({ paragraph: p, mark: match[1] ?? '-', length: match[0].length })
    }
    const ranks = [...new Set(items.map((item) => BULLET_RANK[item.mark] ?? 0))].sort((a, b) => a - b)
    const entries = items.map((item) => ({
      depth: ranks.indexOf(BULLET_RANK[item.mark] ?? 0),
      ordered: false,
      inlines: dropPrefix(item.paragraph.inlines, item.length),
    }))
    return { entries, end: items.length }
  }
  if (!NUMBER_PREFIX.test(text)) return null
  let end = 0
  let expected = Number(NUMBER_PREFIX.exec(text)?.[1])
  let numbered = 0
  let letter = 0
  const entries: ListEntry[] = []
  for (let p = at(0); p !== null; p = at(end)) {
    const t = paragraphText(p)
    const number = NUMBER_PREFIX.exec(t)
    const alpha = numbered > 0 ? LETTER_PREFIX.exec(t) : null
    if (number && Number(number[1]) === expected) {
      entries.push({ depth: 0, ordered: true, inlines: dropPrefix(p.inlines, number[0].length) })
      expected++
      numbered++
      letter = 0
    } else if (alpha && alpha[1] === 'abcdđeghiklmnopqrstuvxy'.charAt(letter)) {
      entries.push({ depth: 1, ordered: true, inlines: dropPrefix(p.inlines, alpha[0].length) })
      letter++
    } else break
    end++
  }
  return numbered >= 2 ? { entries, end } : null
}

function classify(blocks: readonly SourceBlock[]): Classified[] {
  const out: Classified[] = []
  let i = 0
  while (i < blocks.length) {
    const block = blocks[i] as SourceBlock
    if (block.kind === 'table') {
      out.push({ kind: 'block', block })
      i++
      continue
    }
    const entry = wordListEntry(block)
    if (entry) {
      out.push({ kind: 'item', entry })
      i++
      continue
    }
    const typed = typedEntries(blocks, i)
    if (typed) {
      for (const e of typed.entries) out.push({ kind: 'item', entry: e })
      i += typed.end
    } else {
      out.push({ kind: 'block', block })
      i++
    }
  }
  return out
}

function cellText(blocks: readonly SourceBlock[]): string {
  return blocks
    .map((b) => (b.kind === 'paragraph' ? paragraphText(b) : ''))
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim()
}

class ContentBuilder {
  constructor(private readonly lost: LostCounter) {}

  /** Block nodes for a run of blocks; `inCell` flattens tables nested in a table. */
  nodes(blocks: readonly SourceBlock[], inCell: boolean): JsonNode[] {
    const out: JsonNode[] = []
    let items: ListEntry[] = []
    const flushItems = (): void => {
      if (items.length > 0) out.push(...buildLists(items, 0))
      items = []
    }
    for (const entry of classify(blocks)) {
      if (entry.kind === 'item') {
        items.push(entry.entry)
        continue
      }
      flushItems()
      const block = entry.block
      if (block.kind === 'table') out.push(...(inCell ? this.flattened(block) : [this.table(block)]))
      else {
        const children = inlineNodes(block.inlines)
        if (children.length === 0) continue
        const align = block.align === 'center' || block.align === 'right' ? block.align : null
        const indent = !inCell && block.indent !== null && block.indent >= 283 ? Math.min(4, Math.round(block.indent / 567)) : 0
        out.push(paragraphNode(children, { align, indent }))
      }
    }
    flushItems()
    return out
  }

  /** A table inside a table cell, which the editor cannot hold: one paragraph per row. */
  private flattened(table: SourceTable): JsonNode[] {
    this.lost.add('nestedTable')
    return table.rows
      .map((row) =>
        row.cells
          .map((cell) => cellText(cell.blocks))
          .filter((t) => t !== '')
          .join(' | '),
      )
      .filter((line) => line !== '')
      .map((line) => paragraphNode([textNode(line)]))
  }

  private table(table: SourceTable): JsonNode {
    const rows = table.rows.map((row) =>
      tableRowNode(
        row.cells.map((cell) => {
          const children = this.nodes(cell.blocks, true)
          return tableCellNode(children.length > 0 ? children : [paragraphNode([])], {
            header: row.header,
            colSpan: cell.colSpan,
            rowSpan: cell.rowSpan,
          })
        }),
      ),
    )
    return tableNode(rows)
  }
}

/**
 * Lexical content for imported blocks; null when they hold nothing but empty paragraphs. Tables
 * nested in tables are counted in `lost` (their rows become paragraphs).
 */
export function toContent(blocks: readonly SourceBlock[], lost: LostCounter): SerializedContent | null {
  const children = new ContentBuilder(lost).nodes(blocks, false)
  if (children.length === 0) return null
  return contentOf(children)
}
