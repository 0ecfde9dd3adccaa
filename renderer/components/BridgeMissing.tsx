/**
 * Shown instead of the app when Electron served the page without its preload bridge: the page
 * can neither load nor save anything, and says so rather than pretend to be offline.
 */
import { useTranslation } from 'react-i18next'

export function BridgeMissing(): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <main id="main" className="fatal" role="alert">
      <h1>{t('desktop.fatal.title')}</h1>
      <p>{t('desktop.fatal.bridge')}</p>
    </main>
  )
}
