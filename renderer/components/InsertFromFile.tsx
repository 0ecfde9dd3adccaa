/**
 * "Chèn nội dung từ tệp…": a department's .docx, .doc or .baocao goes into the open report — each part
 * into the section it matches (by key or title, which the clerk can change), or everything into
 * one chosen section. Nothing already written is replaced: the text is appended, and the toast
 * offers "Hoàn tác".
 */
import { useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contributionsOf, type Contribution } from '../../core/import/merge'
import { contentText } from '../../core/nodes/plain-text'
import { conversionLines, lostLines, placementOf, readContribution, useImportStore, type ParsedFile } from '../app/import-actions'
import { insertContributions } from '../app/insert-contributions'
import { buildOutline, flattenOutline } from '../app/outline'
import { useAppStore } from '../app/store'
import { Modal } from './Modal'
import { REPORT_EXTENSION } from '../../core/model/report-file'

const FILE_TYPES = `.docx,.doc,.rtf,${REPORT_EXTENSION},application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword`
const NOWHERE = ''

/** The button in the editor's top bar. */
function excerpt(contribution: Contribution): string {
  const text = contentText(contribution.content).replace(/\s+/gu, ' ').trim()
  return text.length > 90 ? `${text.slice(0, 90)}…` : text
}

export function InsertFromFileDialog(): React.JSX.Element | null {
  const { t } = useTranslation()
  const open = useImportStore((s) => s.inserting)
  const busy = useImportStore((s) => s.busy)
  const report = useAppStore((s) => s.doc?.report)
  const activeSectionId = useAppStore((s) => s.activeSectionId)
  const input = useRef<HTMLInputElement>(null)
  const [file, setFile] = useState<{ name: string; parsed: ParsedFile } | null>(null)
  const [mode, setMode] = useState<'match' | 'one'>('match')
  const [targets, setTargets] = useState<Record<string, string>>({})
  const [single, setSingle] = useState<string>(NOWHERE)

  const entries = useMemo(() => (report ? flattenOutline(buildOutline(report)) : []), [report])
  const contributions = useMemo(() => (file && report ? contributionsOf(file.parsed.sections, report.sections) : []), [file, report])

  if (!open || !report) return null

  const close = (): void => {
    setFile(null)
    setTargets({})
    setMode('match')
    useImportStore.getState().setInserting(false)
  }

  const choose = async (picked: File): Promise<void> => {
    const parsed = await readContribution(picked)
    if (!parsed) return
    setFile({ name: picked.name, parsed })
    const suggested = contributionsOf(parsed.sections, report.sections)
    setTargets(Object.fromEntries(suggested.map((c) => [c.id, c.targetId ?? NOWHERE])))
    setSingle(activeSectionId ?? entries[0]?.id ?? NOWHERE)
    setMode(suggested.some((c) => c.targetId !== null) ? 'match' : 'one')
  }

  // A department's file has no header of its own to recognise: that is not a loss here.
  const lost = file ? file.parsed.lost.filter((item) => item.kind !== 'headerMissing') : []
  const targetOf = (c: Contribution): string => (mode === 'one' ? single : (targets[c.id] ?? NOWHERE))
  const placements = contributions.filter((c) => targetOf(c) !== NOWHERE).map((c) => placementOf(c, targetOf(c)))

  const sectionOptions = entries.map((entry) => (
    <option key={entry.id} value={entry.id}>
      {`${'\u00a0\u00a0'.repeat(entry.depth)}${entry.name || t('editor.unnumbered')}`}
    </option>
  ))

  return (
    <Modal
      title={t('import.insertTitle')}
      onClose={close}
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={close}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={placements.length === 0}
            onClick={() => {
              insertContributions(placements)
              close()
            }}
          >
            {t('import.insert', { count: placements.length })}
          </button>
        </>
      }
    >
      <p>{t('import.insertIntro')}</p>
      <div className="insert-file">
        <button type="button" className="btn" disabled={busy} onClick={() => input.current?.click()}>
          {busy ? t('import.reading') : file ? t('import.chooseOther') : t('import.chooseFile')}
        </button>
        {file && <span className="muted">{file.name}</span>}
      </div>
      <input
        ref={input}
        type="file"
        accept={FILE_TYPES}
        hidden
        aria-label={t('import.chooseFile')}
        onChange={(event) => {
          const picked = event.target.files?.[0]
          event.target.value = ''
          if (picked) void choose(picked)
        }}
      />
      {file && contributions.length === 0 && <p className="error-text">{t('import.nothingToInsert')}</p>}
      {file && contributions.length > 0 && (
        <>
          <fieldset className="choice-group">
            <legend>{t('import.where')}</legend>
            <label className="inline-choice">
              <input type="radio" name="insert-mode" checked={mode === 'match'} onChange={() => setMode('match')} />
              {t('import.modeMatch')}
            </label>
            <label className="inline-choice">
              <input type="radio" name="insert-mode" checked={mode === 'one'} onChange={() => setMode('one')} />
              {t('import.modeOne')}
            </label>
          </fieldset>
          {mode === 'one' ? (
            <label className="field">
              <span>{t('import.intoSection')}</span>
              <select value={single} onChange={(e) => setSingle(e.target.value)}>
                {sectionOptions}
              </select>
            </label>
          ) : (
            <table className="insert-table">
              <thead>
                <tr>
                  <th scope="col">{t('import.partInFile')}</th>
                  <th scope="col">{t('import.intoSection')}</th>
                </tr>
              </thead>
              <tbody>
                {contributions.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <div className="insert-part">{[...c.path, c.title].join(' › ')}</div>
                      <div className="muted small">{excerpt(c)}</div>
                    </td>
                    <td>
                      <select
                        aria-label={t('import.intoSectionFor', { name: c.title })}
                        value={targets[c.id] ?? NOWHERE}
                        onChange={(e) => setTargets({ ...targets, [c.id]: e.target.value })}
                      >
                        <option value={NOWHERE}>{t('import.skip')}</option>
                        {sectionOptions}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {file.parsed.conversions.length > 0 && (
            <ul className="conversion-list small">
              {conversionLines(file.parsed.conversions).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          {lost.length > 0 && (
            <>
              <p className="small">{t('import.lostTitle')}</p>
              <ul className="lost-list small">
                {lostLines(lost).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Modal>
  )
}
