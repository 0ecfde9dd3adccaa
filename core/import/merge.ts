/**
 * Merging contributions (a department's sections, read from a .docx or a .baocao) into the open
 * report. Each imported section with text is matched to a section of the report — by template
 * key, then by normalised title, then by similar title — or falls under the match of the section
 * above it. Merging only appends: what the report already holds is never replaced.
 */
import { contentText } from '../nodes/plain-text'
import type { SerializedContent, Section } from '../model/schema'
import { appendContent, blocksOf, paragraphOf } from './content-ops'
import { normalizeTitle, titleSimilarity } from './text'

const SIMILAR = 0.75

/** How a contribution's section was suggested. */
export type MatchKind = 'key' | 'title' | 'similar' | 'parent' | 'none'

/** A part of an imported file that holds text, with a suggested section. */
export interface Contribution {
  /** Id of the imported section. */
  id: string
  title: string
  /** Titles of the imported sections above it, outermost first. */
  path: string[]
  content: SerializedContent
  /** False for an unnumbered part (an opening paragraph), which takes no heading line. */
  numbered: boolean
  /** Suggested section of the report; null when nothing matches. */
  targetId: string | null
  match: MatchKind
}

interface Flat {
  section: Section
  path: string[]
}

function flatten(sections: readonly Section[], path: string[] = []): Flat[] {
  return sections.flatMap((s) => [{ section: s, path }, ...flatten(s.children, [...path, s.title])])
}

function directMatch(section: Section, targets: readonly Flat[]): { id: string; match: MatchKind } | null {
  if (!section.numbered) return null
  if (section.key !== '') {
    const byKey = targets.find((t) => t.section.key === section.key)
    if (byKey) return { id: byKey.section.id, match: 'key' }
  }
  const wanted = normalizeTitle(section.title)
  if (wanted !== '') {
    const byTitle = targets.find((t) => normalizeTitle(t.section.title) === wanted)
    if (byTitle) return { id: byTitle.section.id, match: 'title' }
  }
  let best: Flat | null = null
  let score = SIMILAR
  for (const t of targets) {
    const sim = titleSimilarity(section.title, t.section.title)
    if (sim >= score) {
      best = t
      score = sim
    }
  }
  return best ? { id: best.section.id, match: 'similar' } : null
}

/** The imported sections that hold text, each with a suggested section of `target`. */
export function contributionsOf(imported: readonly Section[], target: readonly Section[]): Contribution[] {
  const targets = flatten(target)
  const out: Contribution[] = []
  const visit = (list: readonly Section[], path: string[], inherited: string | null): void => {
    for (const section of list) {
      const direct = directMatch(section, targets)
      const targetId = direct?.id ?? inherited
      if (section.content !== null && contentText(section.content).trim() !== '') {
        out.push({
          id: section.id,
          title: section.title,
          path,
          content: section.content,
          numbered: section.numbered,
          targetId,
          match: direct?.match ?? (inherited ? 'parent' : 'none'),
        })
      }
      visit(section.children, [...path, section.title], targetId)
    }
  }
  visit(imported, [], null)
  return out
}

/** A contribution placed in a section; `heading` puts its title above it as a bold line. */
export interface Placement {
  contribution: Contribution
  targetId: string
  heading: boolean
}

/** A section's content before and after a merge ("Hoàn tác" puts `before` back). */
export interface MergeChange {
  sectionId: string
  before: SerializedContent | null
  after: SerializedContent
}

function findSection(sections: readonly Section[], id: string): Section | null {
  for (const s of sections) {
    if (s.id === id) return s
    const found = findSection(s.children, id)
    if (found) return found
  }
  return null
}

/**
 * The new content of each section that receives something: what it held, then the placed
 * contributions in the given order. Sections of `target` are read, never changed.
 */
export function mergeContributions(target: readonly Section[], placements: readonly Placement[]): MergeChange[] {
  const changes = new Map<string, MergeChange>()
  for (const placement of placements) {
    const section = findSection(target, placement.targetId)
    if (!section) continue
    const current = changes.get(section.id)
    const before = current ? current.after : section.content
    const addition = [
      ...(placement.heading ? [paragraphOf(placement.contribution.title, true)] : []),
      ...blocksOf(placement.contribution.content),
    ]
    const after = appendContent(before, addition)
    if (after === null) continue
    changes.set(section.id, { sectionId: section.id, before: current ? current.before : section.content, after })
  }
  return [...changes.values()]
}
