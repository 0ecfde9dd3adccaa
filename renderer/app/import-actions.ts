/**
 * The UI actions of issue 7 — "Mở từ Word…", "Tạo từ báo cáo kỳ trước", "Chèn nội dung từ
 * tệp…" — and the small state their dialogs need. Files are read in the page and sent as base64
 * (browser mode has no file paths); everything else goes through `client.call`.
 */
import { create } from 'zustand'
import type { RequestOf, ResponseOf } from '../../core/contract'
import { MAX_IMPORT_BYTES, MAX_REPORT_CHARS } from '../../core/limits'
import type { Conversion } from '../../core/import/legacy-encoding'
import type { LostItem, LostKind } from '../../core/import/source'
import type { Contribution, Placement } from '../../core/import/merge'
import { client } from '../api'
import { i18n } from '../i18n'
import { showOpenedDocument } from './document-actions'
import { toastError } from './call-or-toast'
import { useAppStore } from './store'
import { isReportFileName } from '../../core/model/report-file'

/** The message of each lost kind (core/i18n, merged into the UI's resources). */
export const LOST_KEYS: Readonly<Record<LostKind, string>> = {
  image: 'import.lost.image',
  chart: 'import.lost.chart',
  textBox: 'import.lost.textBox',
  comment: 'import.lost.comment',
  trackedChange: 'import.lost.trackedChange',
  footnote: 'import.lost.footnote',
  equation: 'import.lost.equation',
  object: 'import.lost.object',
  nestedTable: 'import.lost.nestedTable',
  hyperlink: 'import.lost.hyperlink',
  headerMissing: 'import.lost.headerMissing',
  docFormatting: 'import.lost.docFormatting',
}

/** One line per lost kind, in the UI language. */
export function lostLines(lost: readonly LostItem[]): string[] {
  return lost.map((item) => i18n.t(LOST_KEYS[item.kind], { count: item.count }))
}

/** One line per encoding converted to Unicode: "Đã chuyển mã TCVN3 → Unicode (12 đoạn chữ)". */
export function conversionLines(conversions: readonly Conversion[]): string[] {
  return conversions.map((c) => i18n.t('import.converted', { encoding: i18n.t(`import.encodings.${c.encoding}`), count: c.runs }))
}

export type ParsedFile = ResponseOf<'import.parse'>

interface ImportState {
  /** After "Mở từ Word…": what could not be kept, shown once over the editor. */
  notice: { fileName: string; lost: LostItem[]; conversions: Conversion[] } | null
  /** "Chèn nội dung từ tệp…" is open. */
  inserting: boolean
  busy: boolean
  setNotice: (notice: ImportState['notice']) => void
  setInserting: (open: boolean) => void
  setBusy: (busy: boolean) => void
}

export const useImportStore = create<ImportState>()((set) => ({
  notice: null,
  inserting: false,
  busy: false,
  setNotice: (notice) => set({ notice }),
  setInserting: (inserting) => set({ inserting }),
  setBusy: (busy) => set({ busy }),
}))

function toast(kind: 'success' | 'error' | 'info', text: string, action?: { label: string; run: () => void }): void {
  useAppStore.getState().pushToast(kind, text, action)
}

// Word 97–2003 and RTF files are read too (and whatever a .doc really is).
const isWord = (name: string): boolean => /\.(?:docx?|rtf)$/iu.test(name)

/** File bytes as base64, in chunks so that a large file does not overflow the call stack. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

function checkWordFile(file: File): boolean {
  if (!isWord(file.name)) {
    toast('error', i18n.t('import.notWord', { name: file.name }))
    return false
  }
  if (file.size > MAX_IMPORT_BYTES) {
    toast('error', i18n.t('import.tooLarge', { name: file.name, limit: MAX_IMPORT_BYTES / (1024 * 1024) }))
    return false
  }
  return true
}

/** "Mở từ Word…": import a .docx or .doc as a new report, open it, and list what could not be kept. */
export async function openFromWord(file: File): Promise<boolean> {
  const state = useImportStore.getState()
  if (state.busy || !checkWordFile(file)) return false
  state.setBusy(true)
  try {
    const result = await client.call('import.docx', { fileName: file.name, base64: await fileToBase64(file) })
    if (!result.ok) {
      toastError(result.error)
      return false
    }
    await showOpenedDocument(result.value.document)
    const { lost, conversions } = result.value
    if (lost.length > 0 || conversions.length > 0) state.setNotice({ fileName: file.name, lost, conversions })
    else toast('success', i18n.t('import.opened', { name: file.name }))
    return true
  } finally {
    useImportStore.getState().setBusy(false)
  }
}

/** "Tạo từ báo cáo kỳ trước": a new report started from a report of the library. */
export async function createFromPrevious(request: RequestOf<'documents.createFrom'>): Promise<boolean> {
  const result = await client.call('documents.createFrom', request)
  if (!result.ok) {
    toastError(result.error)
    return false
  }
  await showOpenedDocument(result.value.document)
  const { sections, tasks, indicators } = result.value.carried
  toast('success', i18n.t('import.carried', { name: request.sourceName, sections, tasks, indicators }))
  return true
}

/** Read a Word file or a .baocao picked for "Chèn nội dung từ tệp…"; null (with a message) on failure. */
export async function readContribution(file: File): Promise<ParsedFile | null> {
  const state = useImportStore.getState()
  let request: RequestOf<'import.parse'>
  if (isReportFileName(file.name)) {
    if (file.size > MAX_REPORT_CHARS) {
      toast('error', i18n.t('import.tooLarge', { name: file.name, limit: MAX_REPORT_CHARS / (1024 * 1024) }))
      return null
    }
    request = { fileName: file.name, text: await file.text() }
  } else {
    if (!checkWordFile(file)) return null
    request = { fileName: file.name, base64: await fileToBase64(file) }
  }
  state.setBusy(true)
  try {
    const result = await client.call('import.parse', request)
    if (!result.ok) {
      toastError(result.error)
      return null
    }
    return result.value
  } finally {
    useImportStore.getState().setBusy(false)
  }
}

/**
 * The placement of a contribution in a section. Its title goes above it as a bold line unless it
 * lands in the section it was matched to directly, or it is an unnumbered opening.
 */
export function placementOf(contribution: Contribution, targetId: string): Placement {
  const direct = contribution.match === 'key' || contribution.match === 'title' || contribution.match === 'similar'
  return { contribution, targetId, heading: contribution.numbered && !(direct && contribution.targetId === targetId) }
}
