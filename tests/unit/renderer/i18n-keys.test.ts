/**
 * Every user-facing string goes through i18next: Vietnamese and English must have the same keys,
 * and every key the code asks for must exist (literal keys are read from the source; keys built
 * at run time must belong to a family listed here, whose members are all checked).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { createInstance } from 'i18next'
import { describe, expect, it } from 'vitest'
import { leafKeys, uiResources } from '../../../renderer/i18n/resources'
import { AuthorityMark, IndicatorKind, IssuerKind, ReportKind } from '../../../core/model/schema'
import { coreResources } from '../../../core/i18n'
import { methodNames, NoticeCode } from '../../../core/contract'

const RENDERER = join(import.meta.dirname, '../../../renderer')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.(ts|tsx)$/.test(name) ? [path] : []
  })
}

const viKeys = new Set(leafKeys(uiResources.vi))
const enKeys = new Set(leafKeys(uiResources.en))

/** Keys with plural forms are stored as key_one / key_other. */
function exists(keys: Set<string>, key: string): boolean {
  return keys.has(key) || keys.has(`${key}_other`)
}

/** The families of keys built at run time, with every member the code can ask for. */
const DYNAMIC: Record<string, readonly string[]> = {
  'home.kinds.': ReportKind.options,
  'newReport.kinds.': ReportKind.options,
  'newReport.kindHelp.': ReportKind.options,
  'issuers.': IssuerKind.options,
  'meta.authority.': AuthorityMark.options,
  'editor.tabs.': ['outline', 'meta', 'indicators', 'problems', 'proof'],
  'outline.completion.': ['empty', 'text', 'placeholder'],
  'meta.layout.margins.': ['top', 'bottom', 'left', 'right'],
  'meta.layout.fields.': ['bodySize', 'lineSpacing', 'margins.top', 'margins.bottom', 'margins.left', 'margins.right'],
  'settings.languages.': ['vi', 'en'],
  'newReport.profiles.': ['state', 'party'],
  'errors.': [],
  'app.notices.': NoticeCode.options,
  'import.encodings.': ['tcvn3', 'vni', 'viqr'],
  'proofing.settings.styles.': ['auto', 'old', 'new'],
  'proofing.targets.': ['meta.title', 'meta.kinhGui', 'indicators'],
  'indicators.kind.': IndicatorKind.options,
  'meta.guidance.': ['nd30', 'hd36', 'hd05'],
  'meta.guidance.short.': ['nd30', 'hd36', 'hd05'],
  'indicators.problems.': ['negative', 'aboveTotal', 'zeroBase'],
  // The field a step of the undo history names (components/MetaForm.tsx).
  'meta.fields.': [
    ...['issuerKind', 'parent', 'issuer', 'number', 'symbol', 'place', 'date', 'title', 'kinhGui', 'recipients', 'archive', 'drafter'],
    ...['copies', 'authority', 'body', 'headTitle', 'signerTitle', 'signerName'],
  ],
}

describe('translations', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect([...viKeys].filter((k) => !enKeys.has(k))).toEqual([])
    expect([...enKeys].filter((k) => !viKeys.has(k))).toEqual([])
    expect(leafKeys(coreResources.vi as never)).toEqual(leafKeys(coreResources.en as never))
  })

  it('are NFC and not empty', () => {
    for (const lang of ['vi', 'en'] as const) {
      const walk = (tree: unknown, path: string): void => {
        if (typeof tree === 'string') {
          expect(tree.trim(), path).not.toBe('')
          expect(tree, path).toBe(tree.normalize('NFC'))
        } else if (tree && typeof tree === 'object') {
          for (const [k, v] of Object.entries(tree)) walk(v, `${path}.${k}`)
        }
      }
      walk(uiResources[lang], lang)
    }
  })

  it('contain every key the UI asks for', () => {
    const missing: string[] = []
    const unknownDynamic: string[] = []
    for (const file of sources(RENDERER)) {
      const text = readFileSync(file, 'utf8')
      for (const call of text.matchAll(/\bt\(([^()]*)\)/g)) {
        const args = call[1] ?? ''
        for (const literal of args.matchAll(/'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g)) {
          const key = literal[1] ?? ''
          if (!exists(viKeys, key)) missing.push(`${relative(RENDERER, file)}: ${key}`)
        }
        for (const template of args.matchAll(/`([\w.-]*)\$\{/g)) {
          const prefix = template[1] ?? ''
          if (!(prefix in DYNAMIC)) unknownDynamic.push(`${relative(RENDERER, file)}: ${prefix}…`)
        }
      }
    }
    for (const [prefix, members] of Object.entries(DYNAMIC)) {
      for (const member of members) if (!exists(viKeys, `${prefix}${member}`)) missing.push(`${prefix}${member}`)
    }
    expect(missing).toEqual([])
    expect(unknownDynamic).toEqual([])
  })

  it('contain the label of every step of the undo history', () => {
    const missing: string[] = []
    for (const file of sources(RENDERER)) {
      const text = readFileSync(file, 'utf8')
      for (const match of text.matchAll(/'(history\.\w+)'/g)) {
        const key = match[1] ?? ''
        // "history.list" and the like are calls to the backend, not labels.
        if (!(methodNames as readonly string[]).includes(key) && !exists(viKeys, key)) missing.push(`${relative(RENDERER, file)}: ${key}`)
      }
    }
    expect(missing).toEqual([])
  })
})

describe('counts in sentences', () => {
  const i18n = createInstance()
  void i18n.init({
    resources: { vi: { translation: uiResources.vi }, en: { translation: uiResources.en } },
    interpolation: { escapeValue: false },
    initAsync: false,
  })

  it('say "1 error, 2 warnings" in English, each count with its own plural', () => {
    const summary = (errors: number, warnings: number, lng: string): string => i18n.t('checkPanel.summary', { errors, warnings, lng })
    expect(summary(1, 2, 'en')).toBe('1 error, 2 warnings')
    expect(summary(25, 1, 'en')).toBe('25 errors, 1 warning')
    expect(summary(0, 0, 'en')).toBe('0 errors, 0 warnings')
    expect(summary(25, 7, 'vi')).toBe('25 lỗi, 7 lưu ý')
    expect(summary(1, 1, 'vi')).toBe('1 lỗi, 1 lưu ý')
  })
})
