/**
 * The UI's translation resources: the renderer's own strings merged over the domain messages of
 * `core/i18n`, so that `errors.*` and `checks.*` keys from the backend resolve in the same
 * namespace. Pure data, shared by the i18next instance and the key test.
 */
import { coreResources } from '../../core/i18n'

export const LANGUAGES = ['vi', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = 'vi'

export type ResourceTree = { [key: string]: string | ResourceTree }

function isTree(value: unknown): value is ResourceTree {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Deep merge of two resource trees; leaves of `over` win. Neither input is changed. */
export function mergeResources(base: ResourceTree, over: ResourceTree): ResourceTree {
  const out: ResourceTree = { ...base }
  for (const [key, value] of Object.entries(over)) {
    const existing = out[key]
    out[key] = isTree(existing) && isTree(value) ? mergeResources(existing, value) : value
  }
  return out
}

/** Every leaf key of a tree in dotted form ("editor.toolbar.bold"), sorted. */
export function leafKeys(tree: ResourceTree, prefix = ''): string[] {
  const keys: string[] = []
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`
    if (isTree(value)) keys.push(...leafKeys(value, path))
    else keys.push(path)
  }
  return keys.sort()
}

/**
 * One JSON file per area of the UI (`locales/vi/editor.json` holds the `editor.*` keys), so
 * that each screen's strings live together and can be edited without touching the others.
 */
const files = import.meta.glob<ResourceTree>('./locales/*/*.json', { eager: true, import: 'default' })

function collect(language: Language): ResourceTree {
  const tree: ResourceTree = {}
  for (const [path, value] of Object.entries(files)) {
    const match = /\.\/locales\/([a-z]+)\/([\w-]+)\.json$/.exec(path)
    if (match?.[1] === language && match[2]) tree[match[2]] = value
  }
  return tree
}

/** The renderer's own strings per language, before merging. */
export const rendererResources: Record<Language, ResourceTree> = { vi: collect('vi'), en: collect('en') }

/** What the i18next instance loads: core messages with the renderer's strings on top. */
export const uiResources: Record<Language, ResourceTree> = {
  vi: mergeResources(coreResources.vi, rendererResources.vi),
  en: mergeResources(coreResources.en, rendererResources.en),
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}
