/**
 * The blanks of starter sentences ("[số liệu]", "[tỷ lệ]", or "[...]" typed by hand) until they
 * are filled: highlighted with the CSS Custom Highlight API (nothing is added to the document, so
 * the exporter and the undo history never see it), and selected whole by a click or a
 * double-click, so that what the clerk types replaces the whole blank, brackets included.
 */
import { useEffect } from 'react'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getNearestNodeFromDOMNode, $isTextNode, type LexicalEditor } from 'lexical'
import { blankAround, bracketBlanks } from '../../core/checks/placeholders'

const HIGHLIGHT = 'sbc-placeholder'
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
    for (const span of bracketBlanks(node.nodeValue ?? '')) {
      const range = document.createRange()
      range.setStart(node, span.start)
      range.setEnd(node, span.end)
      ranges.push(range)
    }
  }
  return ranges
}

/**
 * After a click or double-click that left the caret (or the word the browser selected) inside a
 * blank, select the blank whole. The browser's selection is read directly: Lexical takes it in
 * only at the next selectionchange.
 */
function selectClickedBlank(editor: LexicalEditor, event: MouseEvent): void {
  if (event.detail > 2 || event.shiftKey || !editor.isEditable()) return
  const selection = window.getSelection()
  const anchor = selection?.anchorNode
  if (!selection || !anchor || anchor !== selection.focusNode || anchor.nodeType !== Node.TEXT_NODE) return
  const from = Math.min(selection.anchorOffset, selection.focusOffset)
  const to = Math.max(selection.anchorOffset, selection.focusOffset)
  const span = blankAround(anchor.nodeValue ?? '', from, to)
  if (!span) return
  editor.update(() => {
    const node = $getNearestNodeFromDOMNode(anchor)
    // The DOM text is the node's text (one DOM text node per Lexical text node).
    if ($isTextNode(node) && node.getTextContent() === anchor.nodeValue) node.select(span.start, span.end)
  })
}

export function BlankPlugin(): null {
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
    const onClick = (event: MouseEvent): void => selectClickedBlank(editor, event)
    const offRoot = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('click', onClick)
      root?.addEventListener('click', onClick)
    })
    schedule()
    return () => {
      off()
      offRoot()
      if (timer !== null) clearTimeout(timer)
      if (current) rangesByRoot.delete(current)
      rebuild()
    }
  }, [editor])
  return null
}
