/**
 * The proofreader off the UI thread: the units of each request are analysed (core/proof) and
 * sent back as they are read; a newer request stops the one before it.
 */
import { runProofRead, type ProofReadMessage, type ProofReadRequest } from './proof-reader'

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ProofReadRequest>) => void) | null
  postMessage: (message: ProofReadMessage) => void
}

let latest = 0
const pause = (): Promise<void> => new Promise((done) => setTimeout(done, 0))

scope.onmessage = (event) => {
  const request = event.data
  latest = request.id
  void runProofRead(
    request,
    (message) => scope.postMessage(message),
    pause,
    () => latest === request.id,
  )
}
