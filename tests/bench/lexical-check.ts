/**
 * Proof that the generated section content is what the editor itself writes: each section is
 * loaded into a headless Lexical editor with the app's node list and serialized again; the
 * result must equal the input. A fixture Lexical would rewrite would measure the wrong thing.
 */
import { createEditor } from 'lexical'
import { EDITOR_NODES } from '../../renderer/editor/nodes'
import type { Report } from '../../core/model/schema'
import { flatSections } from './fixture'

/** Sorted-key JSON, so that key order does not count as a difference. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
    }
    return v
  })
}

/** Ids of the sections whose content Lexical does not give back unchanged (none is good). */
export function lexicalRoundTrip(report: Report): string[] {
  const editor = createEditor({
    nodes: [...EDITOR_NODES],
    onError: (error) => {
      throw error
    },
  })
  const differing: string[] = []
  for (const section of flatSections(report.sections)) {
    if (section.content === null) continue
    const state = editor.parseEditorState(JSON.stringify(section.content))
    if (canonical(state.toJSON()) !== canonical(section.content)) differing.push(section.id)
  }
  return differing
}
