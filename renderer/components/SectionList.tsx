/**
 * The body of the page: every section with its heading as it will print, its hint (foldable),
 * and its editor. Editors mount when their section comes near the screen; until then the section
 * shows its text drawn from the saved content, and further away only a block of about its height
 * (which the browser neither lays out nor paints), so that a long report opens fast.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Section } from '../../core/model/schema'
import { buildOutline, flattenOutline, type OutlineEntry } from '../app/outline'
import { findSection } from '../app/report-edit'
import { isHintFolded, useAppStore } from '../app/store'
import { SectionEditor } from '../editor/SectionEditor'
import { onMountRequest, sectionElementId } from '../editor/registry'
import { StaticContent } from './StaticContent'
import { contentText } from '../../core/nodes/plain-text'

/** How far outside the visible area editors are mounted ahead of scrolling. */
const MOUNT_MARGIN = '1200px 0px'
/** How far outside it a section's text is drawn; further away the section is a block of about its height. */
const DRAW_MARGIN = '4000px 0px'
/** About how many characters a line of the page holds (A4, 13–14 pt Times). */
const LINE_CHARS = 90
/** About how high a line is on the page, paragraph spacing included. */
const LINE_EM = 1.5

/** About how many lines a section's text takes on the page, for the height of the block that stands for it. */
function estimatedLines(content: Section['content']): number {
  return contentText(content)
    .split('\n')
    .reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(paragraph.length / LINE_CHARS)), 0)
}

/**
 * Calls `onNear` once the element comes within `margin` of the scrolling page's visible area.
 * The margin only widens the root, so the root must be the scrolling page, not the window.
 */
function useNear(ref: React.RefObject<HTMLDivElement | null>, margin: string, active: boolean, onNear: () => void): void {
  useEffect(() => {
    const element = ref.current
    if (!active) return
    if (!element || typeof IntersectionObserver === 'undefined') {
      onNear()
      return
    }
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onNear(), {
      root: element.closest('.page-scroll'),
      rootMargin: margin,
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, margin, active, onNear])
}

function SectionBody({
  section,
  label,
  placeholder,
  readOnly,
}: {
  section: Section
  label: string
  placeholder: string
  readOnly: boolean
}): React.JSX.Element {
  const [mounted, setMounted] = useState(false)
  const [drawn, setDrawn] = useState(false)
  const [focusOnMount, setFocusOnMount] = useState(false)
  const ref = useRef<HTMLDivElement>(null)
  const mount = useCallback(() => setMounted(true), [])
  const draw = useCallback(() => setDrawn(true), [])
  useNear(ref, DRAW_MARGIN, !drawn && !mounted, draw)
  useNear(ref, MOUNT_MARGIN, !mounted, mount)
  useEffect(() => (mounted ? undefined : onMountRequest(section.id, mount)), [mounted, section.id, mount])
  const height = useMemo(() => `${estimatedLines(section.content) * LINE_EM}em`, [section.content])

  if (mounted) {
    return (
      <SectionEditor
        sectionId={section.id}
        label={label}
        content={section.content}
        placeholder={placeholder}
        readOnly={readOnly}
        autoFocus={focusOnMount}
      />
    )
  }
  return (
    <div
      ref={ref}
      className="section-editable section-static"
      role="textbox"
      aria-label={label}
      aria-multiline="true"
      tabIndex={0}
      // Drawn but off the screen, the text is not laid out (content-visibility): it counts as this high.
      style={{ containIntrinsicSize: `auto ${height}` }}
      onFocus={() => {
        setFocusOnMount(true)
        setMounted(true)
      }}
    >
      {drawn ? <StaticContent content={section.content} /> : <div className="section-pending" style={{ height }} />}
    </div>
  )
}

/**
 * The heading as printed, passed as plain values: an autosave replaces the sections array and so
 * rebuilds the outline, and an unchanged heading must still let its block skip rendering.
 */
type Heading = Pick<OutlineEntry, 'depth' | 'style' | 'label' | 'title' | 'name'>

interface BlockProps extends Heading {
  section: Section
  folded: boolean
  readOnly: boolean
  onToggleHint: (id: string) => void
}

const SectionBlock = memo(function SectionBlock({ section, folded, readOnly, onToggleHint, ...entry }: BlockProps): React.JSX.Element {
  const { t } = useTranslation()
  const isParent = section.children.length > 0
  const label = entry.name || t('editor.unnumbered')
  return (
    <section
      id={sectionElementId(section.id)}
      className={`sec sec-depth-${entry.depth}${entry.style ? ` sec-${entry.style}` : ''}`}
      data-section={section.id}
    >
      {entry.style === 'phan' ? (
        <h2 className="sec-heading sec-heading-phan">
          <span className="sec-label">{entry.label}</span>
          <span className="sec-title">{entry.title}</span>
        </h2>
      ) : entry.style ? (
        <h3 className={`sec-heading sec-heading-${entry.style}`}>
          <span className="sec-label">{entry.label}</span> <span className="sec-title">{entry.title}</span>
        </h3>
      ) : (
        <div className="sec-unnumbered">{t('editor.unnumbered')}</div>
      )}
      {section.needsUpdate && <div className="badge badge-warn">{t('editor.needsUpdate')}</div>}
      {section.hint.trim() !== '' && (
        <div className={`hint${folded ? ' hint-folded' : ''}`}>
          <button type="button" className="hint-toggle" aria-expanded={!folded} onClick={() => onToggleHint(section.id)}>
            {folded ? t('editor.showHint') : t('editor.hint')}
          </button>
          {!folded && <p className="hint-text">{section.hint}</p>}
        </div>
      )}
      <SectionBody
        section={section}
        label={label}
        placeholder={isParent ? t('editor.parentPlaceholder') : t('editor.emptyPlaceholder')}
        readOnly={readOnly}
      />
    </section>
  )
})

export function SectionList(): React.JSX.Element | null {
  const report = useAppStore((s) => s.doc?.report)
  const foldedHints = useAppStore((s) => s.foldedHints)
  const hintsHidden = useAppStore((s) => s.hintsHidden)
  const readOnly = useAppStore((s) => s.readOnly)
  const toggleHint = useAppStore((s) => s.toggleHint)
  const sections = report?.sections
  const numbering = report?.numbering
  const profile = report?.profile
  const entries = useMemo(
    () => (sections && numbering && profile ? flattenOutline(buildOutline({ sections, numbering, profile })) : []),
    [sections, numbering, profile],
  )

  if (!sections) return null
  return (
    <div className="sections">
      {entries.map((entry) => {
        const section = findSection(sections, entry.id)
        return section ? (
          <SectionBlock
            key={entry.id}
            depth={entry.depth}
            style={entry.style}
            label={entry.label}
            title={entry.title}
            name={entry.name}
            section={section}
            folded={isHintFolded({ foldedHints, hintsHidden }, entry.id)}
            readOnly={readOnly}
            onToggleHint={toggleHint}
          />
        ) : null
      })}
    </div>
  )
}
