/**
 * Words for the steps of the report's undo history: the ↶ ↷ tooltips ("Hoàn tác: Gõ chữ ở mục
 * I.1 (Ctrl+Z)") and, for screen readers, what an undo or a redo has just done.
 */
import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { Section } from '../../core/model/schema'
import type { StepLabel } from '../app/history'
import { buildOutline, flattenOutline } from '../app/outline'
import { useHistoryStore } from '../app/report-history'
import { useAppStore } from '../app/store'

/** A step's label in the UI language; a section is named as it prints ("I. CÔNG TÁC…"). */
export function stepText(label: StepLabel, t: TFunction, nameOf: (sectionId: string) => string): string {
  return t(label.key, { ...label.params, ...(label.sectionId ? { name: nameOf(label.sectionId) } : {}) })
}

function useSectionNamer(): (sectionId: string) => string {
  const { t } = useTranslation()
  const sections = useAppStore((s) => s.doc?.report.sections)
  const numbering = useAppStore((s) => s.doc?.report.numbering)
  const profile = useAppStore((s) => s.doc?.report.profile)
  const names = useMemo(() => {
    const map = new Map<string, string>()
    if (!sections || !numbering || !profile) return map
    for (const entry of flattenOutline(buildOutline({ sections: sections as Section[], numbering, profile }))) map.set(entry.id, entry.name)
    return map
  }, [sections, numbering, profile])
  return useCallback((id: string) => names.get(id) || t('editor.unnumbered'), [names, t])
}

/** The tooltip of ↶ or ↷: the action, what it would undo or redo, and its key. */
export function useStepTitle(): (action: string, label: StepLabel | null, shortcut: string) => string {
  const { t } = useTranslation()
  const nameOf = useSectionNamer()
  return useCallback(
    (action, label, shortcut) => (label ? `${action}: ${stepText(label, t, nameOf)} (${shortcut})` : `${action} (${shortcut})`),
    [t, nameOf],
  )
}

/** A polite live region: "Đã hoàn tác: …" after each undo, "Đã làm lại: …" after each redo. */
export function HistoryAnnouncer(): React.JSX.Element {
  const { t } = useTranslation()
  const nameOf = useSectionNamer()
  const announcement = useHistoryStore((s) => s.announcement)
  return (
    <span className="visually-hidden" aria-live="polite" data-testid="history-announcement">
      {announcement
        ? t(announcement.kind === 'undo' ? 'history.undoDone' : 'history.redoDone', { what: stepText(announcement.label, t, nameOf) })
        : ''}
    </span>
  )
}
