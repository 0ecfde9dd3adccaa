/**
 * Reads (analyses) the proofreading units of a report off the UI thread: in a worker
 * (proof.worker.ts), so that reading a long report never holds up opening it, typing or an
 * autosave; where a worker cannot start, in the main thread's idle time instead, a unit at a time.
 * A request replaces the one before it: a run whose request is no longer the latest stops.
 */
import { analyzeText, type ProofOptions, type TextAnalysis } from '../../core/proof'
import { whenIdle } from './idle'
import { LatestRequestWorker } from './latest-request-worker'

export interface UnitToRead {
  target: string
  text: string
}

export interface ReadUnit extends UnitToRead {
  analysis: TextAnalysis
}

export interface ProofReadRequest {
  id: number
  units: readonly UnitToRead[]
  options: ProofOptions
}

/** Units read so far for request `id`, a few at a time; `done` on the last batch. */
export interface ProofReadMessage {
  id: number
  read: ReadUnit[]
  done: boolean
}

// Units read go out in batches about this many milliseconds apart (and a pause between units lets a newer request in).
const BATCH_MS = 50

/** Read the request's units in order, sending what is read in batches; stops once `isLatest` says a newer request came. */
export async function runProofRead(
  request: ProofReadRequest,
  send: (message: ProofReadMessage) => void,
  pause: () => Promise<void>,
  isLatest: () => boolean,
): Promise<void> {
  let batch: ReadUnit[] = []
  let sent = performance.now()
  for (const unit of request.units) {
    await pause()
    if (!isLatest()) return
    batch.push({ ...unit, analysis: analyzeText(unit.text, request.options) })
    if (performance.now() - sent > BATCH_MS) {
      send({ id: request.id, read: batch, done: false })
      batch = []
      sent = performance.now()
    }
  }
  if (isLatest()) send({ id: request.id, read: batch, done: true })
}

export class ProofReader {
  private nextId = 0
  private readonly runner: LatestRequestWorker<ProofReadRequest, ProofReadMessage>

  /** `deliver` receives the units read with the options they were read with, `done` with the request's last ones. */
  constructor(
    private readonly deliver: (read: readonly ReadUnit[], options: ProofOptions, done: boolean) => void,
    startWorker: () => Worker | null = () =>
      typeof Worker === 'undefined' ? null : new Worker(new URL('./proof.worker.ts', import.meta.url), { type: 'module' }),
  ) {
    this.runner = new LatestRequestWorker(
      startWorker,
      (message) => this.receive(message),
      (request, isLatest) =>
        void runProofRead(
          request,
          (message) => this.receive(message),
          () => whenIdle(1000),
          isLatest,
        ),
    )
  }

  /** Read these units (replacing whatever was still being read). */
  read(units: readonly UnitToRead[], options: ProofOptions): void {
    this.runner.post({ id: ++this.nextId, units, options })
  }

  dispose(): void {
    this.runner.dispose()
  }

  private receive(message: ProofReadMessage): void {
    const request = this.runner.latest
    if (request === null || message.id !== request.id) return
    if (message.done) this.runner.settle()
    this.deliver(message.read, request.options, message.done)
  }
}
