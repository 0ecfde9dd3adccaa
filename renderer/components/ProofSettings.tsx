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

/** A list typed one item a line, with its label, help and what is wrong with it. */
function LinesField(props: {
  id: string
  label: string
  help: string
  rows: number
  text: string
  error?: string | null
  onText: (text: string) => void
}): React.JSX.Element {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <textarea id={props.id} rows={props.rows} value={props.text} onChange={(e) => props.onText(e.target.value)} />
      <p className="field-help">{props.help}</p>
      {props.error && (
        <p className="error-text" role="alert">
          {props.error}
        </p>
      )}
    </div>
  )
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
      <LinesField
        id="proof-words"
        label={t('proofing.settings.words')}
        help={t('proofing.settings.wordsHint')}
        rows={6}
        text={words}
        onText={(text) => {
          setWords(text)
          onChange({ ...value, words: wordsOf(text) })
        }}
      />
      <LinesField
        id="proof-abbreviations"
        label={t('proofing.settings.abbreviations')}
        help={t('proofing.settings.abbreviationsHint')}
        rows={8}
        text={abbreviations}
        error={bad.length > 0 ? t('proofing.settings.badLines', { lines: bad.join('; ') }) : null}
        onText={(text) => {
          setAbbreviations(text)
          onChange({ ...value, abbreviations: parseAbbreviations(text).value })
        }}
      />
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
