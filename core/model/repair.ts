/**
 * Saving never depends on the whole report passing the schema. The values a clerk types are all
 * valid by construction (the schema takes them as typed, see schema.ts); what could still fail is
 * a value of the wrong kind from a bug or a damaged file. Such a value is replaced by the value
 * at the same place in the last good version (or, where that has none, by the nearest enclosing
 * value it has), and everything else is kept: one bad value never costs the rest of the report.
 * The places replaced are returned, so that the caller can say so.
 */
import type { z } from 'zod'
import { DomainError } from './errors'
import { IndicatorTable, LayoutChoices, Meta, Report, SerializedContent, type Section } from './schema'
import { normalizeText } from './migrate'

/** A value that passes its schema, and the places (dotted paths) that had to be replaced. */
export interface Repaired<T> {
  value: T
  replaced: string[]
}

type Key = string | number
type Json = Record<string, unknown>

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A deep copy of JSON-like data. */
const copy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T))

/**
 * The value at `path` in the fallback, found by position in objects and, in arrays of items with
 * an `id`, by that id (a section moved in the candidate still finds its own last good value).
 */
function fallbackAt(candidate: unknown, fallback: unknown, path: readonly Key[]): unknown {
  let c: unknown = candidate
  let f: unknown = fallback
  for (const key of path) {
    if (Array.isArray(c) && Array.isArray(f) && typeof key === 'number') {
      const item: unknown = c[key]
      const id = isRecord(item) && typeof item.id === 'string' ? item.id : null
      const match = id === null ? f[key] : f.find((x: unknown) => isRecord(x) && x.id === id)
      c = item
      f = match
    } else if (isRecord(c) && isRecord(f) && typeof key === 'string') {
      c = c[key]
      f = f[key]
    } else {
      return undefined
    }
    if (f === undefined) return undefined
  }
  return f
}

function setAt(root: unknown, path: readonly Key[], value: unknown): unknown {
  if (path.length === 0) return value
  let node: unknown = root
  for (const key of path.slice(0, -1)) {
    node = isRecord(node) || Array.isArray(node) ? (node as Record<Key, unknown>)[key] : undefined
  }
  const last = path[path.length - 1] as Key
  if (Array.isArray(node) && typeof last === 'number') {
    if (value === undefined) node.splice(last, 1)
    else node[last] = value
  } else if (isRecord(node)) {
    if (value === undefined) Reflect.deleteProperty(node, last)
    else node[last] = value
  }
  return root
}

/** A neutral value for a leaf of the wrong kind, from what the schema expected there. */
function leafDefault(issue: z.core.$ZodIssue): { value: unknown } | null {
  if (issue.code === 'invalid_type') {
    if (issue.expected === 'string') return { value: '' }
    if (issue.expected === 'boolean') return { value: false }
    if (issue.expected === 'array') return { value: [] }
    return null
  }
  if (issue.code === 'invalid_value') return { value: issue.values[0] }
  if (issue.code === 'invalid_union') return { value: null }
  return null
}

const keyOf = (path: readonly Key[]): string => path.join('.')

/**
 * `candidate` as a valid value of `schema`: unchanged when it passes. Otherwise each failing place
 * takes, in order of preference: the fallback's value there; a neutral value of the expected kind
 * ("" for text, null for a figure); nothing, for a key the schema may leave out or a list item
 * with no counterpart; and when the same place keeps failing, the enclosing value is replaced
 * the same way.
 *
 * @throws DomainError('invalid') when nothing valid can be made (no fallback for the whole).
 */
export function repairValue<T>(schema: z.ZodType<T>, candidate: unknown, fallback: T | undefined): Repaired<T> {
  const first = schema.safeParse(candidate)
  if (first.success) return { value: first.data, replaced: [] }
  let data: unknown = copy(candidate)
  const tried = new Set<string>()
  let issues = first.error.issues
  for (let round = 0; round < 10_000; round++) {
    const issue = issues[0]
    if (!issue) break
    const issuePath: Key[] = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k))
    let path = issuePath
    while (path.length > 0 && tried.has(keyOf(path))) path = path.slice(0, -1)
    if (tried.has(keyOf(path))) break
    tried.add(keyOf(path))
    const fromFallback = fallbackAt(data, fallback, path)
    const neutral = path === issuePath ? leafDefault(issue) : null
    if (fromFallback !== undefined) data = setAt(data, path, copy(fromFallback))
    else if (neutral) data = setAt(data, path, neutral.value)
    else if (path.length > 0) data = setAt(data, path, undefined)
    else break
    const next = schema.safeParse(data)
    if (next.success) return { value: next.data, replaced: [...tried] }
    issues = next.error.issues
  }
  throw new DomainError('invalid', { path: keyOf(first.error.issues[0]?.path.map(String) ?? []), detail: '' })
}

/** A whole report as sent by the editor or read from the crash journal, against its last good version. */
export function repairReport(candidate: unknown, fallback: Report | null): Repaired<Report> {
  const repaired = repairValue(Report, candidate, fallback ?? undefined)
  return { value: normalizeText(repaired.value), replaced: repaired.replaced }
}

/** What a patch may carry, before its parts are checked one by one. */
export interface LoosePatch {
  sections: Record<string, unknown>
  meta?: unknown
  indicators?: unknown
  layout?: unknown
}

function findSection(list: readonly Section[], id: string): Section | undefined {
  for (const section of list) {
    if (section.id === id) return section
    const found = findSection(section.children, id)
    if (found) return found
  }
  return undefined
}

const Indicators = IndicatorTable.array()
const Content = SerializedContent.nullable()

/**
 * The parts of a patch as valid values, each checked on its own against the same part of `base`
 * (a keystroke's patch checks one section, not the whole report). Replaced places are given as
 * paths in the report ("meta.copies", "sections.<id>", "indicators.0.rows.2.plan").
 */
export function repairPatch(
  patch: LoosePatch,
  base: Report,
): Repaired<{
  sections: Record<string, Report['sections'][number]['content']>
  meta?: Meta
  indicators?: IndicatorTable[]
  layout?: LayoutChoices
}> {
  const replaced: string[] = []
  const part = <T>(name: string, schema: z.ZodType<T>, value: unknown, fallback: T | undefined): T => {
    const repaired = repairValue(schema, value, fallback)
    replaced.push(...repaired.replaced.map((p) => (p === '' ? name : `${name}.${p}`)))
    return repaired.value
  }
  const sections: Record<string, Report['sections'][number]['content']> = {}
  for (const [id, content] of Object.entries(patch.sections)) {
    const section = findSection(base.sections, id)
    // A section the base does not have: applyPatch asks for the whole report.
    sections[id] = section ? part(`sections.${id}`, Content, content, section.content) : part(`sections.${id}`, Content, content, null)
  }
  const value = {
    sections,
    ...(patch.meta === undefined ? {} : { meta: normalizeText(part('meta', Meta, patch.meta, base.meta)) }),
    ...(patch.indicators === undefined
      ? {}
      : { indicators: normalizeText(part('indicators', Indicators, patch.indicators, base.indicators)) }),
    ...(patch.layout === undefined ? {} : { layout: part('layout', LayoutChoices, patch.layout, base.layout) }),
  }
  return { value, replaced }
}
