/**
 * "Mục lục": the section tree numbered as it will print. Click to jump; add, rename, move (drag
 * and drop, or Alt+arrows) and delete sections, each a step of the report's undo history (a
 * section holding text is deleted only after a confirmation); a mark shows whether a section is
 * empty, written, or still holds blanks to fill, and a note says when a final copy leaves a
 * section out or numbers it otherwise (sections without text are not printed).
 */
import { memo, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Section } from '../../core/model/schema'
import { contentText, countWords } from '../../core/nodes/plain-text'
import { findPlaceholder } from '../../core/checks/placeholders'
import { collectEditors } from '../app/autosave-actions'
import { jumpToSection } from '../app/document-actions'
import type { StepLabel } from '../app/history'
import { treeChanged, undoStep } from '../app/report-history'
import { buildOutline, type OutlineEntry } from '../app/outline'
import { addAfter, addChild, moveSection, moveTo, newSection, removeSection, renameSection, type Move } from '../app/outline-edit'
import { findSection } from '../app/report-edit'
import { useAppStore } from '../app/store'
import { i18n } from '../i18n'
import { Icon, type IconName } from './Icon'

type Completion = 'empty' | 'text' | 'placeholder'

export function completionOf(section: Section): Completion {
  const text = contentText(section.content)
  if (text.trim() === '') return 'empty'
  return findPlaceholder(text, 'prose') ? 'placeholder' : 'text'
}

/**
 * Apply a change of the tree as one step of the report's undo history; the toast says what was
 * done and offers "Hoàn tác" (Ctrl+Z works as long as the session lasts).
 */
function applyTree(next: Section[], label: StepLabel, message: string, sectionId: string | null): void {
  const step = treeChanged(next, label, sectionId)
  if (step) useAppStore.getState().pushToast('info', message, { label: i18n.t('outline.undo'), run: () => undoStep(step) })
}

/** Words of a section's text and of its subsections'. */
function wordsIn(section: Section): number {
  return section.children.reduce((n, child) => n + wordsIn(child), countWords(contentText(section.content)))
}

/**
 * Delete a section. One that holds text (or has subsections) is deleted only after the clerk
 * confirms, and the message says how to get it back.
 */
function deleteSection(sections: Section[], section: Section, name: string): void {
  const remove = (): void =>
    applyTree(
      removeSection(sections, section.id),
      { key: 'history.deleteSection', params: { name } },
      i18n.t('outline.deleted', { name }),
      null,
    )
  collectEditors()
  const current = findSection(useAppStore.getState().doc?.report.sections ?? sections, section.id) ?? section
  const words = wordsIn(current)
  if (words === 0 && current.children.length === 0) return remove()
  useAppStore.getState().setDialog({
    kind: 'confirm',
    title: i18n.t('outline.confirmDelete.title', { name }),
    body: i18n.t('outline.confirmDelete.body', { count: words }),
    confirm: i18n.t('outline.confirmDelete.confirm'),
    danger: true,
    onConfirm: remove,
  })
}

function newId(): string {
  return crypto.randomUUID()
}

/** What a final copy prints for this heading when it differs from the screen: left out, or renumbered. */
function PrintedLabel({ entry }: { entry: OutlineEntry }): React.JSX.Element | null {
  const { t } = useTranslation()
  if (entry.printedLabel === null)
    return (
      <span className="printed-label left-out" title={t('outline.printed.leftOutHelp')}>
        {t('outline.printed.leftOut')}
      </span>
    )
  if (entry.printedLabel === entry.label) return null
  return (
    <span className="printed-label" title={t('outline.printed.renumberedHelp', { label: entry.printedLabel })}>
      {t('outline.printed.renumbered', { label: entry.printedLabel })}
    </span>
  )
}

interface RowProps {
  entry: OutlineEntry
  readOnly: boolean
  renaming: string | null
  setRenaming: (id: string | null) => void
  dragging: string | null
  setDragging: (id: string | null) => void
}

type OutlineAction = 'addSub' | 'addAfter' | 'rename' | 'moveUp' | 'moveDown' | 'delete'

