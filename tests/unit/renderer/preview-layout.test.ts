/**
 * The preview's side of the layout: the first page is sent alone and at once, the others in
 * batches; a newer request stops an older run; the store keeps the pages on screen while a newer
 * layout comes in, drops what a shorter report no longer has, and ignores an older run's pages.
 */
import { describe, expect, it } from 'vitest'
import { layoutReport } from '../../../core/pages'
import { runLayout, type LayoutMessage } from '../../../renderer/preview/layout-protocol'
import { usePreviewStore } from '../../../renderer/preview/preview-store'
import { templateReport } from '../docx/fixtures'

const report = templateReport('tong-ket-nam.ubnd-phuong')
const pages = layoutReport(report)

describe('running a layout', () => {
  it('sends the first page alone, then the rest, then the count', async () => {
    const messages: LayoutMessage[] = []
    await runLayout(
      { id: 7, report, draft: false },
      pages,
      (m) => messages.push(m),
      async () => undefined,
      () => true,
    )
    const first = messages[0]
    expect(first).toMatchObject({ id: 7, kind: 'pages', from: 0 })
    expect(first?.kind === 'pages' && first.pages).toHaveLength(1)
    const sent = messages.flatMap((m) => (m.kind === 'pages' ? m.pages : []))
    expect(sent).toHaveLength(pages.length)
    expect(sent[0]?.html).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(sent.at(-1)?.landscape).toBe(true)
    expect(messages.at(-1)).toMatchObject({ id: 7, kind: 'done', count: pages.length })
  })

  it('stops when a newer request has come', async () => {
    const messages: LayoutMessage[] = []
    let latest = true
    await runLayout(
      { id: 1, report, draft: false },
      pages,
      (m) => messages.push(m),
      async () => {
        latest = false
      },
      () => latest,
    )
    expect(messages).toHaveLength(1)
    expect(messages.some((m) => m.kind === 'done')).toBe(false)
  })
})

describe('the preview store', () => {
  it('keeps the old pages until the new ones replace them, and ignores a replaced run', () => {
    const store = usePreviewStore.getState()
    const page = (html: string) => ({ html, width: 595.3, height: 841.9, landscape: false, number: null })
    store.requestedLayout(1)
    store.received({ id: 1, kind: 'pages', from: 0, pages: [page('a1'), page('a2'), page('a3')] })
    store.received({ id: 1, kind: 'done', count: 3, ms: 5 })
    expect(usePreviewStore.getState()).toMatchObject({ laidOut: true, count: 3 })

    store.requestedLayout(2)
    store.received({ id: 2, kind: 'pages', from: 0, pages: [page('b1')] })
    expect(usePreviewStore.getState().pages.map((p) => p.html)).toEqual(['b1', 'a2', 'a3'])
    expect(usePreviewStore.getState().laidOut).toBe(false)
    store.received({ id: 1, kind: 'pages', from: 0, pages: [page('late')] })
    store.received({ id: 2, kind: 'pages', from: 1, pages: [page('b2')] })
    store.received({ id: 2, kind: 'done', count: 2, ms: 5 })
    expect(usePreviewStore.getState().pages.map((p) => p.html)).toEqual(['b1', 'b2'])
    expect(usePreviewStore.getState().count).toBe(2)
  })
})
