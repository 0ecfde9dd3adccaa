/**
 * The print preview's state: open or not, draft or final copy, zoom, the pages of the latest
 * layout (kept on screen while a newer one comes in) and the page count the status bar shows.
 */
import { create } from 'zustand'
import type { LayoutMessage, PreviewPage } from './layout-protocol'

export interface PreviewState {
  open: boolean
  /** Print the draft copy, marked "DỰ THẢO". */
  draft: boolean
  /** Scale of the sheets, 1 = real size. */
  zoom: number
  pages: PreviewPage[]
  /** The id of the latest request, and whether its pages are all in. */
  requested: number
  laidOut: boolean
  /** Pages of the last complete layout, for the status bar; null before the first. */
  count: number | null
  /** How long the last complete layout took, in milliseconds. */
  ms: number | null
  failed: string | null

  setOpen: (open: boolean) => void
  setDraft: (draft: boolean) => void
  setZoom: (zoom: number) => void
  requestedLayout: (id: number) => void
  received: (message: LayoutMessage) => void
}

export const usePreviewStore = create<PreviewState>()((set) => ({
  open: false,
  draft: false,
  zoom: 1,
  pages: [],
  requested: 0,
  laidOut: false,
  count: null,
  ms: null,
  failed: null,

  setOpen: (open) => set({ open }),
  setDraft: (draft) => set({ draft }),
  setZoom: (zoom) => set({ zoom: Math.min(2, Math.max(0.4, Math.round(zoom * 20) / 20)) }),
  requestedLayout: (id) => set({ requested: id, laidOut: false, failed: null }),
  received: (message) =>
    set((state) => {
      if (message.id !== state.requested) return {}
      switch (message.kind) {
        case 'pages': {
          const pages = state.pages.slice()
          message.pages.forEach((page, i) => (pages[message.from + i] = page))
          return { pages }
        }
        case 'done':
          return { pages: state.pages.slice(0, message.count), laidOut: true, count: message.count, ms: message.ms }
        case 'failed':
          return { laidOut: true, failed: message.message }
      }
    }),
}))
