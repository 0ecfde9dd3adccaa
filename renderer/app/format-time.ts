/** Times shown in the UI, the Vietnamese way and in the computer's own time zone. */

const pad2 = (n: number): string => String(n).padStart(2, '0')

function parse(iso: string): Date | null {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? null : date
}

/** "14:05" for the save status; an unreadable time gives "". */
export function formatClock(iso: string): string {
  const date = parse(iso)
  return date ? `${pad2(date.getHours())}:${pad2(date.getMinutes())}` : ''
}

/** "14:05, 22/11/2026" for lists of files; an unreadable time gives "". */
export function formatDateTime(iso: string): string {
  const date = parse(iso)
  if (!date) return ''
  return `${formatClock(iso)}, ${pad2(date.getDate())}/${pad2(date.getMonth() + 1)}/${date.getFullYear()}`
}
