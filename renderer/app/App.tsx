/**
 * The shell of the UI: start-up, the screen in view, global shortcuts, native-menu actions,
 * toasts and dialogs. Screens and actions do the work.
 */
import { Suspense, useDeferredValue, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { client } from '../api'
import { HomeScreen } from '../screens/HomeScreen'
import { EditorScreen, NewReportScreen, SettingsScreen, TemplatesScreen } from './screens'
import { Toasts } from '../components/Toasts'
import { Dialogs } from '../components/Dialogs'
import { SafetyDialogs } from '../components/SafetyDialogs'
import { handleMenuAction } from './menu-actions'
import { hasUnsavedChanges, saveNow } from './autosave-actions'
import { loadSettings, showStartupNotices } from './settings-actions'
import { openPendingDocument, releaseOnExit, restoreSession } from './document-actions'
import { handlePageMenuAction, handleShortcut } from './shortcuts'
import { useAppStore } from './store'

export function App(): React.JSX.Element {
  const { t } = useTranslation()
  const current = useAppStore((s) => s.screen)
  // The editor's first render (the outline, the text near the screen) is drawn in the background
  // in slices, so that no long task holds the page up; the screen before it stays until it is ready.
  const deferred = useDeferredValue(current)
  const screen = current === 'editor' ? deferred : current

  useEffect(() => {
    // The report is asked for as soon as the settings are in; the start-up notices come alongside.
    const settings = loadSettings()
    void settings.then(() => showStartupNotices())
    const started = restoreSession(settings)
    const offMenu = client.on('menu:action', (action) => {
      if (!handlePageMenuAction(action)) handleMenuAction(action)
    })
    // A report double-clicked while the app runs; during start-up it waits for the start to finish
    // (which takes it itself), so that nothing started later hides it again.
    const offOpen = client.on('app:open-pending', () => void started.then(() => openPendingDocument()))
    const onKey = (event: KeyboardEvent): void => {
      if (handleShortcut(event)) event.preventDefault()
    }
    // Leaving the window (another program, the taskbar) or hiding the tab saves at once.
    const onBlur = (): void => void saveNow()
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') void saveNow()
    }
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      if (hasUnsavedChanges()) {
        // Hold the page and save at once; the browser asks whether to leave, Electron main asks
        // "Lưu và thoát / Thoát không lưu / Quay lại" (see electron/main/index.ts).
        void saveNow()
        event.preventDefault()
      }
    }
    // The page goes away (reload, tab closed): release the document so that it can be reopened for writing.
    const onPageHide = (): void => releaseOnExit()
    window.addEventListener('keydown', onKey)
    window.addEventListener('blur', onBlur)
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('beforeunload', onBeforeUnload)
    window.addEventListener('pagehide', onPageHide)
    return () => {
      offMenu()
      offOpen()
      window.removeEventListener('keydown', onKey)
      window.removeEventListener('blur', onBlur)
      document.removeEventListener('visibilitychange', onVisibility)
      window.removeEventListener('beforeunload', onBeforeUnload)
      window.removeEventListener('pagehide', onPageHide)
    }
  }, [])

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {screen === 'loading' && (
        <main id="main" className="loading" aria-busy="true">
          {t('app.loading')}
        </main>
      )}
      {screen === 'home' && <HomeScreen />}
      <Suspense
        fallback={
          <main id="main" className="loading" aria-busy="true">
            {t('app.loading')}
          </main>
        }
      >
        {screen === 'new' && <NewReportScreen />}
        {screen === 'settings' && <SettingsScreen />}
        {screen === 'editor' && <EditorScreen />}
        {screen === 'templates' && <TemplatesScreen />}
      </Suspense>
      <Dialogs />
      <SafetyDialogs />
      <Toasts />
    </>
  )
}
