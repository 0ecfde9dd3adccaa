/** Class names Lexical puts on the section editors' DOM; styled in app/styles/page.css (`.pv-*`). */
import type { EditorThemeClasses } from 'lexical'

export const EDITOR_THEME: EditorThemeClasses = {
  paragraph: 'pv-paragraph',
  text: {
    bold: 'pv-bold',
    italic: 'pv-italic',
    underline: 'pv-underline',
    strikethrough: 'pv-strike',
    underlineStrikethrough: 'pv-underline-strike',
  },
  list: {
    ul: 'pv-ul',
    ol: 'pv-ol',
    listitem: 'pv-li',
    nested: { listitem: 'pv-li-nested' },
  },
  table: 'pv-table',
  tableRow: 'pv-tr',
  tableCell: 'pv-td',
  tableCellHeader: 'pv-th',
}
