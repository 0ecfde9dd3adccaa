/**
 * Naming a template: "Lưu làm mẫu…" in the editor's Tệp menu (the open report becomes a template)
 * and "Đổi tên" on the "Mẫu báo cáo" screen share one dialog.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { saveReportAsTemplate, useTemplateStore } from '../app/template-actions'
import { Modal } from './Modal'

export interface TemplateNameDialogProps {
  title: string
  intro?: string
  submitLabel: string
  initial: string
  /** True when done (the dialog closes); false leaves it open, the error shown as a toast. */
  onSubmit: (name: string) => Promise<boolean>
  onClose: () => void
}

export function TemplateNameDialog({ title, intro, submitLabel, initial, onSubmit, onClose }: TemplateNameDialogProps): React.JSX.Element {
  const { t } = useTranslation()
  const [name, setName] = useState(initial)
  const busy = useTemplateStore((s) => s.busy)
  const submit = async (): Promise<void> => {
    if (name.trim() !== '' && (await onSubmit(name))) onClose()
  }
  return (
    <Modal
      title={title}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={busy || name.trim() === ''} onClick={() => void submit()}>
            {submitLabel}
          </button>
        </>
      }
    >
      {intro && <p>{intro}</p>}
      <div className="field">
        <label htmlFor="template-name">{t('templates.name')}</label>
        <input id="template-name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </div>
    </Modal>
  )
}

/** "Lưu làm mẫu…": name the template the open report becomes. */
export function SaveAsTemplateDialog({ suggested, onClose }: { suggested: string; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <TemplateNameDialog
      title={t('templates.saveAsTitle')}
      intro={t('templates.saveAsIntro')}
      submitLabel={t('templates.saveAs')}
      initial={suggested}
      onSubmit={saveReportAsTemplate}
      onClose={onClose}
    />
  )
}
