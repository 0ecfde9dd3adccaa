/** "Lưu làm mẫu…" in the editor's Tệp menu: name the template the open report becomes. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { saveReportAsTemplate, useTemplateStore } from '../app/template-actions'
import { Modal } from './Modal'

export function SaveAsTemplateDialog({ suggested, onClose }: { suggested: string; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation()
  const [name, setName] = useState(suggested)
  const busy = useTemplateStore((s) => s.busy)
  const submit = async (): Promise<void> => {
    if (name.trim() !== '' && (await saveReportAsTemplate(name))) onClose()
  }
  return (
    <Modal
      title={t('templates.saveAsTitle')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={busy || name.trim() === ''} onClick={() => void submit()}>
            {t('templates.saveAs')}
          </button>
        </>
      }
    >
      <p>{t('templates.saveAsIntro')}</p>
      <div className="field">
        <label htmlFor="template-name">{t('templates.name')}</label>
        <input id="template-name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </div>
    </Modal>
  )
}
