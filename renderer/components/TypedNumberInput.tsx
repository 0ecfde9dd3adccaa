/**
 * A number field that keeps what the clerk typed: a figure of the indicator grid, the number of
 * copies. Numbers are typed and shown the Vietnamese way ("8.948", "12,5") on every PC.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TypedNumber } from '../../core/model/schema'
import { formatNumber, parseViNumber } from '../../core/format'

/** What a cell shows for a typed value: the number the Vietnamese way, or the text as typed. */
const cellText = (value: TypedNumber): string => (value === null ? '' : typeof value === 'string' ? value : formatNumber(value, 4))

/** The typed value a cell's text stands for: blank, a number, or the text itself until it is one. */
function typedValue(text: string): TypedNumber {
  if (text.trim() === '') return null
  return parseViNumber(text) ?? text
}

/**
 * A figure typed the Vietnamese way. Text that is not a number yet is kept (saved as typed and
 * reported by the checks) and marked, so that nothing typed is lost on the way to a fix.
 */
export function TypedNumberInput({
  value,
  label,
  disabled,
  onChange,
  className,
  id,
  problem,
}: {
  value: TypedNumber
  label?: string
  disabled: boolean
  onChange: (value: TypedNumber) => void
  className?: string
  id?: string
  /** What is wrong with a number that reads as one (a negative figure, a count above its total). */
  problem?: string | undefined
}): React.JSX.Element {
  const { t } = useTranslation()
  const [text, setText] = useState(cellText(value))
  const [shown, setShown] = useState(value)
  // A value changed elsewhere (undo, another row's move) replaces what the cell shows.
  if (value !== shown) {
    setShown(value)
    if (typedValue(text) !== value) setText(cellText(value))
  }
  const invalid = typeof value === 'string' || problem !== undefined
  return (
    <input
      type="text"
      inputMode="decimal"
      id={id}
      className={[className, invalid ? 'invalid' : ''].filter(Boolean).join(' ') || undefined}
      aria-label={label}
      aria-invalid={invalid}
      title={typeof value === 'string' ? t('indicators.badNumber') : problem}
      value={text}
      disabled={disabled}
      onChange={(e) => {
        setText(e.target.value)
        onChange(typedValue(e.target.value))
      }}
      onBlur={() => setText(cellText(value))}
    />
  )
}
