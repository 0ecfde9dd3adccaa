/**
 * The office's templates from the UI: the "Mẫu báo cáo" screen's list and preview, and every
 * change to it — "Lưu làm mẫu" from the editor, import of a template file or a Word report,
 * rename, duplicate, export and delete. Each change reads the list again, so it shows at once.
 */
import { create } from 'zustand'
import type { ResponseOf } from '../../core/contract'
import { MAX_IMPORT_BYTES, MAX_TEMPLATE_CHARS } from '../../core/limits'
import type { Template } from '../../core/templates/schema'
import { i18n } from '../i18n'
import { callOrToast } from './call-or-toast'
import { collectEditors } from './autosave-actions'
import { showTemplatesScreen } from './document-actions'
import { downloadBlob } from './download'
import { describeError } from './errors'
import { fileToBase64 } from './import-actions'
import { useAppStore } from './store'

interface TemplateState {
  /** Files of the templates folder that could not be used, with what is wrong. */
  invalid: ResponseOf<'templates.list'>['invalid']
  selectedId: string | null
  /** The selected template in full, for the preview. */
  detail: { template: Template; source: 'builtin' | 'user' } | null
  busy: boolean
  set: (patch: Partial<Omit<TemplateState, 'set'>>) => void
}

export const useTemplateStore = create<TemplateState>()((set) => ({
  invalid: [],
  selectedId: null,
  detail: null,
  busy: false,
  set: (patch) => set(patch),
}))

const state = (): TemplateState => useTemplateStore.getState()
const toast = (kind: 'success' | 'error' | 'info', text: string, action?: { label: string; run: () => void }): void =>
  useAppStore.getState().pushToast(kind, text, action)

/** Read the templates afresh (built-in and the office's folder); a broken file is named in a toast unless `quiet`. */
export async function loadTemplates(quiet = false): Promise<ResponseOf<'templates.list'> | null> {
  const value = await callOrToast('templates.list', {})
  if (!value) return null
  useAppStore.getState().setTemplates(value.templates)
  if (!quiet)
    for (const bad of value.invalid)
      toast('error', i18n.t('newReport.invalidTemplate', { file: bad.file, message: describeError(bad.error) }))
  return value
}

/** Read the list again (and the selected template), keeping the selection when it still exists. */
export async function refreshTemplates(select?: string): Promise<void> {
  const value = await loadTemplates(true)
  if (!value) return
  const ids = value.templates.map((t) => t.id)
  const wanted = select ?? state().selectedId
  const selectedId = wanted && ids.includes(wanted) ? wanted : (ids[0] ?? null)
  state().set({ invalid: value.invalid, selectedId })
  await selectTemplate(selectedId)
}

export async function selectTemplate(id: string | null): Promise<void> {
  state().set({ selectedId: id, detail: null })
  if (!id) return
  const detail = await callOrToast('templates.get', { id })
  if (detail && state().selectedId === id) state().set({ detail })
}

/** The "Mẫu báo cáo" screen, from the home screen or the settings. */
export async function openTemplates(): Promise<void> {
  await showTemplatesScreen()
  await refreshTemplates()
}

async function busy<T>(work: () => Promise<T>): Promise<T> {
  state().set({ busy: true })
  try {
    return await work()
  } finally {
    state().set({ busy: false })
  }
}

/** "Lưu làm mẫu": the open report becomes a template of the office. */
export async function saveReportAsTemplate(name: string): Promise<boolean> {
  collectEditors()
  const report = useAppStore.getState().doc?.report
  if (!report) return false
  const made = await busy(() => callOrToast('templates.fromReport', { report, name }))
  if (!made) return false
  await loadTemplates(true)
  toast('success', i18n.t('templates.saved', { name: made.name }), {
    label: i18n.t('templates.show'),
    run: () => void openTemplates().then(() => selectTemplate(made.id)),
  })
  return true
}

/** "Nhập mẫu…": a template .json, or any Word report made into a template. */
export async function importTemplateFile(file: File): Promise<void> {
  const isJson = /\.json$/iu.test(file.name)
  if (!isJson && !/\.(?:docx?|rtf)$/iu.test(file.name)) {
    toast('error', i18n.t('templates.wrongFile', { name: file.name }))
    return
  }
  const limit = isJson ? MAX_TEMPLATE_CHARS : MAX_IMPORT_BYTES
  if (file.size > limit) {
    toast('error', i18n.t('import.tooLarge', { name: file.name, limit: Math.round(limit / (1024 * 1024)) }))
    return
  }
  const request = isJson ? { fileName: file.name, text: await file.text() } : { fileName: file.name, base64: await fileToBase64(file) }
  const made = await busy(() => callOrToast('templates.import', request))
  if (!made) return
  toast('success', i18n.t('templates.imported', { name: made.name }))
  await refreshTemplates(made.id)
}

export async function renameTemplate(id: string, name: string): Promise<boolean> {
  const renamed = await busy(() => callOrToast('templates.rename', { id, name }))
  if (!renamed) return false
  await refreshTemplates(id)
  return true
}

export async function duplicateTemplate(id: string): Promise<void> {
  const copy = await busy(() => callOrToast('templates.duplicate', { id }))
  if (!copy) return
  toast('success', i18n.t('templates.duplicated', { name: copy.name }))
  await refreshTemplates(copy.id)
}

export async function removeTemplate(id: string): Promise<void> {
  const done = await busy(() => callOrToast('templates.remove', { id }))
  if (!done) return
  toast('info', i18n.t('templates.removed'))
  await refreshTemplates()
}

/** "Xuất tệp mẫu…": the template as a .json file to send to another ward. */
export async function exportTemplate(id: string): Promise<void> {
  const detail = await callOrToast('templates.get', { id })
  if (!detail) return
  const text = `${JSON.stringify(detail.template, null, 2)}\n`
  downloadBlob(`${detail.template.id}.json`, new Blob([text], { type: 'application/json' }))
}
