/**
 * Loading a `.baocao` file: parse, refuse what is not ours or is newer, run the migration chain,
 * then validate against the current schema.
 */
import { DOCUMENT_FORMAT, Report, SCHEMA_VERSION } from './schema'
import { DomainError } from './errors'
import { migrations } from './migrations'
import { z } from 'zod'

const viErrors = z.locales.vi().localeError

/** Upgrade raw data of any known version to the current schema version (not yet validated). */
export function migrate(data: Record<string, unknown>): Record<string, unknown> {
  let current = data
  let version = typeof current.schemaVersion === 'number' ? current.schemaVersion : NaN
  if (!Number.isInteger(version) || version < 1) {
    throw new DomainError('notReport')
  }
  if (version > SCHEMA_VERSION) {
    throw new DomainError('newerVersion', { version, supported: SCHEMA_VERSION })
  }
  while (version < SCHEMA_VERSION) {
    const step = migrations.find((m) => m.from === version)
    if (!step) throw new DomainError('notReport')
    current = { ...step.up(current), schemaVersion: step.from + 1 }
    version = step.from + 1
  }
  return current
}

/**
 * Parse the text of a `.baocao` file into a valid, current report, or throw a DomainError.
 *
 * The text is put in NFC as a whole, which gives every string of the report in NFC without a
 * normalized copy of the report (JSON's structure is ASCII, and a quote never composes with a
 * mark after it). A file that spells a character as a `\u` escape, or of an earlier version, has its
 * strings normalized one by one after parsing instead, as data from the UI has.
 */
export function parseReport(text: string): Report {
  const escaped = text.includes('\\u')
  let data: unknown
  try {
    data = JSON.parse((escaped ? text : text.normalize('NFC')).replace(/^\uFEFF/, ''))
  } catch {
    throw new DomainError('notJson')
  }
  return validReport(data, escaped)
}

/** Validate already-parsed data (from a file or the UI) as a current report. */
export function loadReport(data: unknown): Report {
  return validReport(data, true)
}

function validReport(data: unknown, normalize: boolean): Report {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new DomainError('notReport')
  const record = data as Record<string, unknown>
  if (record.format !== DOCUMENT_FORMAT) throw new DomainError('notReport')
  const current = migrate(record)
  // zod's Vietnamese messages, so that the clerk reads what is wrong in the file.
  const result = Report.safeParse(current, { error: viErrors })
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new DomainError('invalid', { path: issue ? issue.path.join('.') : '', detail: issue?.message ?? '' })
  }
  // An upgraded report may hold strings the migrations put together: normalized one by one.
  return normalize || current !== record ? normalizeText(result.data) : result.data
}

/**
 * Serialize a report for disk: pretty JSON, NFC text, trailing newline. The JSON text itself is
 * normalized, without a normalized copy of the report first (a third of an autosave's time): JSON
 * writes every non-ASCII character as itself, and a quote never composes with a mark after it.
 */
export function serializeReport(report: Report): string {
  return `${JSON.stringify(report, null, 2).normalize('NFC')}\n`
}

/** Every string of `value` in NFC. */
export function normalizeText<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T
  if (Array.isArray(value)) return value.map((v: unknown) => normalizeText(v)) as T
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = normalizeText(v)
    return out as T
  }
  return value
}
