/**
 * Section content drawn from its saved JSON without an editor: what a section shows until its
 * editor mounts (when it comes near the screen), so that a 100-page report opens at once.
 * It draws the same node types the exporter knows, with the editor's class names.
 */
import { memo, type ReactNode } from 'react'
import type { SerializedContent } from '../../core/model/schema'
import { EDITOR_THEME } from '../editor/theme'

type Node = Record<string, unknown>

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value)
const childrenOf = (node: Node): Node[] => (Array.isArray(node.children) ? node.children.filter(isNode) : [])

function textStyle(format: number): React.CSSProperties {
  const decorations = [format & 8 ? 'underline' : '', format & 4 ? 'line-through' : ''].filter(Boolean).join(' ')
  return {
    ...(format & 1 ? { fontWeight: 700 } : {}),
    ...(format & 2 ? { fontStyle: 'italic' } : {}),
    ...(decorations ? { textDecoration: decorations } : {}),
  }
}

const ALIGN: Record<string, React.CSSProperties['textAlign']> = {
  left: 'left',
  start: 'left',
  center: 'center',
  right: 'right',
  end: 'right',
  justify: 'justify',
}

function render(node: Node, key: number): ReactNode {
  const kids = (): ReactNode[] => childrenOf(node).map(render)
  switch (node.type) {
    case 'text': {
      const format = typeof node.format === 'number' ? node.format : 0
      const text = typeof node.text === 'string' ? node.text : ''
      return format === 0 ? (
        text
      ) : (
        <span key={key} style={textStyle(format)}>
          {text}
        </span>
      )
    }
    case 'linebreak':
      return <br key={key} />
    case 'tab':
      return '\t'
    case 'paragraph': {
      const align = typeof node.format === 'string' ? ALIGN[node.format] : undefined
      return (
        <p key={key} className={EDITOR_THEME.paragraph} style={align ? { textAlign: align } : undefined}>
          {childrenOf(node).length > 0 ? kids() : <br />}
        </p>
      )
    }
    case 'list':
      return node.listType === 'number' ? (
        <ol key={key} className={EDITOR_THEME.list?.ol}>
          {kids()}
        </ol>
      ) : (
        <ul key={key} className={EDITOR_THEME.list?.ul}>
          {kids()}
        </ul>
      )
    case 'listitem':
      return (
        <li key={key} className={EDITOR_THEME.list?.listitem}>
          {kids()}
        </li>
      )
    case 'table':
      return (
        <table key={key} className={EDITOR_THEME.table}>
          <tbody>{kids()}</tbody>
        </table>
      )
    case 'tablerow':
      return <tr key={key}>{kids()}</tr>
    case 'tablecell': {
      const span = {
        colSpan: typeof node.colSpan === 'number' ? node.colSpan : 1,
        rowSpan: typeof node.rowSpan === 'number' ? node.rowSpan : 1,
      }
      return node.headerState ? (
        <th key={key} className={EDITOR_THEME.tableCellHeader} {...span}>
          {kids()}
        </th>
      ) : (
        <td key={key} className={EDITOR_THEME.tableCell} {...span}>
          {kids()}
        </td>
      )
    }
    default:
      return <span key={key}>{kids()}</span>
  }
}

/** Memoized on the content object: a section whose content did not change is not drawn again. */
export const StaticContent = memo(function StaticContent({ content }: { content: SerializedContent | null }): React.JSX.Element {
  const children = content ? content.root.children.filter(isNode) : []
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
