/**
 * The page layout off the UI thread: each report received is laid out (core/pages) and its pages
 * sent back as they are set, so that typing never waits for the layout of a long report.
 */
import { reportPages } from '../../core/pages'
import { runLayout, type LayoutMessage, type LayoutRequest } from './layout-protocol'

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null
  postMessage: (message: LayoutMessage) => void
}

let latest = 0
const pause = (): Promise<void> => new Promise((done) => setTimeout(done, 0))

scope.onmessage = (event) => {
  const request = event.data
  latest = request.id
  void runLayout(
    request,
    reportPages(request.report, { draft: request.draft }),
    (message) => scope.postMessage(message),
    pause,
    () => latest === request.id,
  )
}
