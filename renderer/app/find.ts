/**
 * Find and replace over the serialized content of every section. Matches are counted and
 * replaced inside text nodes, so formatting around them is kept; a match that would span two
 * differently formatted pieces of text is not found (as in most editors).
 */
import { bracketBlanks } from '../../core/checks/placeholders'
import type { Section, SerializedContent } from '../../core/model/schema'

export interface FindOptions {
  matchCase: boolean
  wholeWord: boolean
}

/** A regular expression for the query, or null when there is nothing to find. */
export function matcher(query: string, options: FindOptions): RegExp | null {
  const text = query.normalize('NFC')
  if (text === '') return null
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
  const body = options.wholeWord ? `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])` : escaped
  return new RegExp(body, options.matchCase ? 'gu' : 'giu')
}

type Node = Record<string, unknown>

function walkText(node: unknown, visit: (text: Node) => void): void {
  if (typeof node !== 'object' || node === null) return
  const record = node as Node
  if (record.type === 'text' && typeof record.text === 'string') visit(record)
  if (Array.isArray(record.children)) for (const child of record.children) walkText(child, visit)
}

/** The template blanks ("[số]") in a section's content, text node by text node as the editor finds them. */
export function countBlanks(content: SerializedContent | null): number {
  if (!content) return 0
  let count = 0
  walkText(content.root, (node) => {
    count += bracketBlanks(node.text as string).length
  })
  return count
}

export function countInContent(content: SerializedContent | null, pattern: RegExp): number {
  if (!content) return 0
  let count = 0
  walkText(content.root, (node) => {
    count += (node.text as string).match(pattern)?.length ?? 0
  })
  return count
}

/** The content with every match replaced; null when nothing matched. */
export function replaceInContent(content: SerializedContent | null, pattern: RegExp, replacement: string): SerializedContent | null {
  if (!content || countInContent(content, pattern) === 0) return null
  const copy = structuredClone(content)
  const text = replacement.normalize('NFC')
  walkText(copy.root, (node) => {
    node.text = (node.text as string).replace(pattern, () => text)
  })
  return copy
}

export interface SectionHits {
  id: string
  count: number
}

/** Matches per section, in reading order (sections without a match are left out). */
export function findInSections(sections: readonly Section[], pattern: RegExp): SectionHits[] {
  const out: SectionHits[] = []
  const visit = (list: readonly Section[]): void => {
    for (const section of list) {
      const count = countInContent(section.content, pattern)
      if (count > 0) out.push({ id: section.id, count })
      visit(section.children)
    }
  }
  visit(sections)
  return out
}
