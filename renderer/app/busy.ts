/**
 * The page says it is at work while the clerk waits on a move they asked for (a report opening, a
 * screen whose code is still coming): after {@link BUSY_DELAY_MS}, so that a quick move shows
 * nothing, the pointer becomes the "working" one, a thin bar runs along the top of the window
 * (styles/base.css, `html[data-busy]`) and the page is `aria-busy` for screen readers.
 */

/** A wait shorter than this shows nothing. */
export const BUSY_DELAY_MS = 150

let waiting = 0
let shown: ReturnType<typeof setTimeout> | null = null

function mark(busy: boolean): void {
  const root = document.documentElement
  root.toggleAttribute('data-busy', busy)
  if (busy) root.setAttribute('aria-busy', 'true')
  else root.removeAttribute('aria-busy')
}

/** Run `work`, with the page marked busy while it lasts longer than {@link BUSY_DELAY_MS}. Waits may overlap. */
export async function whileBusy<T>(work: () => Promise<T>): Promise<T> {
  if (typeof document === 'undefined') return work()
  waiting++
  shown ??= setTimeout(() => mark(true), BUSY_DELAY_MS)
  try {
    return await work()
  } finally {
    waiting--
    if (waiting === 0) {
      if (shown !== null) clearTimeout(shown)
      shown = null
      mark(false)
    }
  }
}
