/**
 * Highlights the blanks of starter sentences ("[số liệu]", "[tỷ lệ]") until they are replaced,
 * with the CSS Custom Highlight API: nothing is added to the document, so the exporter and the
 * undo history never see the highlight.
 */
import { useEffect } from 'react'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'

const HIGHLIGHT = 'sbc-placeholder'
const BLANK = /\[[^[\]\n]{1,40}\]/gu
const rangesByRoot = new Map<HTMLElement, Range[]>()

function rebuild(): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return
  const all: Range[] = []
  for (const ranges of rangesByRoot.values()) all.push(...ranges)
  CSS.highlights.set(HIGHLIGHT, new Highlight(...all))
}

/** Ranges of every blank in the text nodes under `root`. */
export function blankRanges(root: HTMLElement): Range[] {
  const ranges: Range[] = []
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? ''
    if (!text.includes('[')) continue
    for (const match of text.matchAll(BLANK)) {
      const range = document.createRange()
      range.setStart(node, match.index)
      range.setEnd(node, match.index + match[0].length)
      ranges.push(range)
    }
  }
  return ranges
}

export function PlaceholderHighlightPlugin(): null {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null
    let current: HTMLElement | null = null
    const refresh = (): void => {
      timer = null
      const root = editor.getRootElement()
      if (current && current !== root) rangesByRoot.delete(current)
      current = root
      if (root) rangesByRoot.set(root, blankRanges(root))
      rebuild()
    }
    const schedule = (): void => {
      // Off the typing path: once the clerk pauses.
      if (timer === null) timer = setTimeout(refresh, 200)
    }
    const off = editor.registerUpdateListener(schedule)
    schedule()
    return () => {
      off()
      if (timer !== null) clearTimeout(timer)
      if (current) rangesByRoot.delete(current)
      rebuild()
    }
  }, [editor])
  return null
}
