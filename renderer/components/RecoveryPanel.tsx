/**
 * On the home screen, after a crash: the documents whose last text never reached the file, each
 * with "Khôi phục" (put the text into the document and open it) and "Bỏ qua" (set it aside in
 * the document's history). Not a modal: the clerk can also just carry on.
 */
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../app/format-time'
import { discardRecovered, postponeRecovery, restoreRecovered } from '../app/safety-actions'
import { useSafetyStore } from '../app/safety-store'

/** The offer, shown only while there is something to recover. */
export function RecoveryPanel(): React.JSX.Element | null {
  const { t } = useTranslation()
  const entries = useSafetyStore((s) => s.recovery)
  const busy = useSafetyStore((s) => s.busy)
  if (entries.length === 0) return null
  return (
    <section className="recovery banner banner-warn" aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">{t('safety.recovery.title')}</h2>
      <p>{t('safety.recovery.intro')}</p>
      <ul className="safety-list">
        {entries.map((entry) => {
          const name = entry.title || entry.name
          return (
            <li key={entry.id} className="safety-row">
              <div className="safety-row-text">
                <strong>{name}</strong>
                <div className="small">
                  {entry.name} · {t('safety.recovery.journaledAt', { time: formatDateTime(entry.journaledAt) })}
                </div>
              </div>
              <button
                type="button"
                className="btn btn-primary btn-small"
                disabled={busy}
                aria-label={t('safety.recovery.restoreNamed', { name })}
                onClick={() => void restoreRecovered(entry.id)}
              >
                {t('safety.recovery.restore')}
              </button>
              <button
                type="button"
                className="btn btn-small"
                disabled={busy}
                aria-label={t('safety.recovery.discardNamed', { name })}
                onClick={() => void discardRecovered(entry.id)}
              >
                {t('safety.recovery.discard')}
              </button>
            </li>
          )
        })}
      </ul>
      <button type="button" className="link-btn small" onClick={postponeRecovery}>
        {t('safety.recovery.later')}
      </button>
    </section>
  )
}
