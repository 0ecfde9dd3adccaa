/**
 * The UI state: which screen is shown, the open document, settings and the save status. Actions
 * that talk to the backend live in `actions.ts`; this module only holds and changes state.
 *
 * Section content in `doc.report` is what was last collected from the editors (at each autosave
 * and before any operation that reads the whole report); the live text is in the Lexical editors
 * (see editor/registry.ts), so that typing never re-renders React.
 */
import { create } from 'zustand'
import type { ErrorInfo, OpenDocument, Problem, SettingsValue, TemplateSummary } from '../../core/contract'
import type { LeftOut } from '../../core/docx/printed-content'
import type { IndicatorTable, Meta, Report, Section, SerializedContent } from '../../core/model/schema'
import type { SaveState } from './save-queue'
import { withIndicators, withMeta, withSectionContent, withSections } from './report-edit'

/** 'loading' until the start-up has decided between the home screen and a reopened report. */
export type Screen = 'loading' | 'home' | 'new' | 'settings' | 'editor' | 'templates'
export type SidebarTab = 'outline' | 'meta' | 'indicators' | 'problems' | 'proof'

export interface Toast {
  id: number
  kind: 'success' | 'error' | 'info'
  text: string
  /** An action the toast offers, such as "Hoàn tác". */
  action?: { label: string; run: () => void }
}

/** Result of the last "Kiểm tra": null before any run. */
export interface CheckResult {
  running: boolean
  problems: Problem[] | null
}

export type DialogState =
  | { kind: 'none' }
  | { kind: 'export-blocked'; problems: Problem[]; format?: 'docx' | 'pdf' }
  /** The file chosen is open in Word (or a PDF reader): "Thử lại" or "Lưu với tên khác" (see `export.retry`). */
  | { kind: 'export-held'; retryId: string; name: string }
  /** A final copy about to be written: what it leaves out, and the notes (blank số and ngày…). */
  | { kind: 'export-final'; problems: Problem[]; leftOut: LeftOut; format: 'docx' | 'pdf' }
  | { kind: 'about'; version: string; libraryDir: string }
  | { kind: 'confirm'; title: string; body: string; confirm: string; danger?: boolean; onConfirm: () => void }

export interface FindState {
  open: boolean
  replace: boolean
}

export interface AppState {
  screen: Screen
  doc: OpenDocument | null
  /** Opened read-only (the same file is open elsewhere): nothing is saved. */
  readOnly: boolean
  save: SaveState
  /** The last failed save, shown as an alert until a save succeeds. */
  saveError: ErrorInfo | null
  settings: SettingsValue | null
  templates: TemplateSummary[] | null
  sidebarTab: SidebarTab
  checks: CheckResult
  exporting: boolean
  dialog: DialogState
  toasts: Toast[]
  /** The section whose editor last had focus; the formatting toolbar acts on it. */
  activeSectionId: string | null
  /** Sections whose hint the clerk folded away. */
  foldedHints: Record<string, true>
  find: FindState
  /** Words in the report, counted at the last collection of the editors. */
  wordCount: number
  /** Scale of the page view, 1 = 100%. */
  zoom: number

  showScreen: (screen: Screen) => void
  setDoc: (doc: OpenDocument | null, readOnly?: boolean) => void
  setDocId: (id: string) => void
  setSectionContent: (sectionId: string, content: SerializedContent) => void
  setSections: (sections: Section[]) => void
  updateMeta: (change: (meta: Meta) => Partial<Meta>) => void
  setIndicators: (indicators: IndicatorTable[]) => void
  setReport: (report: Report) => void
  setSave: (save: SaveState) => void
  setSaveError: (error: ErrorInfo | null) => void
  setSettings: (settings: SettingsValue) => void
  setTemplates: (templates: TemplateSummary[]) => void
  setSidebarTab: (tab: SidebarTab) => void
  setChecks: (checks: CheckResult) => void
  setExporting: (exporting: boolean) => void
  setDialog: (dialog: DialogState) => void
  pushToast: (kind: Toast['kind'], text: string, action?: Toast['action']) => void
  dismissToast: (id: number) => void
  setActiveSection: (id: string | null) => void
  toggleHint: (sectionId: string) => void
  setFind: (find: FindState) => void
  setWordCount: (count: number) => void
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
  readOnly: false,
  save: { kind: 'idle' },
  saveError: null,
  settings: null,
  templates: null,
  sidebarTab: 'outline',
  checks: { running: false, problems: null },
  exporting: false,
  dialog: { kind: 'none' },
  toasts: [],
  activeSectionId: null,
  foldedHints: {},
  find: { open: false, replace: false },
  wordCount: 0,
  zoom: 1,

  showScreen: (screen) => set({ screen }),
  setDoc: (doc, readOnly = false) =>
    set({
      doc,
      readOnly,
      save: doc ? { kind: 'saved', savedAt: doc.report.savedAt } : { kind: 'idle' },
      saveError: null,
      checks: { running: false, problems: null },
      sidebarTab: 'outline',
      activeSectionId: null,
      find: { open: false, replace: false },
    }),
  setDocId: (id) => set((state) => ({ doc: state.doc ? { ...state.doc, id } : null })),
  setSectionContent: (sectionId, content) =>
    set((state) => ({ doc: mapReport(state.doc, (r) => withSectionContent(r, sectionId, content)) })),
  setSections: (sections) => set((state) => ({ doc: mapReport(state.doc, (r) => withSections(r, sections)) })),
  updateMeta: (change) => set((state) => ({ doc: mapReport(state.doc, (r) => withMeta(r, change)) })),
  setIndicators: (indicators) => set((state) => ({ doc: mapReport(state.doc, (r) => withIndicators(r, indicators)) })),
  setReport: (report) => set((state) => ({ doc: mapReport(state.doc, () => report) })),
  setSave: (save) => set({ save }),
  setSaveError: (saveError) => set({ saveError }),
  setSettings: (settings) => set({ settings }),
  setTemplates: (templates) => set({ templates }),
  setSidebarTab: (sidebarTab) => set({ sidebarTab }),
  setChecks: (checks) => set({ checks }),
  setExporting: (exporting) => set({ exporting }),
  setDialog: (dialog) => set({ dialog }),
  pushToast: (kind, text, action) =>
    set((state) => ({ toasts: [...state.toasts.slice(-2), { id: nextToastId++, kind, text, ...(action ? { action } : {}) }] })),
  dismissToast: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
  setActiveSection: (activeSectionId) => set({ activeSectionId }),
  toggleHint: (sectionId) =>
    set((state) => {
      const { [sectionId]: wasFolded, ...rest } = state.foldedHints
      return { foldedHints: wasFolded ? rest : { ...rest, [sectionId]: true } }
    }),
  setFind: (find) => set({ find }),
  setWordCount: (wordCount) => set({ wordCount }),
  setZoom: (zoom) => set({ zoom: Math.min(2, Math.max(0.5, Math.round(zoom * 10) / 10)) }),
}))
