/**
 * "Mẫu báo cáo": the built-in templates and the office's own, side by side with a preview of the
 * selected one (trích yếu, section tree with hints and starter sentences, indicator tables).
 * The office's templates are imported (a template file or any Word report), renamed, duplicated,
 * exported and deleted here; the built-in ones can be duplicated and exported. Files of the
 * templates folder that cannot be used are named with what is wrong.
 */
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Template, TemplateSection } from '../../core/templates/schema'
import { fillPlaceholders, periodFor } from '../../core/templates'
import type { Period } from '../../core/model/schema'
import { goHome } from '../app/document-actions'
import { useAppStore } from '../app/store'
import { describeError } from '../app/errors'
import {
  duplicateTemplate,
  exportTemplate,
  importTemplateFile,
  removeTemplate,
  renameTemplate,
  selectTemplate,
  useTemplateStore,
} from '../app/template-actions'
import { Modal } from '../components/Modal'
import { TemplateNameDialog } from '../components/SaveAsTemplate'

const TEMPLATE_FILES = '.json,.docx,.doc,.rtf,application/json'

function SectionPreview({ section, period }: { section: TemplateSection; period: Period }): React.JSX.Element {
  const fill = (text: string): string => fillPlaceholders(text, period)
  return (
    <li>
      <div className="template-section-title">{fill(section.title)}</div>
      {section.hint && <div className="muted small">{fill(section.hint)}</div>}
      {section.starter?.map((line, i) => (
        <div key={i} className="template-starter">
          {fill(line)}
        </div>
      ))}
      {section.children && section.children.length > 0 && (
        <ol className="template-tree">
          {section.children.map((child) => (
            <SectionPreview key={child.key} section={child} period={period} />
          ))}
        </ol>
      )}
    </li>
  )
}

function Preview({ template }: { template: Template }): React.JSX.Element {
  const { t } = useTranslation()
  // Shown for the current year (its first half for a mid-year review).
  const period = periodFor(template, new Date().getFullYear())
  return (
    <div className="template-preview">
      <p>
        <strong>{t('templates.titlePattern')}:</strong> {fillPlaceholders(template.title, period)}
      </p>
      {template.description && <p className="muted">{template.description}</p>}
      <h3>{t('templates.sections')}</h3>
      <ol className="template-tree">
        {template.sections.map((section) => (
          <SectionPreview key={section.key} section={section} period={period} />
        ))}
      </ol>
      {template.indicators.length > 0 && (
        <>
          <h3>{t('templates.indicators')}</h3>
          <ul>
            {template.indicators.map((table) => (
              <li key={table.key}>{t('templates.indicatorTable', { title: table.title, count: table.rows.length })}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}

function ConfirmRemove({ id, name, onClose }: { id: string; name: string; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <Modal
      title={t('templates.removeTitle')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-danger"
            onClick={() => {
              onClose()
              void removeTemplate(id)
            }}
          >
            {t('templates.remove')}
          </button>
        </>
      }
    >
      <p>{t('templates.removeConfirm', { name })}</p>
    </Modal>
  )
}

export function TemplatesScreen(): React.JSX.Element {
  const { t } = useTranslation()
  const templates = useAppStore((s) => s.templates) ?? []
  const { invalid, selectedId, detail, busy } = useTemplateStore()
  const input = useRef<HTMLInputElement>(null)
  const [dialog, setDialog] = useState<'rename' | 'remove' | null>(null)
  const selected = templates.find((tpl) => tpl.id === selectedId) ?? null
  const groups = [
    { source: 'builtin' as const, title: t('templates.builtin') },
    { source: 'user' as const, title: t('templates.office') },
  ]

  return (
    <>
      <header className="topbar">
        <button type="button" className="btn btn-ghost" onClick={() => void goHome()}>
          ← {t('editor.home')}
        </button>
        <h1 className="topbar-title">{t('templates.heading')}</h1>
        <div className="topbar-actions">
          <button type="button" className="btn" disabled={busy} onClick={() => input.current?.click()}>
            {busy ? t('import.reading') : t('templates.import')}
          </button>
          <input
            ref={input}
            type="file"
            accept={TEMPLATE_FILES}
            hidden
            aria-label={t('templates.import')}
            onChange={(event) => {
              const file = event.target.files?.[0]
              event.target.value = ''
              if (file) void importTemplateFile(file)
            }}
          />
        </div>
      </header>
      <main id="main" className="templates-page">
        <nav className="templates-list" aria-label={t('templates.heading')}>
          {groups.map((group) => {
            const members = templates.filter((tpl) => tpl.source === group.source)
            return (
              <section key={group.source}>
                <h2>{group.title}</h2>
                {members.length === 0 && <p className="muted small">{t('templates.noneYet')}</p>}
                <ul>
                  {members.map((tpl) => (
                    <li key={tpl.id}>
                      <button
                        type="button"
                        className={`template-item${tpl.id === selectedId ? ' template-item-on' : ''}`}
                        aria-current={tpl.id === selectedId}
                        onClick={() => void selectTemplate(tpl.id)}
                      >
                        <span>{tpl.name}</span>
                        <span className="muted small">{t(`home.kinds.${tpl.reportKind}`)}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            )
          })}
          {invalid.length > 0 && (
            <section className="banner banner-warn" role="alert">
              <h2>{t('templates.invalidTitle')}</h2>
              <ul>
                {invalid.map((bad) => (
                  <li key={bad.file}>
                    <strong>{bad.file}</strong>: {describeError(bad.error)}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <p className="muted small">{t('templates.folderHint')}</p>
        </nav>
        <section className="card templates-detail" aria-label={t('templates.preview')}>
          {selected ? (
            <>
              <div className="templates-detail-head">
                <h2>{selected.name}</h2>
                <div className="templates-actions">
                  <button type="button" className="btn" disabled={busy} onClick={() => void duplicateTemplate(selected.id)}>
                    {t('templates.duplicate')}
                  </button>
                  <button type="button" className="btn" onClick={() => void exportTemplate(selected.id)}>
                    {t('templates.export')}
                  </button>
                  {selected.source === 'user' && (
                    <>
                      <button type="button" className="btn" disabled={busy} onClick={() => setDialog('rename')}>
                        {t('templates.rename')}
                      </button>
                      <button type="button" className="btn btn-danger" disabled={busy} onClick={() => setDialog('remove')}>
                        {t('templates.remove')}
                      </button>
                    </>
                  )}
                </div>
              </div>
              {detail?.template.id === selected.id ? <Preview template={detail.template} /> : <p className="muted">{t('app.loading')}</p>}
            </>
          ) : (
            <p className="muted">{t('templates.pick')}</p>
          )}
        </section>
      </main>
      {dialog === 'rename' && selected && (
        <TemplateNameDialog
          title={t('templates.renameTitle')}
          submitLabel={t('templates.rename')}
          initial={selected.name}
          onSubmit={(name) => renameTemplate(selected.id, name)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'remove' && selected && <ConfirmRemove id={selected.id} name={selected.name} onClose={() => setDialog(null)} />}
    </>
  )
}
