/**
 * The UI state: which screen is shown, the open document, and the save status. Actions that talk
 * to the backend live in `actions.ts`; this module only holds and changes state.
 */
import { create } from 'zustand'
import type { ErrorInfo, OpenDocument, Problem } from '../../core/contract'
import type { Meta, Report, SerializedContent } from '../../core/model/schema'
import type { SaveState } from './save-queue'
import { withMeta, withSectionContent } from './report-edit'

/** 'loading' until the start-up has decided between the home screen and a reopened report. */
export type Screen = 'loading' | 'home' | 'new' | 'editor'
export type SidebarTab = 'outline' | 'meta' | 'problems'

export interface Toast {
  id: number
  kind: 'success' | 'error' | 'info'
  text: string
}

/** Result of the last "Kiểm tra": null before any run. */
export interface CheckResult {
  running: boolean
  problems: Problem[] | null
}

export type DialogState =
  | { kind: 'none' }
  | { kind: 'export-blocked'; problems: Problem[] }
  | { kind: 'about'; version: string; libraryDir: string }

export interface AppState {
  screen: Screen
  doc: OpenDocument | null
  save: SaveState
  /** The last failed save, shown as an alert until a save succeeds. */
  saveError: ErrorInfo | null
  sidebarTab: SidebarTab
  checks: CheckResult
  exporting: boolean
  dialog: DialogState
  toasts: Toast[]
  /** The section whose editor last had focus; the formatting toolbar acts on it. */
  activeSectionId: string | null
  /** Scale of the page view, 1 = 100%. */
  zoom: number

  showScreen: (screen: Screen) => void
  setDoc: (doc: OpenDocument | null) => void
  setDocId: (id: string) => void
  setSectionContent: (sectionId: string, content: SerializedContent) => void
  updateMeta: (change: (meta: Meta) => Partial<Meta>) => void
  setSave: (save: SaveState) => void
  setSaveError: (error: ErrorInfo | null) => void
  setSidebarTab: (tab: SidebarTab) => void
  setChecks: (checks: CheckResult) => void
  setExporting: (exporting: boolean) => void
  setDialog: (dialog: DialogState) => void
  pushToast: (kind: Toast['kind'], text: string) => void
  dismissToast: (id: number) => void
  setActiveSection: (id: string | null) => void
  setZoom: (zoom: number) => void
}

let nextToastId = 1

function mapReport(doc: OpenDocument | null, change: (report: Report) => Report): OpenDocument | null {
  if (!doc) return doc
  const report = change(doc.report)
  return report === doc.report ? doc : { ...doc, report }
}

export const useAppStore = create<AppState>()((set) => ({
  screen: 'loading',
  doc: null,
  save: { kind: 'idle' },
  saveError: null,
  sidebarTab: 'outline',
  checks: { running: false, problems: null },
  exporting: false,
  dialog: { kind: 'none' },
  toasts: [],
  activeSectionId: null,
  zoom: 1,

  showScreen: (screen) => set({ screen }),
  setDoc: (doc) =>
    set({
      doc,
      save: doc ? { kind: 'saved', savedAt: doc.report.savedAt } : { kind: 'idle' },
      saveError: null,
      checks: { running: false, problems: null },
      sidebarTab: 'outline',
      activeSectionId: null,
    }),
  setDocId: (id) => set((state) => ({ doc: state.doc ? { ...state.doc, id } : null })),
  setSectionContent: (sectionId, content) => set((state) => ({ doc: mapReport(state.doc, (r) => withSectionContent(r, sectionId, content)) })),
  updateMeta: (change) => set((state) => ({ doc: mapReport(state.doc, (r) => withMeta(r, change)) })),
  setSave: (save) => set({ save }),
  setSaveError: (saveError) => set({ saveError }),
  setSidebarTab: (sidebarTab) => set({ sidebarTab }),
  setChecks: (checks) => set({ checks }),
  setExporting: (exporting) => set({ exporting }),
  setDialog: (dialog) => set({ dialog }),
  pushToast: (kind, text) => set((state) => ({ toasts: [...state.toasts.slice(-2), { id: nextToastId++, kind, text }] })),
  dismissToast: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
  setActiveSection: (activeSectionId) => set({ activeSectionId }),
  setZoom: (zoom) => set({ zoom: Math.min(2, Math.max(0.5, Math.round(zoom * 10) / 10)) }),
}))
