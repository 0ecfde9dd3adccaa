/**
 * What the UI and the page layout (in a worker, or in idle time when a worker cannot start) say to
 * each other: a report to lay out, then its pages as HTML, a few at a time, then the count.
 */
import type { Report } from '../../core/model/schema'
import type { Page } from '../../core/pages'
import { sheetContent } from '../../core/pages/html'

export interface LayoutRequest {
  /** Later requests replace earlier ones: a run whose id is no longer the latest stops. */
  id: number
  report: Report
  draft: boolean
}

/** A page as the preview draws it. */
export interface PreviewPage {
  html: string
  width: number
  height: number
  landscape: boolean
  /** The page number printed on it, null on the first page of each section. */
  number: number | null
}

export type LayoutMessage =
  | { id: number; kind: 'pages'; from: number; pages: PreviewPage[] }
  | { id: number; kind: 'done'; count: number; ms: number }
  | { id: number; kind: 'failed'; message: string }

export function previewPage(page: Page): PreviewPage {
  return { html: sheetContent(page), width: page.width, height: page.height, landscape: page.landscape, number: page.number }
}

// The first page goes out alone, at once; the others in batches about this many milliseconds apart.
const BATCH_MS = 60

/**
 * Lay a report out page by page and send the pages as they come; between batches, `pause` lets
 * newer requests arrive, and `isLatest` stops a run that a newer request replaced.
 */
export async function runLayout(
  request: LayoutRequest,
  pages: Iterable<Page>,
  send: (message: LayoutMessage) => void,
  pause: () => Promise<void>,
  isLatest: () => boolean,
): Promise<void> {
  const started = performance.now()
  let batch: PreviewPage[] = []
  let from = 0
  let count = 0
  let sent = performance.now()
  try {
    for (const page of pages) {
      if (!isLatest()) return
      batch.push(previewPage(page))
      count++
      if (count === 1 || performance.now() - sent > BATCH_MS) {
        send({ id: request.id, kind: 'pages', from, pages: batch })
        from = count
        batch = []
        await pause()
        sent = performance.now()
      }
    }
    if (!isLatest()) return
    if (batch.length > 0) send({ id: request.id, kind: 'pages', from, pages: batch })
    send({ id: request.id, kind: 'done', count, ms: Math.round(performance.now() - started) })
  } catch (error) {
    send({ id: request.id, kind: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}
