/**
 * Reads (analyses) the proofreading units of a report off the UI thread: in a worker
 * (proof.worker.ts), so that reading a long report never holds up opening it, typing or an
 * autosave; where a worker cannot start, in the main thread's idle time instead, a unit at a time.
 * A request replaces the one before it: a run whose request is no longer the latest stops.
 */
import { analyzeText, type ProofOptions, type TextAnalysis } from '../../core/proof'
import { whenIdle } from './idle'

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
  private worker: Worker | null = null
  private nextId = 0
  private latest: ProofReadRequest | null = null

  /** `deliver` receives the units read with the options they were read with, `done` with the request's last ones. */
  constructor(
    private readonly deliver: (read: readonly ReadUnit[], options: ProofOptions, done: boolean) => void,
    startWorker: () => Worker | null = () =>
      typeof Worker === 'undefined' ? null : new Worker(new URL('./proof.worker.ts', import.meta.url), { type: 'module' }),
  ) {
    try {
      this.worker = startWorker()
    } catch {
      this.worker = null
    }
    if (this.worker) {
      this.worker.onmessage = (event: MessageEvent<ProofReadMessage>) => this.receive(event.data)
      this.worker.onerror = () => this.fallBack()
    }
  }

  /** Read these units (replacing whatever was still being read). */
  read(units: readonly UnitToRead[], options: ProofOptions): void {
    const request: ProofReadRequest = { id: ++this.nextId, units, options }
    this.latest = request
    if (this.worker) this.worker.postMessage(request)
    else this.runHere(request)
  }

  dispose(): void {
    this.worker?.terminate()
    this.worker = null
    this.latest = null
  }

  private receive(message: ProofReadMessage): void {
    const request = this.latest
    if (request === null || message.id !== request.id) return
    if (message.done) this.latest = null
    this.deliver(message.read, request.options, message.done)
  }

  /** The worker did not start (or broke): read here from now on, the latest request again. */
  private fallBack(): void {
    // Once only: a broken worker may report more than one error.
    if (this.worker === null) return
    this.worker.terminate()
    this.worker = null
    if (this.latest) this.runHere(this.latest)
  }

  private runHere(request: ProofReadRequest): void {
    void runProofRead(
      request,
      (message) => this.receive(message),
      () => whenIdle(1000),
      () => this.latest?.id === request.id,
    )
  }
}
