/** The settings, read at start-up and saved from the settings screen, and start-up notices. */
import type { RequestOf } from '../../core/contract'
import { client } from '../api'
import { i18n, setLanguage } from '../i18n'
import { callOrToast } from './call-or-toast'
import { useAppStore } from './store'

const store = useAppStore.getState

export async function loadSettings(): Promise<void> {
  const result = await client.call('settings.get', {})
  if (!result.ok) return
  store().setSettings(result.value)
  if (result.value.language !== i18n.resolvedLanguage) setLanguage(result.value.language)
}

export async function saveSettings(patch: RequestOf<'settings.set'>): Promise<boolean> {
  const value = await callOrToast('settings.set', patch)
  if (!value) return false
  store().setSettings(value)
  if (value.language !== i18n.resolvedLanguage) setLanguage(value.language)
  return true
}

/** What the backend has to tell once from start-up (a damaged settings file set aside). */
export async function showStartupNotices(): Promise<void> {
  const result = await client.call('app.notices', {})
  if (!result.ok) return
  for (const notice of result.value) store().pushToast('error', i18n.t(`app.notices.${notice.code}`, notice.params))
}
