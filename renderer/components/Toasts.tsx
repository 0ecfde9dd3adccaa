/** Short messages in the corner: what was done, or what went wrong and what to do. */
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppStore, type Toast } from '../app/store'
import { ExportDone } from './ExportDone'

const SUCCESS_MS = 5000
const ERROR_MS = 12000

function ToastItem({ toast }: { toast: Toast }): React.JSX.Element {
  const { t } = useTranslation()
  const dismiss = useAppStore((s) => s.dismissToast)
  useEffect(() => {
    const timer = setTimeout(() => dismiss(toast.id), toast.kind === 'error' ? ERROR_MS : SUCCESS_MS)
    return () => clearTimeout(timer)
  }, [toast, dismiss])
  return (
    <div className={`toast toast-${toast.kind}`} role={toast.kind === 'error' ? 'alert' : undefined}>
      <span className="toast-text">{toast.text}</span>
      {toast.action && (
        <button
          type="button"
          className="btn btn-small"
          onClick={() => {
            toast.action?.run()
            dismiss(toast.id)
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="icon-btn" aria-label={t('common.dismiss')} onClick={() => dismiss(toast.id)}>
        ×
      </button>
    </div>
  )
}

export function Toasts(): React.JSX.Element {
  const toasts = useAppStore((s) => s.toasts)
  return (
    <div className="toasts" aria-live="polite">
      <ExportDone />
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  )
}
