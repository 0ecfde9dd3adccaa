/** Trợ giúp → Phím tắt (F1): the keys of the editor, in a dialog. */
import { useTranslation } from 'react-i18next'
import { closeDialog } from '../app/menu-actions'
import { Modal } from './Modal'

/** Each key with the translation key of what it does, in the order a clerk meets them. */
const SHORTCUTS: ReadonlyArray<readonly [string, string]> = [
  ['Ctrl+S', 'editor.saveNow'],
  ['Ctrl+Z', 'editor.toolbar.undo'],
  ['Ctrl+Y', 'editor.toolbar.redo'],
  ['F8', 'blanks.next'],
  ['Shift+F8', 'blanks.previous'],
  ['Ctrl+B', 'editor.toolbar.bold'],
  ['Ctrl+I', 'editor.toolbar.italic'],
  ['Ctrl+U', 'editor.toolbar.underline'],
  ['Ctrl+F', 'shortcuts.find'],
  ['Ctrl+H', 'shortcuts.replace'],
  ['Ctrl+F2', 'printPreview.open'],
  ['Ctrl+P', 'printPreview.print'],
  ['Ctrl+Shift+E', 'editor.export'],
  ['Ctrl+N', 'home.newReport'],
  ['F1', 'shortcuts.title'],
]

export function ShortcutList(): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <Modal
      title={t('shortcuts.title')}
      onClose={closeDialog}
      footer={
        <button type="button" className="btn btn-primary" onClick={closeDialog}>
          {t('common.close')}
        </button>
      }
    >
      <p>{t('shortcuts.intro')}</p>
      <table className="shortcut-list" aria-label={t('shortcuts.list')}>
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.key')}</th>
            <th scope="col">{t('shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([keys, label]) => (
            <tr key={keys}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{t(label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  )
}
