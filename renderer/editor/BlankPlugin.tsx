/**
 * The blanks of starter sentences ("[số liệu]", "[tỷ lệ]", or "[...]" typed by hand) until they
 * are filled: marked in a layer under the text (editor/mark-layer.ts; nothing is added to the
 * document, so the exporter and the undo history never see it, and typing does not pay for the
 * marks as it did for CSS highlights), and selected whole by a click or a double-click, so that
 * what the clerk types replaces the whole blank, brackets included.
 */
import { useEffect } from 'react'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getNearestNodeFromDOMNode, $isTextNode, type LexicalEditor } from 'lexical'
import { blankAround, bracketBlanks } from '../../core/checks/placeholders'
import { createMarkLayer, type MarkLayer } from './mark-layer'

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
    let layer: MarkLayer | null = null
    const refresh = (): void => {
      timer = null
      const root = editor.getRootElement()
      if (root === null || layer === null) return
      layer.draw(blankRanges(root).map((range, i) => ({ range, className: 'blank-mark', id: String(i), shape: 'box' as const })))
    }
    const schedule = (): void => {
      // Off the typing path: once the clerk pauses; the marks of the text being typed wait for it.
      if (timer !== null) clearTimeout(timer)
      timer = setTimeout(refresh, 200)
    }
    const off = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return
      layer?.hide()
      schedule()
    })
    const onClick = (event: MouseEvent): void => selectClickedBlank(editor, event)
    // Text laid out again without an edit (the page's margins, a font arriving): redraw.
    const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule)
    document.fonts.addEventListener('loadingdone', schedule)
    const offRoot = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('click', onClick)
      if (previous !== null) resized?.unobserve(previous)
      layer?.remove()
      layer = null
      const host = root?.parentElement
      if (root === null || host == null) return
      root.addEventListener('click', onClick)
      layer = createMarkLayer(host, 'blank-layer')
      resized?.observe(root)
      schedule()
    })
    return () => {
      off()
      offRoot()
      resized?.disconnect()
      document.fonts.removeEventListener('loadingdone', schedule)
      if (timer !== null) clearTimeout(timer)
      layer?.remove()
    }
  }, [editor])
  return null
}
