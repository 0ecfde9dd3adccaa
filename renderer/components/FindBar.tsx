/**
 * Find and replace across all sections (Ctrl+F, Ctrl+H): the number of matches, the next and
 * previous match selected in its section, "Thay" and "Thay tất cả" (undoable).
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { $getRoot, $isTextNode, type LexicalNode } from 'lexical'
import { $dfs } from '@lexical/utils'
import { collectEditors } from '../app/autosave-actions'
import { changeAsOne, replaceSectionContent, undoStep, type ReportChange } from '../app/report-history'
import type { Step } from '../app/history'
import { findInSections, matcher, replaceInContent, replaceNthInContent, type FindOptions } from '../app/find'
import { findSection } from '../app/report-edit'
import { useAppStore } from '../app/store'
import { focusSection, getEditor } from '../editor/registry'

/** Select the n-th match (0-based) inside a mounted section editor; true when found. */
function selectMatch(sectionId: string, pattern: RegExp, n: number): boolean {
  const editor = getEditor(sectionId)
  if (!editor) return false
  let found = false
  editor.update(() => {
    let seen = 0
    for (const { node } of $dfs($getRoot())) {
      if (!$isTextNode(node as LexicalNode)) continue
      const text = (node as LexicalNode).getTextContent()
      for (const match of text.matchAll(pattern)) {
        if (seen === n) {
          if ($isTextNode(node)) node.select(match.index, match.index + match[0].length)
          found = true
          return
        }
        seen++
      }
    }
  })
  if (found) editor.focus()
  return found
}

export function FindBar(): React.JSX.Element | null {
  const { t } = useTranslation()
  const find = useAppStore((s) => s.find)
  const setFind = useAppStore((s) => s.setFind)
  const sections = useAppStore((s) => s.doc?.report.sections)
  const readOnly = useAppStore((s) => s.readOnly)
  const [query, setQuery] = useState('')
  const [replacement, setReplacement] = useState('')
  const [options, setOptions] = useState<FindOptions>({ matchCase: false, wholeWord: false })
  const [current, setCurrent] = useState(-1)
  /** The last replace, for the bar's own "Hoàn tác" (Ctrl+Z undoes it too). */
  const [undo, setUndo] = useState<Step<ReportChange> | null>(null)
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => input.current?.focus(), [find.replace])

  const pattern = useMemo(() => matcher(query, options), [query, options])
  const hits = useMemo(() => (pattern && sections ? findInSections(sections, pattern) : []), [pattern, sections])
  const total = hits.reduce((n, h) => n + h.count, 0)

  function locate(index: number): { id: string; n: number } | null {
    let rest = index
    for (const hit of hits) {
      if (rest < hit.count) return { id: hit.id, n: rest }
      rest -= hit.count
    }
    return null
  }

  function go(delta: number): void {
    if (!pattern || total === 0) return
    collectEditors()
    const next = (current + delta + total) % total
    setCurrent(next)
    const at = locate(next)
    if (!at) return
    if (!selectMatch(at.id, pattern, at.n)) {
      focusSection(at.id, 'start')
      requestAnimationFrame(() => selectMatch(at.id, pattern, at.n))
    }
  }

  function replaceAll(): void {
    if (!pattern || !sections) return
    collectEditors()
    const latest = useAppStore.getState().doc?.report.sections ?? sections
    let count = 0
    const label = { key: 'history.replaceAll', params: { query, replacement } }
    const step = changeAsOne(label, () => {
      for (const hit of findInSections(latest, pattern)) {
        const section = findSection(latest, hit.id)
        const next = section ? replaceInContent(section.content, pattern, replacement) : null
        if (!section || !next) continue
        replaceSectionContent(hit.id, next, label)
        count += hit.count
      }
    })
    setUndo(step)
    setCurrent(-1)
    useAppStore.getState().pushToast('success', t('find.replaced', { count }))
  }

  function replaceOne(): void {
    if (!pattern || total === 0) return
    const at = locate(Math.max(0, current))
    if (!at) return
    collectEditors()
    const section = findSection(useAppStore.getState().doc?.report.sections ?? [], at.id)
    if (!section?.content) return
    const copy = replaceNthInContent(section.content, pattern, at.n, replacement)
    const label = { key: 'history.replaceOne', params: { query, replacement } }
    setUndo(replaceSectionContent(at.id, copy, label))
    setCurrent(current - 1)
    requestAnimationFrame(() => go(1))
  }

  function undoReplace(): void {
    undoStep(undo)
    setUndo(null)
  }

  const close = (): void => setFind({ open: false, replace: false })
  if (!find.open) return null
  return (
    <div className="findbar" role="search" aria-label={t('find.label')} data-native-undo onKeyDown={(e) => e.key === 'Escape' && close()}>
      <label className="find-field">
        <span className="visually-hidden">{t('find.query')}</span>
        <input
          ref={input}
          type="search"
          placeholder={t('find.query')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value)
            setCurrent(-1)
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              go(e.shiftKey ? -1 : 1)
            }
          }}
        />
      </label>
      <span className="find-count" aria-live="polite">
        {query === ''
          ? ''
          : total === 0
            ? t('find.none')
            : current >= 0
              ? t('find.position', { current: current + 1, total })
              : t('find.count', { count: total })}
      </span>
      <button type="button" className="icon-btn" aria-label={t('find.previous')} disabled={total === 0} onClick={() => go(-1)}>
        ↑
      </button>
      <button type="button" className="icon-btn" aria-label={t('find.next')} disabled={total === 0} onClick={() => go(1)}>
        ↓
      </button>
      <label className="inline-choice small">
        <input type="checkbox" checked={options.matchCase} onChange={(e) => setOptions({ ...options, matchCase: e.target.checked })} />
        {t('find.matchCase')}
      </label>
      <label className="inline-choice small">
        <input type="checkbox" checked={options.wholeWord} onChange={(e) => setOptions({ ...options, wholeWord: e.target.checked })} />
        {t('find.wholeWord')}
      </label>
      {find.replace ? (
        <>
          <label className="find-field">
            <span className="visually-hidden">{t('find.replacement')}</span>
            <input type="text" placeholder={t('find.replacement')} value={replacement} onChange={(e) => setReplacement(e.target.value)} />
          </label>
          <button type="button" className="btn btn-small" disabled={readOnly || total === 0} onClick={replaceOne}>
            {t('find.replaceOne')}
          </button>
          <button type="button" className="btn btn-small btn-primary" disabled={readOnly || total === 0} onClick={replaceAll}>
            {t('find.replaceAll')}
          </button>
          {undo && (
            <button type="button" className="btn btn-small" onClick={undoReplace}>
              {t('find.undo')}
            </button>
          )}
        </>
      ) : (
        <button type="button" className="link-btn small" onClick={() => setFind({ open: true, replace: true })}>
          {t('find.showReplace')}
        </button>
      )}
      <span className="spacer" />
      <button type="button" className="icon-btn" aria-label={t('common.close')} onClick={close}>
        ×
      </button>
    </div>
  )
}
