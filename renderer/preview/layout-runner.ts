/**
 * Runs the page layout in a worker, so that laying out a long report never holds up typing; where
 * a worker cannot start, in the main thread's idle time instead, a batch of pages at a time.
 */
import type { Report } from '../../core/model/schema'
import { reportPages } from '../../core/pages'
import { runLayout, type LayoutMessage, type LayoutRequest } from './layout-protocol'
import { whenIdle } from '../app/idle'
import { LatestRequestWorker } from '../app/latest-request-worker'

const idle = (): Promise<void> => whenIdle(200)

export class LayoutRunner {
  private nextId = 0
  private readonly runner: LatestRequestWorker<LayoutRequest, LayoutMessage>

  constructor(deliver: (message: LayoutMessage) => void) {
    this.runner = new LatestRequestWorker(
      () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' }),
      deliver,
      // In idle time, after the caller has noted the request's id: its first pages come at once.
      (request, isLatest) =>
        void idle().then(() => runLayout(request, reportPages(request.report, { draft: request.draft }), deliver, idle, isLatest)),
    )
  }

  /** Lay `report` out; returns the id its messages carry. */
  request(report: Report, draft: boolean): number {
    const request: LayoutRequest = { id: ++this.nextId, report, draft }
    this.runner.post(request)
    return request.id
  }

  dispose(): void {
    this.runner.dispose()
  }
}
