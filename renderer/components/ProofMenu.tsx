/**
 * The right-click menu of a proofreading note: its message, the suggestions (a click puts one in
 * place), "Bỏ qua", "Bỏ qua tất cả" and, for a word the dictionary lacks, "Thêm vào từ điển".
 * Keyboard: ↑/↓ move, Enter chooses, Escape closes and gives the caret back.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addToDictionary, ignoreFinding, useProofStore } from '../app/proof'
import { replaceFinding } from '../editor/ProofreadPlugin'
import { getEditor } from '../editor/registry'
import { useAppStore } from '../app/store'
import { proofMessage } from './ProofPanel'

const MENU_WIDTH = 300

export function ProofMenu(): React.JSX.Element | null {
  const { t } = useTranslation()
  const menu = useProofStore((s) => s.menu)
  const setMenu = useProofStore((s) => s.setMenu)
  const readOnly = useAppStore((s) => s.readOnly)
  const element = useRef<HTMLDivElement>(null)
  const [height, setHeight] = useState(0)

  // Open below the pointer, or above it when the window has no room below.
  useLayoutEffect(() => {
    setHeight(element.current?.offsetHeight ?? 0)
  }, [menu])

  useEffect(() => {
    if (menu === null) return
    element.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus()
    const onPointer = (event: PointerEvent): void => {
      if (!element.current?.contains(event.target as Node)) setMenu(null)
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [menu, setMenu])

  if (menu === null) return null
  const { finding } = menu
  const close = (): void => {
    setMenu(null)
    getEditor(finding.target)?.focus()
  }
  const choose = (action: () => void): void => {
    setMenu(null)
    action()
  }
  const onKey = (event: React.KeyboardEvent): void => {
    const items = [...(element.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [])]
    const index = items.indexOf(document.activeElement as HTMLButtonElement)
    if (event.key === 'Escape') {
      event.preventDefault()
      close()
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      items[(index + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus()
    }
  }
  const left = Math.max(4, Math.min(menu.x, window.innerWidth - MENU_WIDTH - 8))
  const below = menu.y + height + 8 <= window.innerHeight
  const top = Math.max(4, below ? menu.y : Math.min(menu.y - height, window.innerHeight - height - 8))
  const suggestions = finding.suggestions.slice(0, 5)
  return (
    <div
      ref={element}
      role="menu"
      aria-label={t('proofing.menu.label')}
      className="menu proof-menu"
      style={{ left, top, width: MENU_WIDTH }}
      onKeyDown={onKey}
    >
      <p className="proof-menu-message">{proofMessage(t, finding)}</p>
      {suggestions.map((s) => (
        <button
          key={s}
          type="button"
          role="menuitem"
          className="menu-item proof-suggestion"
          disabled={readOnly}
          onClick={() => choose(() => replaceFinding(finding, s))}
        >
          {s === '' ? t('proofing.menu.remove') : s.replace(/ /gu, '\u00a0')}
        </button>
      ))}
      {suggestions.length === 0 && <p className="muted proof-menu-none">{t('proofing.menu.noSuggestion')}</p>}
      <hr className="menu-sep" />
      <button
        type="button"
        role="menuitem"
        className="menu-item"
        disabled={readOnly}
        onClick={() => choose(() => ignoreFinding(finding, false))}
      >
        {t('proofing.menu.ignore')}
      </button>
      <button
        type="button"
        role="menuitem"
        className="menu-item"
        disabled={readOnly}
        onClick={() => choose(() => ignoreFinding(finding, true))}
      >
        {t('proofing.menu.ignoreAll')}
      </button>
      {finding.code === 'proof.spelling' && (
        <button type="button" role="menuitem" className="menu-item" onClick={() => choose(() => void addToDictionary(finding.text))}>
          {t('proofing.menu.addWord')}
        </button>
      )}
    </div>
  )
}
