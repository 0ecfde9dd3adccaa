/**
 * What the import writes into sections is content the editor can hold: it loads in Lexical 0.52
 * with the nodes the section editors register, comes back out unchanged in text and node types,
 * uses no type outside that list, and exports through core/docx in strict mode.
 */
import { createEditor, type SerializedEditorState } from 'lexical'
import { describe, expect, it } from 'vitest'
import { renderDocx, toBlocks } from '../../../core/docx'
import { contentText } from '../../../core/nodes/plain-text'
import type { Section, SerializedContent } from '../../../core/model/schema'
import { EDITOR_NODES } from '../../../renderer/editor/nodes'
import { NODE_TYPES } from '../../../core/nodes'
import { builtinTemplates } from '../../../electron/services/templates'
import { filledReport } from './fixtures'
import { importBytes } from './helpers'
import { partyReport, wordStyledReport } from './word-fixtures'

function contents(sections: readonly Section[]): SerializedContent[] {
  return sections.flatMap((s) => [...(s.content ? [s.content] : []), ...contents(s.children)])
}

function types(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => types(n, out))
  else if (typeof node === 'object' && node !== null) {
    const record = node as Record<string, unknown>
    if (typeof record.type === 'string') out.add(record.type)
    for (const value of Object.values(record)) if (typeof value === 'object') types(value, out)
  }
  return out
}

/** Load content into a headless editor with the app's nodes and serialize it again. */
function throughLexical(content: SerializedContent): SerializedContent {
  const editor = createEditor({
    namespace: 'import-test',
    nodes: [...EDITOR_NODES],
    onError: (error) => {
      throw error
    },
  })
  editor.setEditorState(editor.parseEditorState(JSON.stringify(content)))
  return editor.getEditorState().toJSON() as SerializedEditorState as unknown as SerializedContent
}

describe('imported content in the editor', () => {
  const cases: Array<[string, () => Promise<Uint8Array>]> = [
    ['a report typed in Word', wordStyledReport],
    ['a Party report', partyReport],
    [
      'our own export',
      async () =>
        renderDocx(
          filledReport(
            builtinTemplates()[0] ??
              (() => {
                throw new Error('no template')
              })(),
          ),
        ),
    ],
  ]
  for (const [name, make] of cases) {
    it(`${name}: loads in Lexical, keeps its text and node types, and exports strictly`, async () => {
      const { report } = await importBytes(await make())
      const all = contents(report.sections)
      expect(all.length).toBeGreaterThan(0)
      for (const content of all) {
        for (const type of types(content.root)) expect(NODE_TYPES).toContain(type)
        const loaded = throughLexical(content)
        expect(contentText(loaded)).toBe(contentText(content))
        expect([...types(loaded.root)].sort()).toEqual([...types(content.root)].sort())
        expect(() => toBlocks(content, { strict: true })).not.toThrow()
      }
      await expect(renderDocx(report, { strict: true })).resolves.toBeInstanceOf(Uint8Array)
    })
  }
})
