/** Words and template blanks of a report, recounted only for the sections that changed. */
import type { Section } from '../../core/model/schema'
import { contentText, countWords } from '../../core/nodes/plain-text'
import { countBlanks } from './find'

export interface WordCounts {
  /** Recount the sections in `changed` (every section when null, or not counted yet); the report's totals. */
  recount: (sections: readonly Section[], changed: ReadonlySet<string> | null) => { words: number; blanks: number }
  /** Forget every count (another report, or a new tree). */
  clear: () => void
}

export function createWordCounts(): WordCounts {
  const counts = new Map<string, { words: number; blanks: number }>()

  function visit(list: readonly Section[], changed: ReadonlySet<string> | null): void {
    for (const section of list) {
      if (changed === null || changed.has(section.id) || !counts.has(section.id)) {
        counts.set(section.id, {
          words: countWords(section.title) + countWords(contentText(section.content)),
          blanks: countBlanks(section.content),
        })
      }
      visit(section.children, changed)
    }
  }

  return {
    recount(sections, changed) {
      visit(sections, changed)
      let words = 0
      let blanks = 0
      for (const count of counts.values()) {
        words += count.words
        blanks += count.blanks
      }
      return { words, blanks }
    },
    clear: () => counts.clear(),
  }
}
