/**
 * The proofreader's settings, with the office profile: on or off, the accent style, the office
 * dictionary and the abbreviations accepted without being spelled out; both lists can be
 * exported as a text file (to hand to another office, or keep).
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_ABBREVIATIONS } from '../../core/proof'
import type { OfficeProofing } from '../../core/model/office'

const ABBREVIATION_LINE = /^\s*([\p{Lu}][\p{Lu}\p{N}&.-]{0,39})\s*(?:=\s*(.{0,300}))?$/u

/** "UBND = Ủy ban nhân dân" lines to a map; the lines that are not of that form are returned. */
export function parseAbbreviations(text: string): { value: Record<string, string>; bad: string[] } {
  const value: Record<string, string> = {}
  const bad: string[] = []
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    const m = ABBREVIATION_LINE.exec(line.normalize('NFC'))
    if (m === null) bad.push(line.trim())
    else value[m[1] ?? ''] = (m[2] ?? '').trim()
  }
  return { value, bad }
}

const abbreviationText = (value: Readonly<Record<string, string>>): string =>
  Object.entries(value)
    .map(([abbr, full]) => (full === '' ? abbr : `${abbr} = ${full}`))
    .join('\n')

const wordsOf = (text: string): string[] => [
  ...new Set(
    text
      .normalize('NFC')
      .split('\n')
      .map((w) => w.trim())
      .filter(Boolean),
  ),
]

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

export function ProofSettings({
  value,
  onChange,
}: {
  value: OfficeProofing
  onChange: (value: OfficeProofing) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const [words, setWords] = useState(value.words.join('\n'))
  const [abbreviations, setAbbreviations] = useState(abbreviationText(value.abbreviations))
  const bad = parseAbbreviations(abbreviations).bad
  const exportLists = (): void => {
    const text = [
      `# ${t('proofing.settings.words')}`,
      ...value.words,
      '',
      `# ${t('proofing.settings.abbreviations')}`,
      abbreviationText(value.abbreviations),
      '',
    ].join('\n')
    download('tu-dien-soat-loi.txt', text)
  }
  return (
    <section className="card" aria-labelledby="proof-settings-heading">
      <h2 id="proof-settings-heading">{t('proofing.settings.heading')}</h2>
      <p className="muted">{t('proofing.settings.intro')}</p>
      <label className="inline-choice proof-enabled">
        <input type="checkbox" checked={value.enabled} onChange={(e) => onChange({ ...value, enabled: e.target.checked })} />
        {t('proofing.settings.enabled')}
      </label>
      <div className="field">
        <label htmlFor="proof-accent">{t('proofing.settings.accentStyle')}</label>
        <select
          id="proof-accent"
          value={value.accentStyle}
          onChange={(e) => onChange({ ...value, accentStyle: e.target.value as OfficeProofing['accentStyle'] })}
        >
          {(['auto', 'old', 'new'] as const).map((style) => (
            <option key={style} value={style}>
              {t(`proofing.settings.styles.${style}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="proof-words">{t('proofing.settings.words')}</label>
        <textarea
          id="proof-words"
          rows={6}
          value={words}
          onChange={(e) => {
            setWords(e.target.value)
            onChange({ ...value, words: wordsOf(e.target.value) })
          }}
        />
        <p className="field-help">{t('proofing.settings.wordsHint')}</p>
      </div>
      <div className="field">
        <label htmlFor="proof-abbreviations">{t('proofing.settings.abbreviations')}</label>
        <textarea
          id="proof-abbreviations"
          rows={8}
          value={abbreviations}
          onChange={(e) => {
            setAbbreviations(e.target.value)
            onChange({ ...value, abbreviations: parseAbbreviations(e.target.value).value })
          }}
        />
        <p className="field-help">{t('proofing.settings.abbreviationsHint')}</p>
        {bad.length > 0 && (
          <p className="error-text" role="alert">
            {t('proofing.settings.badLines', { lines: bad.join('; ') })}
          </p>
        )}
      </div>
      <div className="choices-inline">
        <button type="button" className="btn btn-small" onClick={exportLists}>
          {t('proofing.settings.export')}
        </button>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => {
            setAbbreviations(abbreviationText(DEFAULT_ABBREVIATIONS))
            onChange({ ...value, abbreviations: { ...DEFAULT_ABBREVIATIONS } })
          }}
        >
          {t('proofing.settings.reset')}
        </button>
      </div>
    </section>
  )
}
