/**
 * Section content drawn from its saved JSON without an editor: what a section shows until its
 * editor mounts (when it comes near the screen), so that a 100-page report opens at once.
 * Each node is drawn as its descriptor's view says (core/nodes), with the editor's class names
 * and the same text marks the export prints.
 */
import { createElement, memo, type CSSProperties, type ReactNode } from 'react'
import { childrenOf, topNodes, type JsonNode, type TextMarks } from '../../core/model/lexical'
import { descriptorOf, type ThemeKey } from '../../core/nodes'
import type { SerializedContent } from '../../core/model/schema'
import { EDITOR_THEME } from '../editor/theme'

const THEME: Record<ThemeKey, string | undefined> = {
  paragraph: EDITOR_THEME.paragraph,
  'list.ul': EDITOR_THEME.list?.ul,
  'list.ol': EDITOR_THEME.list?.ol,
  'list.listitem': EDITOR_THEME.list?.listitem,
  table: EDITOR_THEME.table,
  tableRow: EDITOR_THEME.tableRow,
  tableCell: EDITOR_THEME.tableCell,
  tableCellHeader: EDITOR_THEME.tableCellHeader,
}

function markStyle(marks: TextMarks): CSSProperties | null {
  const decorations = [marks.underline ? 'underline' : '', marks.strike ? 'line-through' : ''].filter(Boolean).join(' ')
  const style: CSSProperties = {
    ...(marks.bold ? { fontWeight: 700 } : {}),
    ...(marks.italic ? { fontStyle: 'italic' } : {}),
    ...(decorations ? { textDecoration: decorations } : {}),
  }
  return Object.keys(style).length > 0 ? style : null
}

function render(node: JsonNode, key: number): ReactNode {
  const kids = (): ReactNode[] => childrenOf(node).map(render)
  const view = descriptorOf(node)?.view(node)
  if (!view) return <span key={key}>{kids()}</span>
  switch (view.kind) {
    case 'text': {
      const style = markStyle(view.marks)
      const text = style ? (
        <span key={key} style={style}>
          {view.text}
        </span>
      ) : (
        view.text
      )
      if (view.marks.sub) return <sub key={key}>{text}</sub>
      if (view.marks.sup) return <sup key={key}>{text}</sup>
      return text
    }
    case 'break':
      return <br key={key} />
    case 'children':
      return kids()
    case 'element': {
      const children = kids()
      const inner = children.length === 0 && view.keepHeight ? <br /> : view.body ? <tbody>{children}</tbody> : children
      return createElement(
        view.tag,
        {
          key,
          className: THEME[view.theme],
          style: view.align ? { textAlign: view.align } : undefined,
          ...(view.colSpan !== undefined ? { colSpan: view.colSpan, rowSpan: view.rowSpan } : {}),
        },
        inner,
      )
    }
  }
}

/** Memoized on the content object: a section whose content did not change is not drawn again. */
export const StaticContent = memo(function StaticContent({ content }: { content: SerializedContent | null }): React.JSX.Element {
  const children = topNodes(content)
  return (
    <>
      {children.length > 0 ? (
        children.map(render)
      ) : (
        <p className={EDITOR_THEME.paragraph}>
          <br />
        </p>
      )}
    </>
  )
})
