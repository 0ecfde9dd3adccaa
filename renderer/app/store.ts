/**
 * The UI state: which screen is shown, the open document, settings and the save status. Actions
 * that talk to the backend live in the `*-actions.ts` modules; this module only holds and changes state.
 *
 * Section content in `doc.report` is what was last collected from the editors (at each autosave
 * and before any operation that reads the whole report); the live text is in the Lexical editors
 * (see editor/registry.ts), so that typing never re-renders React.
 */
import { create } from 'zustand'
import type { OpenDocument, SettingsValue, TemplateSummary } from '../../core/contract'
import type { Problem } from '../../core/checks/problem'
import type { ErrorInfo } from '../../core/model/errors'
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
  | { kind: 'shortcuts' }
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
  /** Every hint folded away ("Ẩn tất cả gợi ý"), remembered on this PC. */
  hintsHidden: boolean
  /** Sections whose hint the clerk folded (true) or unfolded (false) against `hintsHidden`. */
  foldedHints: Record<string, boolean>
  find: FindState
  /** Words in the report, counted at the last collection of the editors. */
  wordCount: number
  /** Template blanks ("[số]") left in the sections, counted at the same time. */
  blankCount: number
  /** Scale of the page view the clerk chose, 1 = 100%. */
  zoom: number
  /** The scale at which the page fits the width beside the side panel (at most 1). */
  pageFit: number

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
  setHintsHidden: (hidden: boolean) => void
  setFind: (find: FindState) => void
  setCounts: (words: number, blanks: number) => void
  setZoom: (zoom: number) => void
  setPageFit: (fit: number) => void
}

let nextToastId = 1

const HINTS_KEY = 'soan-bao-cao.hints-hidden'

function readHintsHidden(): boolean {
  try {
    return localStorage.getItem(HINTS_KEY) === '1'
  } catch {
    return false
  }
}

function writeHintsHidden(hidden: boolean): void {
  try {
    if (hidden) localStorage.setItem(HINTS_KEY, '1')
    else localStorage.removeItem(HINTS_KEY)
  } catch {
    // Without storage the choice lasts for this session.
  }
}

/** Whether a section's hint is folded away: its own choice, else "Ẩn tất cả gợi ý". */
export function isHintFolded(state: Pick<AppState, 'hintsHidden' | 'foldedHints'>, sectionId: string): boolean {
  return state.foldedHints[sectionId] ?? state.hintsHidden
}

/**
 * The scale the page is drawn at: at 100% it shrinks to fit beside a wide side panel (the
 * indicator grid on a 1280-pixel screen) rather than being cut off; a zoom the clerk chose is kept.
 */
export function pageZoom(state: Pick<AppState, 'zoom' | 'pageFit'>): number {
  return state.zoom === 1 ? state.pageFit : state.zoom
}

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
  hintsHidden: readHintsHidden(),
  foldedHints: {},
  find: { open: false, replace: false },
  wordCount: 0,
  blankCount: 0,
  zoom: 1,
  pageFit: 1,

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
  toggleHint: (sectionId) => set((state) => ({ foldedHints: { ...state.foldedHints, [sectionId]: !isHintFolded(state, sectionId) } })),
  setHintsHidden: (hintsHidden) => {
    writeHintsHidden(hintsHidden)
    set({ hintsHidden, foldedHints: {} })
  },
  setFind: (find) => set({ find }),
  setCounts: (wordCount, blankCount) => set({ wordCount, blankCount }),
  setZoom: (zoom) => set({ zoom: Math.min(2, Math.max(0.5, Math.round(zoom * 10) / 10)) }),
  setPageFit: (pageFit) => set({ pageFit }),
}))
