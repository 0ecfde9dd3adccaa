/**
 * Find and replace over the serialized content of every section. Matches are counted and
 * replaced inside text nodes, so formatting around them is kept; a match that would span two
 * differently formatted pieces of text is not found (as in most editors).
 */
import { bracketBlanks } from '../../core/checks/placeholders'
import { searchPattern } from '../../core/format/search'
import type { Section, SerializedContent } from '../../core/model/schema'
import { forEachTextNode, setText, textOf } from '../../core/model/lexical'

export interface FindOptions {
  matchCase: boolean
  wholeWord: boolean
}

/** A regular expression for the query, or null when there is nothing to find. */
export function matcher(query: string, options: FindOptions): RegExp | null {
  const text = query.normalize('NFC')
  if (text === '') return null
  // "hoà" finds "hòa" too: the tone of "oa", "oe" and "uy" may sit on either vowel.
  const pattern = searchPattern(text)
  const body = options.wholeWord ? `(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])` : pattern
  return new RegExp(body, options.matchCase ? 'gu' : 'giu')
}

/** The template blanks ("[số]") in a section's content, text node by text node as the editor finds them. */
export function countBlanks(content: SerializedContent | null): number {
  if (!content) return 0
  let count = 0
  forEachTextNode(content.root, (node) => {
    count += bracketBlanks(textOf(node)).length
  })
  return count
}

export function countInContent(content: SerializedContent | null, pattern: RegExp): number {
  if (!content) return 0
  let count = 0
  forEachTextNode(content.root, (node) => {
    count += textOf(node).match(pattern)?.length ?? 0
  })
  return count
}

/** The content with every match replaced; null when nothing matched. */
export function replaceInContent(content: SerializedContent | null, pattern: RegExp, replacement: string): SerializedContent | null {
  if (!content || countInContent(content, pattern) === 0) return null
  const copy = structuredClone(content)
  const text = replacement.normalize('NFC')
  forEachTextNode(copy.root, (node) =>
    setText(
      node,
      textOf(node).replace(pattern, () => text),
    ),
  )
  return copy
}

/** The content with only the `n`-th match (0-based, in reading order) replaced. */
export function replaceNthInContent(content: SerializedContent, pattern: RegExp, n: number, replacement: string): SerializedContent {
  const copy = structuredClone(content)
  const text = replacement.normalize('NFC')
  let seen = 0
  forEachTextNode(copy.root, (node) =>
    setText(
      node,
      textOf(node).replace(pattern, (match) => (seen++ === n ? text : match)),
    ),
  )
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
