/**
 * What changed since the backend last received the open report. A journal write or a save sends
 * only these parts (a patch), so that typing in a long report never ships the whole report; a
 * change of the tree, a new start of the autosave, or a backend that lost its copy sends it whole.
 * Free of the store and of the transport, so that it can be tested on its own.
 */
import type { OpenDocument, RequestOf, Result } from '../../core/contract'
import type { ErrorInfo } from '../../core/model/errors'
import type { ReportPatch } from '../../core/model/patch'
import type { Report, SerializedContent } from '../../core/model/schema'
import { findSection, normalizeReport } from './report-edit'

/** One write's request, for `documents.save` or `documents.journal`. */
export type WriteRequest = RequestOf<'documents.save'>

export interface UnsentChanges {
  /** A section's content changed. */
  section: (id: string) => void
  /** The fields of "Thông tin văn bản". */
  meta: () => void
  indicators: () => void
  layout: () => void
  /** The next write sends the whole report (a new tree, a new report, a backend that forgot it). */
  whole: () => void
  /**
   * Send what is unsent with `send`. What a failed write carried stays unsent; a backend that has
   * lost its copy of the report (restarted, or disagreeing about the tree) gets it whole at once.
   */
  write: <T>(send: (request: WriteRequest) => Promise<Result<T>>, doc: OpenDocument) => Promise<Result<T>>
}

interface Unsent {
  full: boolean
  sections: Set<string>
  meta: boolean
  indicators: boolean
  layout: boolean
}

const noneUnsent = (): Unsent => ({ full: false, sections: new Set(), meta: false, indicators: false, layout: false })

function nfc<T>(value: T): T {
  const text = JSON.stringify(value)
  const normalized = text.normalize('NFC')
  return normalized === text ? value : (JSON.parse(normalized) as T)
}

/** Changes of one open report; the first write sends it whole. */
export function createUnsentChanges(): UnsentChanges {
  let unsent: Unsent = { ...noneUnsent(), full: true }

  /** The request body for what is unsent now; `unsent` starts over (see {@link keep}). */
  function take(doc: OpenDocument): { taken: Unsent; write: { report: Report } | { patch: ReportPatch } } {
    const taken = unsent
    unsent = noneUnsent()
    if (taken.full) return { taken, write: { report: normalizeReport(doc.report) } }
    const sections: Record<string, SerializedContent | null> = {}
    for (const id of taken.sections) {
      const section = findSection(doc.report.sections, id)
      if (section) sections[id] = nfc(section.content)
    }
    const patch: ReportPatch = {
      sections,
      ...(taken.meta ? { meta: nfc(doc.report.meta) } : {}),
      ...(taken.indicators ? { indicators: nfc(doc.report.indicators) } : {}),
      ...(taken.layout ? { layout: doc.report.layout } : {}),
    }
    return { taken, write: { patch } }
  }

  /** A write failed: what it carried is still unsent (and goes whole if the backend lost its copy). */
  function keep(taken: Unsent, error: ErrorInfo): void {
    unsent.full ||= taken.full || error.code === 'needFull' || error.code === 'notOpen'
    unsent.meta ||= taken.meta
    unsent.indicators ||= taken.indicators
    unsent.layout ||= taken.layout
    for (const id of taken.sections) unsent.sections.add(id)
  }

  return {
    section(id) {
      unsent.sections.add(id)
    },
    meta() {
      unsent.meta = true
    },
    indicators() {
      unsent.indicators = true
    },
    layout() {
      unsent.layout = true
    },
    whole() {
      unsent.full = true
    },
    async write(send, doc) {
      const first = take(doc)
      const result = await send({ id: doc.id, ...first.write })
      if (result.ok) return result
      keep(first.taken, result.error)
      if (result.error.code !== 'needFull') return result
      const second = take(doc)
      const retry = await send({ id: doc.id, ...second.write })
      if (!retry.ok) keep(second.taken, retry.error)
      return retry
    },
  }
}
