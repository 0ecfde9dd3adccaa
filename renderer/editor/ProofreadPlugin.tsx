/**
 * Wavy underlines under the proofreader's notes in one section editor, as Word shows them for
 * English: red for spelling and confusions, blue for the rest. Drawn with the CSS Custom
 * Highlight API, so the Lexical state, the undo history and the export never see them.
 *
 * The section is read from its DOM 300 ms after the last change (never during an IME
 * composition), analysed alone and combined with the cached rest of the report (app/proof.ts).
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
import { offsetOf, rangeOf, readText, type TextMap } from './proof-text'
import { getEditor } from './registry'

const READ_DELAY_MS = 300
const RED = new Set(['proof.spelling', 'proof.confusion'])
/** Marks ranges drawn for a text that has been read again. */
const STALE = '\u0000'

interface Painted {
  map: TextMap
  ranges: { range: Range; red: boolean }[]
  /** The notes drawn, as a string: a new combination that leaves them as they were draws nothing. */
  drawn: string
}

const painted = new Map<string, Painted>()
let red: Highlight | null = null
let blue: Highlight | null = null

function highlights(): { red: Highlight; blue: Highlight } | null {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return null
  if (red === null || blue === null) {
    red = new Highlight()
    blue = new Highlight()
    CSS.highlights.set('sbc-proof-red', red)
    CSS.highlights.set('sbc-proof-blue', blue)
  }
  return { red, blue }
}

function clear(sectionId: string): void {
  const h = highlights()
  const old = painted.get(sectionId)
  if (h !== null && old !== undefined) for (const { range, red: isRed } of old.ranges) (isRed ? h.red : h.blue).delete(range)
}

function paint(sectionId: string, map: TextMap): void {
  const findings = findingsOf(sectionId)
  const drawn = findings.map((f) => `${f.code}:${f.start}:${f.end}`).join(' ')
  const old = painted.get(sectionId)
  if (old !== undefined && old.map === map && old.drawn === drawn) return
  clear(sectionId)
  const h = highlights()
  const ranges: Painted['ranges'] = []
  for (const f of findings) {
    const range = rangeOf(map, f.start, f.end, f.text)
    if (range === null) continue
    const isRed = RED.has(f.code)
    ranges.push({ range, red: isRed })
    ;(isRed ? h?.red : h?.blue)?.add(range)
  }
  painted.set(sectionId, { map, ranges, drawn })
}

/** The note under a screen point of a section, if any. */
function findingAt(sectionId: string, x: number, y: number): TargetedFinding | null {
  const map = painted.get(sectionId)?.map
  const caret = document.caretRangeFromPoint?.(x, y)
  if (map === undefined || caret == null) return null
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
  const range = map === undefined ? null : rangeOf(map, finding.start, finding.end, finding.text)
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
      const map = readText(root)
      // The old ranges stay drawn until the new ones replace them.
      painted.set(sectionId, { map, ranges: painted.get(sectionId)?.ranges ?? [], drawn: STALE })
      sectionTextRead(sectionId, map.text)
      paint(sectionId, map)
    }
    function schedule(): void {
      if (timer !== null) clearTimeout(timer)
      timer = setTimeout(read, READ_DELAY_MS)
    }
    const offUpdate = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule()
    })
    // Notes change when another section defines an abbreviation, or the clerk ignores one.
    const offStore = useProofStore.subscribe((state, previous) => {
      const current = painted.get(sectionId)
      if (state.findings !== previous.findings && current !== undefined) paint(sectionId, current.map)
    })
    const onContextMenu = (event: MouseEvent): void => {
      const finding = findingAt(sectionId, event.clientX, event.clientY)
      if (finding === null) return
      event.preventDefault()
      useProofStore.getState().setMenu({ x: event.clientX, y: event.clientY, finding })
    }
    let root: HTMLElement | null = null
    const offRoot = editor.registerRootListener((next, previous) => {
      previous?.removeEventListener('contextmenu', onContextMenu)
      next?.addEventListener('contextmenu', onContextMenu)
      root = next
      if (next !== null) schedule()
    })
    return () => {
      if (timer !== null) clearTimeout(timer)
      offUpdate()
      offStore()
      offRoot()
      root?.removeEventListener('contextmenu', onContextMenu)
      clear(sectionId)
      painted.delete(sectionId)
      sectionTextGone(sectionId)
    }
  }, [editor, sectionId])
  return null
}
