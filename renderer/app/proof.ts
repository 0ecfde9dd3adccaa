/**
 * Soát lỗi in the app: the report's proofreading notes, kept up to date as the clerk types.
 *
 * Each unit (a section's text, a section title, a header field) is analysed once per text and
 * cached; a section whose editor is on screen is read from its DOM (editor/ProofreadPlugin.tsx)
 * after a pause in typing, the others from the report; the analysis itself runs in a worker
 * (proof-reader.ts). The cached analyses are then combined for the whole report (abbreviations
 * spelled out before use, one accent style), which takes about a millisecond. Nothing here runs on
 * the keystroke itself.
 */
import { create } from 'zustand'
import { proofUnits } from '../../core/checks/proof'
import { combine, type ProofOptions, type TargetedFinding, type TextAnalysis } from '../../core/proof'
import { ProofReader } from './proof-reader'
import { defaultOfficeProofing, type OfficeProofing } from '../../core/model/office'
import type { IgnoredFinding } from '../../core/model/schema'
import { putReport } from './autosave-actions'
import { saveSettings } from './settings-actions'
import { useAppStore } from './store'

export interface ProofMenuState {
  x: number
  y: number
  finding: TargetedFinding
}

interface ProofState {
  /** Every note of the report, in reading order; empty while the proofreader is off. */
  findings: readonly TargetedFinding[]
  menu: ProofMenuState | null
  setMenu: (menu: ProofMenuState | null) => void
}

export const useProofStore = create<ProofState>()((set) => ({
  findings: [],
  menu: null,
  setMenu: (menu) => set({ menu }),
}))

const analyses = new Map<string, { text: string; analysis: TextAnalysis }>()
/** The DOM text of each section whose editor is mounted. */
const liveTexts = new Map<string, string>()
let optionsFor: OfficeProofing | null = null
let options: ProofOptions = {}

/** The office's proofreader settings (defaults until the settings are loaded). */
export function proofSettings(): OfficeProofing {
  return useAppStore.getState().settings?.office.proofing ?? defaultOfficeProofing()
}

function currentOptions(): ProofOptions {
  const settings = proofSettings()
  if (settings !== optionsFor) {
    // Other words or abbreviations change every analysis: start over.
    analyses.clear()
    optionsFor = settings
    options = { accentStyle: settings.accentStyle, words: settings.words, abbreviations: settings.abbreviations }
  }
  return options
}

/** Not before this time (performance.now()) is a report just opened read. */
let readFrom = 0
/**
 * A report just opened is read this long after it shows: the proofreader's notes come a moment
 * later, and the first editor, the page's layout and its fonts do not wait for it.
 */
const AFTER_OPEN_MS = 1500

/** Units read off the UI thread: cached (when read with the current options), then combined again. */
let reader: ProofReader | null = null
function proofReader(): ProofReader {
  reader ??= new ProofReader((read, readWith, done) => {
    if (readWith !== options) return
    for (const unit of read) analyses.set(unit.target, { text: unit.text, analysis: unit.analysis })
    if (done) scheduleRecombine(0)
  })
  return reader
}

/**
 * Recompute the report's notes from the cached analyses. Units not read yet (a report just
 * opened, a section typed in, new settings) are read off the UI thread first (proof-reader.ts),
 * and the notes follow once they are in: opening and typing never wait for the proofreader.
 */
export function recombine(): void {
  const wait = readFrom - performance.now()
  if (wait > 0) {
    scheduleRecombine(wait)
    return
  }
  const doc = useAppStore.getState().doc
  if (doc === null || !proofSettings().enabled) {
    if (useProofStore.getState().findings.length > 0) useProofStore.setState({ findings: [] })
    return
  }
  const opts = currentOptions()
  const units = proofUnits(doc.report).map((u) => ({ target: u.target, text: liveTexts.get(u.target) ?? u.text }))
  const unread = units.filter((u) => analyses.get(u.target)?.text !== u.text)
  if (unread.length > 0) {
    proofReader().read(unread, opts)
    return
  }
  const analysed = units.flatMap((u) => {
    const analysis = analyses.get(u.target)?.analysis
    return analysis ? [{ target: u.target, analysis }] : []
  })
  useProofStore.setState({ findings: combine(analysed, opts, doc.report.proofing.ignored) })
}

let timer: ReturnType<typeof setTimeout> | null = null

/** Recombine soon, once for a burst of changes. */
export function scheduleRecombine(delayMs = 50): void {
  if (timer !== null) clearTimeout(timer)
  timer = setTimeout(() => {
    timer = null
    recombine()
  }, delayMs)
}

/** A section editor's text, read after a pause in typing. */
export function sectionTextRead(sectionId: string, text: string): void {
  if (liveTexts.get(sectionId) === text) return
  liveTexts.set(sectionId, text)
  recombine()
}

/** A section editor left the screen: its text is read from the report again. */
export function sectionTextGone(sectionId: string): void {
  liveTexts.delete(sectionId)
}

useAppStore.subscribe((state, previous) => {
  if (state.doc?.id !== previous.doc?.id) {
    analyses.clear()
    liveTexts.clear()
    readFrom = state.doc ? performance.now() + AFTER_OPEN_MS : 0
    scheduleRecombine()
  } else if (state.doc?.report !== previous.doc?.report || state.settings !== previous.settings) scheduleRecombine()
})

/** The notes of one unit. */
export function findingsOf(target: string): TargetedFinding[] {
  return useProofStore.getState().findings.filter((f) => f.target === target)
}

// ---- the clerk's answers ----------------------------------------------------------------------

/** "Bỏ qua" (this unit) or "Bỏ qua tất cả" (the whole report): remembered in the report. */
export function ignoreFinding(finding: TargetedFinding, everywhere: boolean): void {
  const doc = useAppStore.getState().doc
  if (doc === null || useAppStore.getState().readOnly) return
  const entry: IgnoredFinding = everywhere
    ? { code: finding.code, text: finding.text }
    : { code: finding.code, text: finding.text, target: finding.target }
  putReport({ ...doc.report, proofing: { ignored: [...doc.report.proofing.ignored, entry] } })
}

/** Change the office's proofreader settings (saved with the office profile). */
export async function changeProofSettings(change: Partial<OfficeProofing>): Promise<boolean> {
  const settings = useAppStore.getState().settings
  if (settings === null) return false
  return saveSettings({ office: { ...settings.office, proofing: { ...settings.office.proofing, ...change } } })
}

/** "Thêm vào từ điển": the word is never flagged again, in any report of the office. */
export function addToDictionary(word: string): Promise<boolean> {
  const words = proofSettings().words
  if (words.some((w) => w.toLowerCase() === word.toLowerCase())) return Promise.resolve(true)
  return changeProofSettings({ words: [...words, word] })
}
