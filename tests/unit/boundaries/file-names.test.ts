/**
 * One naming rule for source files: React components and Lexical plugins in PascalCase `.tsx`
 * (the file exports a component of a PascalCase name), every other module kebab-case — tests,
 * configs and the renderer's entry (`renderer/main.tsx`) included.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../../..')
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*\.(?:ts|tsx|mjs|js)$/u
const PASCAL = /^[A-Z][A-Za-z0-9]*\.tsx$/u
/** Modules that render React but are not components: the entry point. */
const NOT_COMPONENTS = new Set(['renderer/main.tsx'])
const EXPORTS_COMPONENT = /^export (?:default )?(?:function|const) [A-Z][A-Za-z0-9]*\b/mu

/** What breaks the rule, one line per file; `read` gives a file's text. */
function namingProblems(paths: readonly string[], read: (path: string) => string): string[] {
  const out: string[] = []
  for (const path of paths) {
    const name = basename(path)
    const component = path.startsWith('renderer/') && name.endsWith('.tsx') && !NOT_COMPONENTS.has(path)
    if (component) {
      if (!PASCAL.test(name)) out.push(`${path}: a component or plugin file is named in PascalCase`)
      else if (!EXPORTS_COMPONENT.test(read(path))) out.push(`${path}: exports no PascalCase component`)
    } else if (!KEBAB.test(name)) out.push(`${path}: a module that is not a component is named in kebab-case`)
  }
  return out
}

function sourceFiles(): string[] {
  return execFileSync('git', ['ls-files', '*.ts', '*.tsx', '*.mjs', '*.js'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((line) => line !== '')
}

describe('file names', () => {
  it('follow the rule across the whole tree', () => {
    const files = sourceFiles()
    expect(files.length).toBeGreaterThan(100)
    expect(namingProblems(files, (path) => readFileSync(join(ROOT, path), 'utf8'))).toEqual([])
  })

  it('catch a plugin in kebab-case, a module in PascalCase and a component file without a component', () => {
    const read = (path: string): string => (path.endsWith('Helpers.tsx') ? 'export function helper() {}' : 'export function X() {}')
    expect(
      namingProblems(
        [
          'renderer/editor/paste-guard-plugin.tsx',
          'core/model/Schema.ts',
          'renderer/components/Helpers.tsx',
          'renderer/editor/PasteGuardPlugin.tsx',
          'core/model/migrations/002-add-indicators.ts',
          'tests/unit/core/nodes.test.tsx',
          'electron.vite.config.ts',
        ],
        read,
      ),
    ).toEqual([
      'renderer/editor/paste-guard-plugin.tsx: a component or plugin file is named in PascalCase',
      'core/model/Schema.ts: a module that is not a component is named in kebab-case',
      'renderer/components/Helpers.tsx: exports no PascalCase component',
    ])
  })
})
