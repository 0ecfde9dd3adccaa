/**
 * A date typed the Vietnamese way, day first ("02/12/2026", "2/12/2026", "02-12-2026",
 * "02122026"), on every PC whatever its locale. Under the field: the date as it will print
 * ("ngày 02 tháng 12 năm 2026"), or what is wrong with it. A date that does not exist stays as typed
 * (it is saved that way and reported by the checks).
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDateInput, formatDateLong, isIsoDate, parseViDate } from '../../core/format'

/** What the field shows for a stored value: an ISO date as dd/mm/yyyy, anything else as typed. */
const shownText = (value: string | null): string => (value === null ? '' : isIsoDate(value) ? formatDateInput(value) : value)

/** The stored value for what is typed: null when blank, an ISO date when it reads as one, else the text. */
const storedValue = (text: string): string | null => (text.trim() === '' ? null : (parseViDate(text) ?? text))

export function DateInput({
  id,
  value,
  disabled,
  onChange,
  fallbackYear,
  describedBy,
}: {
  id: string
  value: string | null
  disabled: boolean
  onChange: (value: string | null) => void
  /** The year printed in the blank form "ngày      tháng      năm 2026" while no date is set. */
  fallbackYear: number
  describedBy?: string
}): React.JSX.Element {
  const { t } = useTranslation()
  const [text, setText] = useState(shownText(value))
  const [shown, setShown] = useState(value)
  // A value changed elsewhere (undo, a restored version) replaces what the field shows.
  if (value !== shown) {
    setShown(value)
    if (storedValue(text) !== value) setText(shownText(value))
  }
  const invalid = value !== null && !isIsoDate(value)
  const statusId = `${id}-status`
  return (
    <>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('meta.datePlaceholder')}
        className={invalid ? 'invalid' : undefined}
        aria-invalid={invalid}
        aria-describedby={[statusId, describedBy].filter(Boolean).join(' ')}
        value={text}
        disabled={disabled}
        onChange={(e) => {
          setText(e.target.value)
          onChange(storedValue(e.target.value))
        }}
        onBlur={() => setText(shownText(value))}
      />
      <p id={statusId} className={invalid ? 'error-text small' : 'field-help'} role={invalid ? 'alert' : undefined}>
        {invalid
          ? t('meta.dateInvalid', { text: value })
          : value === null
            ? t('meta.dateBlank', { printed: formatDateLong(null, fallbackYear) })
            : t('meta.datePrinted', { printed: formatDateLong(value, fallbackYear) })}
      </p>
    </>
  )
}
