/**
 * Small line icons drawn as SVG in the text colour, so that they look the same on every PC
 * whatever its fonts (a full-width "＋" or "✎" is a box where no installed font has it).
 */
const PATHS = {
  plus: 'M8 3v10M3 8h10',
  addAfter: 'M3 4h7M3 8h7M11 9v5M8.5 11.5H13.5',
  pencil: 'M3 13l1-3.5L10.5 3l2.5 2.5L6.5 12zM9.5 4l2.5 2.5',
  up: 'M8 13V3M4 7l4-4 4 4',
  down: 'M8 3v10M4 9l4 4 4-4',
  close: 'M4 4l8 8M12 4l-8 8',
  next: 'M6 3l5 5-5 5',
  previous: 'M10 3L5 8l5 5',
} as const

export type IconName = keyof typeof PATHS

export function Icon({ name }: { name: IconName }): React.JSX.Element {
  return (
    <svg className="icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  )
}
