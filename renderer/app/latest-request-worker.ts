/**
 * Work off the UI thread where only the latest request counts (the proofreader, the page layout).
 * The page side sends each request to a worker; a newer request replaces the one before. Where the
 * worker cannot start, or breaks, the latest request and every one after it run on the page
 * instead (`runHere`, in idle time). The worker side (`serveLatest`) stops a request as soon as a
 * newer one comes.
 */

interface WithId {
  id: number
}

export class LatestRequestWorker<Request extends WithId, Message> {
  private worker: Worker | null = null
  private current: Request | null = null

  /**
   * `receive` gets the worker's messages; `runHere` runs a request on the page, checking
   * `isLatest` as it goes, and sends its messages itself.
   */
  constructor(
    startWorker: () => Worker | null,
    receive: (message: Message) => void,
    private readonly runHere: (request: Request, isLatest: () => boolean) => void,
  ) {
    try {
      this.worker = startWorker()
    } catch {
      this.worker = null
    }
    if (this.worker) {
      this.worker.onmessage = (event: MessageEvent<Message>) => receive(event.data)
      this.worker.onerror = () => this.fallBack()
    }
  }

  /** The request being served, until {@link settle} or {@link dispose}. */
  get latest(): Request | null {
    return this.current
  }

  /** Serve this request, in place of any before it. */
  post(request: Request): void {
    this.current = request
    if (this.worker) this.worker.postMessage(request)
    else this.start(request)
  }

  /** The latest request is done (its last message came). */
  settle(): void {
    this.current = null
  }

  dispose(): void {
    this.worker?.terminate()
    this.worker = null
    this.current = null
  }

  private start(request: Request): void {
    this.runHere(request, () => this.current?.id === request.id)
  }

  /** The worker did not start (or broke): run here from now on, the latest request again. */
  private fallBack(): void {
    // Once only: a broken worker may report more than one error.
    if (this.worker === null) return
    this.worker.terminate()
    this.worker = null
    if (this.current) this.start(this.current)
  }
}

/**
 * In a worker: run each request received with `run`, which yields (`pause`) between pieces of
 * work and stops when `isLatest` turns false, a newer request having come.
 */
export function serveLatest<Request extends WithId, Message>(
  run: (request: Request, send: (message: Message) => void, pause: () => Promise<void>, isLatest: () => boolean) => Promise<void>,
): void {
  const scope = self as unknown as {
    onmessage: ((event: MessageEvent<Request>) => void) | null
    postMessage: (message: Message) => void
  }
  let latest = 0
  const pause = (): Promise<void> => new Promise((done) => setTimeout(done, 0))
  scope.onmessage = (event) => {
    const request = event.data
    latest = request.id
    void run(
      request,
      (message) => scope.postMessage(message),
      pause,
      () => latest === request.id,
    )
  }
}