/** A row's buttons, in order: the label (with the section's name) and the short tooltip. */
const OUTLINE_ACTIONS: readonly { action: OutlineAction; icon: IconName; label: string; short: string; danger?: boolean }[] = [
  { action: 'addSub', icon: 'plus', label: 'outline.addSub', short: 'outline.addSubShort' },
  { action: 'addAfter', icon: 'addAfter', label: 'outline.addAfter', short: 'outline.addAfterShort' },
  { action: 'rename', icon: 'pencil', label: 'outline.rename', short: 'outline.renameShort' },
  { action: 'moveUp', icon: 'up', label: 'outline.moveUp', short: 'outline.moveUpShort' },
  { action: 'moveDown', icon: 'down', label: 'outline.moveDown', short: 'outline.moveDownShort' },
  { action: 'delete', icon: 'close', label: 'outline.delete', short: 'outline.deleteShort', danger: true },
]

/** The report's sections as they are now (a row that skipped a render must not act on older ones). */
const currentSections = (): Section[] => useAppStore.getState().doc?.report.sections ?? []

/** Two outline entries that draw the same rows (the outline is rebuilt at every change of the report). */
function sameEntry(a: OutlineEntry, b: OutlineEntry): boolean {
  return (
    a.id === b.id &&
    a.depth === b.depth &&
    a.style === b.style &&
    a.label === b.label &&
    a.printedLabel === b.printedLabel &&
    a.title === b.title &&
    a.name === b.name &&
    a.children.length === b.children.length &&
    a.children.every((child, i) => {
      const other = b.children[i]
      return other !== undefined && sameEntry(child, other)
    })
  )
}

/**
 * A row of the outline and the rows under it. It draws again only when its entry, its section or
 * the panel's state change: an autosave, which rebuilds the outline, leaves the other rows be.
 */
const OutlineRow = memo(
  function OutlineRow({ entry, readOnly, renaming, setRenaming, dragging, setDragging }: RowProps): React.JSX.Element | null {
    const { t } = useTranslation()
    const section = useAppStore((s) => (s.doc ? findSection(s.doc.report.sections, entry.id) : undefined))
    const [draft, setDraft] = useState(section?.title ?? '')
    const [dropWhere, setDropWhere] = useState<'before' | 'after' | 'inside' | null>(null)
    if (!section) return null
    const completion = completionOf(section)
    const name = entry.name || t('editor.unnumbered')

    const move = (m: Move): void =>
      applyTree(
        moveSection(currentSections(), section.id, m),
        { key: 'history.moveSection', params: { name } },
        t('outline.moved', { name }),
        section.id,
      )
    const remove = (): void => deleteSection(currentSections(), section, name)
    const addSub = (): void => {
      const child = newSection(newId(), t('outline.newTitle'))
      applyTree(addChild(currentSections(), section.id, child), { key: 'history.addSection' }, t('outline.added'), child.id)
      setRenaming(child.id)
    }
    const addSibling = (): void => {
      const sibling = newSection(newId(), t('outline.newTitle'))
      applyTree(addAfter(currentSections(), section.id, sibling), { key: 'history.addSection' }, t('outline.added'), sibling.id)
      setRenaming(sibling.id)
    }
    const handlers: Record<OutlineAction, () => void> = {
      addSub,
      addAfter: addSibling,
      rename: () => {
        setDraft(section.title)
        setRenaming(section.id)
      },
      moveUp: () => move('up'),
      moveDown: () => move('down'),
      delete: remove,
    }
    const commitRename = (): void => {
      setRenaming(null)
      const title = draft.trim()
      if (title !== '' && title !== section.title)
        applyTree(
          renameSection(currentSections(), section.id, title),
          { key: 'history.renameSection', params: { name: title } },
          t('outline.renamed', { name: title }),
          section.id,
        )
    }

    const onKeyDown = (event: React.KeyboardEvent): void => {
      if (readOnly) return
      const moves: Record<string, Move> = { ArrowUp: 'up', ArrowDown: 'down', ArrowRight: 'in', ArrowLeft: 'out' }
      const m = moves[event.key]
      if (event.altKey && m) {
        event.preventDefault()
        move(m)
      } else if (event.key === 'F2') {
        event.preventDefault()
        setDraft(section.title)
        setRenaming(section.id)
      } else if (event.key === 'Delete') {
        event.preventDefault()
        remove()
      } else if (event.key === 'Insert') {
        event.preventDefault()
        addSub()
      }
    }

    return (
      <li
        className={`outline-item${dragging === section.id ? ' dragging' : ''}${dropWhere ? ` drop-${dropWhere}` : ''}`}
        draggable={!readOnly && renaming !== section.id}
        onDragStart={(event) => {
          event.stopPropagation()
          event.dataTransfer.effectAllowed = 'move'
          setDragging(section.id)
        }}
        onDragEnd={() => setDragging(null)}
        onDragOver={(event) => {
          if (!dragging || dragging === section.id) return
          event.preventDefault()
          event.stopPropagation()
          const box = event.currentTarget.getBoundingClientRect()
          const y = event.clientY - box.top
          setDropWhere(y < 10 ? 'before' : event.clientX - box.left > 60 && y > box.height - 10 ? 'inside' : 'after')
        }}
        onDragLeave={() => setDropWhere(null)}
        onDrop={(event) => {
          event.preventDefault()
          event.stopPropagation()
          const where = dropWhere ?? 'after'
          setDropWhere(null)
          if (dragging) {
            const moved = findSection(currentSections(), dragging)?.title ?? ''
            applyTree(
              moveTo(currentSections(), dragging, section.id, where),
              { key: 'history.moveSection', params: { name: moved } },
              t('outline.moved', { name: moved }),
              dragging,
            )
          }
          setDragging(null)
        }}
      >
        <div className={`outline-row depth-${entry.depth}`}>
          <span
            className={`mark mark-${completion}`}
            title={t(`outline.completion.${completion}`)}
            aria-label={t(`outline.completion.${completion}`)}
            role="img"
          />
          {renaming === section.id ? (
            <input
              className="outline-rename"
              data-native-undo
              aria-label={t('outline.renameLabel')}
              value={draft}
              autoFocus
              onChange={(e) => setDraft(e.target.value)}
              onBlur={commitRename}
              onKeyDown={(e) => {
                if (e.key === 'Enter') commitRename()
                if (e.key === 'Escape') setRenaming(null)
              }}
            />
          ) : (
            <button
              type="button"
              className="outline-link"
              title={t('outline.goTo', { name })}
              onClick={() => jumpToSection(section.id)}
              onKeyDown={onKeyDown}
            >
              <span className="outline-text">
                {entry.label && <span className="outline-label">{entry.label}</span>}
                <span className="outline-title">{entry.style ? entry.title : t('editor.unnumbered')}</span>
              </span>
              <PrintedLabel entry={entry} />
            </button>
          )}
          {!readOnly && renaming !== section.id && (
            <span className="outline-actions">
              {OUTLINE_ACTIONS.map(({ action, icon, label, short, danger }) => (
                <button
                  key={action}
                  type="button"
                  className={danger ? 'icon-btn icon-danger' : 'icon-btn'}
                  aria-label={t(label, { name })}
                  title={t(short)}
                  onClick={handlers[action]}
                >
                  <Icon name={icon} />
                </button>
              ))}
            </span>
          )}
        </div>
        {entry.children.length > 0 && (
          <ul className="outline-children">{outlineRows(entry.children, { readOnly, renaming, setRenaming, dragging, setDragging })}</ul>
        )}
      </li>
    )
  },
  (a, b) =>
    sameEntry(a.entry, b.entry) &&
    a.readOnly === b.readOnly &&
    a.renaming === b.renaming &&
    a.dragging === b.dragging &&
    a.setRenaming === b.setRenaming &&
    a.setDragging === b.setDragging,
)

