/**
 * Runs the page layout in a worker, so that laying out a long report never holds up typing; where
 * a worker cannot start, in the main thread's idle time instead, a batch of pages at a time.
 */
import type { Report } from '../../core/model/schema'
import { reportPages, type Page } from '../../core/pages'
import { runLayout, type LayoutMessage, type LayoutRequest } from './layout-protocol'
import { whenIdle } from '../app/idle'

const idle = (): Promise<void> => whenIdle(200)

export class LayoutRunner {
  private worker: Worker | null = null
  private nextId = 0
  private latest: LayoutRequest | null = null

  constructor(private readonly deliver: (message: LayoutMessage) => void) {
    try {
      this.worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' })
      this.worker.onmessage = (event: MessageEvent<LayoutMessage>) => deliver(event.data)
      this.worker.onerror = () => this.fallBack()
    } catch {
      this.worker = null
    }
  }

  /** Lay `report` out; returns the id its messages carry. */
  request(report: Report, draft: boolean): number {
    const request: LayoutRequest = { id: ++this.nextId, report, draft }
    this.latest = request
    if (this.worker) this.worker.postMessage(request)
    else this.runHere(request)
    return request.id
  }

  dispose(): void {
    this.worker?.terminate()
    this.worker = null
    this.latest = null
  }

  /** The worker did not start (or broke): lay out here from now on, the latest request again. */
  private fallBack(): void {
    // Once only: a broken worker may report more than one error.
    if (this.worker === null) return
    this.worker.terminate()
    this.worker = null
    if (this.latest) this.runHere(this.latest)
  }

  /** Starts after the caller has noted the request's id, in idle time: its first pages come at once. */
  private runHere(request: LayoutRequest): void {
    const pages = (): Iterable<Page> => reportPages(request.report, { draft: request.draft })
    void idle().then(() => runLayout(request, pages(), this.deliver, idle, () => this.latest?.id === request.id))
  }
}
