/**
 * Wavy underlines under the proofreader's notes in one section editor, as Word shows them for
 * English: red for spelling and confusions, blue for the rest. Drawn in a layer over the editor
 * (editor/mark-layer.ts), so the Lexical state, the undo history and the export never see them,
 * and typing never pays for them.
 *
 * The section is read from its DOM 300 ms after the last change (never during an IME
 * composition), analysed alone and combined with the cached rest of the report (app/proof.ts).
 * While the clerk types, the section's underlines are hidden until its text is read again.
 * A right click on an underline opens the menu of suggestions (components/ProofMenu.tsx).
 */
import { useEffect } from 'react'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import {
  $createRangeSelection,
  $getNearestNodeFromDOMNode,
  $isTextNode,
  $setSelection,
  type LexicalEditor,
  type RangeSelection,
} from 'lexical'
import type { TargetedFinding } from '../../core/proof'
import { findingsOf, sectionTextGone, sectionTextRead, useProofStore } from '../app/proof'
import { createMarkLayer, type Mark, type MarkLayer } from './mark-layer'
import { offsetOf, rangeOf, readText, type TextMap } from './proof-text'
import { getEditor } from './registry'

const READ_DELAY_MS = 300
const RED = new Set(['proof.spelling', 'proof.confusion'])

interface Painted {
  /** The section's text as last read; null while an edit has not been read yet. */
  map: TextMap | null
  layer: MarkLayer
  /** The notes drawn, as a string: a new combination that leaves them as they were draws nothing. */
  drawn: string
}

const painted = new Map<string, Painted>()

function paint(sectionId: string, force = false): void {
  const current = painted.get(sectionId)
  if (current === undefined || current.map === null) return
  const map = current.map
  const findings = findingsOf(sectionId)
  const drawn = findings.map((f) => `${f.code}:${f.start}:${f.end}`).join(' ')
  if (!force && current.drawn === drawn) return
  const marks: Mark[] = []
  findings.forEach((f, i) => {
    const range = rangeOf(map, f.start, f.end, f.text)
    if (range !== null) marks.push({ range, className: RED.has(f.code) ? 'proof-mark proof-red' : 'proof-mark proof-blue', id: String(i) })
  })
  current.layer.draw(marks)
  current.drawn = drawn
}

/** The note under a screen point of a section, if any. */
function findingAt(sectionId: string, x: number, y: number): TargetedFinding | null {
  const map = painted.get(sectionId)?.map
  const caret = document.caretRangeFromPoint?.(x, y)
  if (map == null || caret == null) return null
  const offset = offsetOf(map, caret.startContainer, caret.startOffset)
  if (offset === null) return null
  return findingsOf(sectionId).find((f) => f.start <= offset && offset <= f.end && f.end > f.start) ?? null
}

/** Selects a DOM range of a section in Lexical (inside an update); false when it is not plain text. */
function $selectRange(range: Range): RangeSelection | null {
  const from = $getNearestNodeFromDOMNode(range.startContainer)
  const to = $getNearestNodeFromDOMNode(range.endContainer)
  if (!$isTextNode(from) || !$isTextNode(to)) return null
  const selection = $createRangeSelection()
  selection.anchor.set(from.getKey(), range.startOffset, 'text')
  selection.focus.set(to.getKey(), range.endOffset, 'text')
  $setSelection(selection)
  return selection
}

function withRange(finding: TargetedFinding, action: (selection: RangeSelection) => void): boolean {
  const editor: LexicalEditor | undefined = getEditor(finding.target)
  const map = painted.get(finding.target)?.map
  const range = map == null ? null : rangeOf(map, finding.start, finding.end, finding.text)
  if (editor === undefined || range === null) return false
  let done = false
  editor.update(() => {
    const selection = $selectRange(range)
    if (selection === null) return
    action(selection)
    done = true
  })
  editor.focus()
  return done
}

/**
 * Put `replacement` in place of the note's text, as one undoable edit. False when the text under
 * the note changed meanwhile.
 */
export function replaceFinding(finding: TargetedFinding, replacement: string): boolean {
  return withRange(finding, (selection) => selection.insertText(replacement))
}

/** Select the note's text and bring it into view (from the Soát lỗi panel). */
export function revealFinding(finding: TargetedFinding): boolean {
  const done = withRange(finding, () => undefined)
  if (done) requestAnimationFrame(() => window.getSelection()?.focusNode?.parentElement?.scrollIntoView({ block: 'center' }))
  return done
}

export function ProofreadPlugin({ sectionId }: { sectionId: string }): null {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null
    const read = (): void => {
      timer = null
      const root = editor.getRootElement()
      if (root === null) return
      if (editor.isComposing()) {
        schedule()
        return
      }
      const current = painted.get(sectionId)
      if (current === undefined) return
      current.map = readText(root)
      sectionTextRead(sectionId, current.map.text)
      paint(sectionId, true)
    }
    function schedule(): void {
      if (timer !== null) clearTimeout(timer)
      timer = setTimeout(read, READ_DELAY_MS)
    }
    const offUpdate = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return
      const current = painted.get(sectionId)
      if (current !== undefined) {
        current.map = null
        current.layer.hide()
      }
      schedule()
    })
    // Notes change when another section defines an abbreviation, or the clerk ignores one.
    const offStore = useProofStore.subscribe((state, previous) => {
      if (state.findings !== previous.findings) paint(sectionId)
    })
    // Text laid out again without an edit (the page's margins, a font arriving): redraw.
    const relayout = (): void => paint(sectionId, true)
    const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(relayout)
    document.fonts.addEventListener('loadingdone', relayout)
    const onContextMenu = (event: MouseEvent): void => {
      const finding = findingAt(sectionId, event.clientX, event.clientY)
      if (finding === null) return
      event.preventDefault()
      useProofStore.getState().setMenu({ x: event.clientX, y: event.clientY, finding })
    }
    let root: HTMLElement | null = null
    const offRoot = editor.registerRootListener((next, previous) => {
      previous?.removeEventListener('contextmenu', onContextMenu)
      if (previous !== null) resized?.unobserve(previous)
      painted.get(sectionId)?.layer.remove()
      painted.delete(sectionId)
      next?.addEventListener('contextmenu', onContextMenu)
      root = next
      const host = next?.parentElement
      if (next === null || host == null) return
      painted.set(sectionId, { map: null, layer: createMarkLayer(host, 'proof-layer'), drawn: '' })
      resized?.observe(next)
      schedule()
    })
    return () => {
      if (timer !== null) clearTimeout(timer)
      offUpdate()
      offStore()
      offRoot()
      root?.removeEventListener('contextmenu', onContextMenu)
      resized?.disconnect()
      document.fonts.removeEventListener('loadingdone', relayout)
      painted.get(sectionId)?.layer.remove()
      painted.delete(sectionId)
      sectionTextGone(sectionId)
    }
  }, [editor, sectionId])
  return null
}