/** The rows of these entries, each with the panel's state. */
function outlineRows(entries: readonly OutlineEntry[], panel: Omit<RowProps, 'entry'>): React.JSX.Element[] {
  return entries.map((entry) => <OutlineRow key={entry.id} entry={entry} {...panel} />)
}

export function OutlinePanel(): React.JSX.Element | null {
  const { t } = useTranslation()
  const report = useAppStore((s) => s.doc?.report)
  const readOnly = useAppStore((s) => s.readOnly)
  const [renaming, setRenaming] = useState<string | null>(null)
  const [dragging, setDragging] = useState<string | null>(null)
  const sections = report?.sections
  const numbering = report?.numbering
  const profile = report?.profile
  const tree = useMemo(
    () => (sections && numbering && profile ? buildOutline({ sections, numbering, profile }) : []),
    [sections, numbering, profile],
  )
  if (!sections) return null
  return (
    <nav className="panel outline" aria-label={t('outline.label')}>
      <div className="panel-head">
        <h2>{t('outline.label')}</h2>
        {!readOnly && (
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              const section = newSection(newId(), t('outline.newTitle'))
              applyTree(addChild(sections, null, section), { key: 'history.addSection' }, t('outline.added'), section.id)
              setRenaming(section.id)
            }}
          >
            {t('outline.addTop')}
          </button>
        )}
      </div>
      <p className="muted small">{t('outline.keyboardHelp')}</p>
      <ul className="outline-tree">{outlineRows(tree, { readOnly, renaming, setRenaming, dragging, setDragging })}</ul>
    </nav>
  )
}
