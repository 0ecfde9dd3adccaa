/**
 * The page layout off the UI thread: each report received is laid out (core/pages) and its pages
 * sent back as they are set, so that typing never waits for the layout of a long report.
 */
import { reportPages } from '../../core/pages'
import { serveLatest } from '../app/latest-request-worker'
import { runLayout, type LayoutMessage, type LayoutRequest } from './layout-protocol'

serveLatest<LayoutRequest, LayoutMessage>((request, send, pause, isLatest) =>
  runLayout(request, reportPages(request.report, { draft: request.draft }), send, pause, isLatest),
)
