/**
 * Marks drawn on a section's text (the proofreader's wavy underlines, the blanks' background) in a
 * layer of their own,
 * laid over the editor: absolutely placed boxes, computed from DOM ranges once the clerk pauses.
 *
 * Why not the CSS Custom Highlight API: with highlights registered, Chromium revalidates every
 * highlighted range after each DOM change, anywhere in the page, so that each keystroke cost about
 * 10 ms more with 50 underlines on screen (bench: renderer CPU a key 29–33 ms against 18–21 ms
 * without them, 19 ms with this layer). Boxes beside the editable text cost nothing while typing.
 * The layer of the section being typed in is hidden until its text is read again, so that no
 * mark is drawn under the wrong word.
 */

export interface Mark {
  range: Range
  /** The CSS class of the boxes drawn for this range. */
  className: string
  /** Kept on each box as `data-mark`: which note it belongs to (a note on two lines has two boxes). */
  id: string
  /** A line under the text (the default), or a box over its whole height. */
  shape?: 'underline' | 'box'
}

export interface MarkLayer {
  /** Draw these marks (and only these), and show the layer. */
  draw: (marks: readonly Mark[]) => void
  /** Hide the layer until the next `draw` (the text under it is changing). */
  hide: () => void
  remove: () => void
}

/** How far below the text's box the underline starts, and its height, in CSS pixels. */
const OFFSET_PX = 3
const HEIGHT_PX = 4

/** A layer over `host` (positioned), behind no pointer and hidden from assistive technology. */
export function createMarkLayer(host: HTMLElement, className: string): MarkLayer {
  const layer = document.createElement('div')
  layer.className = className
  layer.setAttribute('aria-hidden', 'true')
  host.append(layer)
  return {
    draw(marks) {
      layer.hidden = false
      const base = layer.getBoundingClientRect()
      // The page may be zoomed (CSS zoom): rectangles are on screen, the boxes' offsets are not.
      const scale = layer.offsetWidth > 0 ? base.width / layer.offsetWidth : 1
      const boxes = document.createDocumentFragment()
      for (const mark of marks) {
        const seen = new Set<string>()
        for (const rect of mark.range.getClientRects()) {
          if (rect.width < 1) continue
          const left = (rect.left - base.left) / scale
          const box = mark.shape === 'box'
          const top = box ? (rect.top - base.top) / scale : (rect.bottom - base.top) / scale - OFFSET_PX
          const width = rect.width / scale
          const height = box ? rect.height / scale : HEIGHT_PX
          // An inline element inside the range gives its own box as well as its line's.
          const key = `${Math.round(left)}:${Math.round(top)}:${Math.round(width)}`
          if (seen.has(key)) continue
          seen.add(key)
          const element = document.createElement('div')
          element.className = mark.className
          element.dataset.mark = mark.id
          element.style.left = `${left}px`
          element.style.top = `${top}px`
          element.style.width = `${width}px`
          element.style.height = `${height}px`
          boxes.append(element)
        }
      }
      layer.replaceChildren(boxes)
    },
    hide() {
      layer.hidden = true
    },
    remove() {
      layer.remove()
    },
  }
}
