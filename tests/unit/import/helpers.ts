/** Import helpers shared by the import tests. */
import { importReport, type ImportResult } from '../../../core/import/report'
import type { Section } from '../../../core/model/schema'
import { readWordFile } from '../../../electron/services/word-file'
import { builtinTemplates } from '../../../electron/services/templates'
import { idMaker } from './fixtures'

/** Read and import Word bytes (.docx, .doc, RTF, HTML) as the app does, with the built-in templates. */
export async function importBytes(bytes: Uint8Array, fileName = 'bao-cao.docx'): Promise<ImportResult> {
  const source = await readWordFile(bytes, fileName)
  return importReport(source, {
    templates: builtinTemplates(),
    fileName,
    appVersion: '0.1.0',
    newId: idMaker(),
    now: new Date('2026-01-10T00:00:00Z'),
  })
}

/** The section tree as titles, for comparing shapes. */
export function tree(sections: readonly Section[]): unknown[] {
  return sections.map((s) => (s.children.length > 0 ? { [s.title]: tree(s.children) } : s.title))
}

/** The first section with this title, at any depth. */
export function byTitle(sections: readonly Section[], title: string): Section {
  for (const s of sections) {
    if (s.title === title) return s
    const inner = s.children.length > 0 ? findIn(s.children, title) : null
    if (inner) return inner
  }
  throw new Error(`no section "${title}"`)
}

function findIn(sections: readonly Section[], title: string): Section | null {
  try {
    return byTitle(sections, title)
  } catch {
    return null
  }
}
