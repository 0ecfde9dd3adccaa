/**
 * The text of a section editor as the proofreader reads it, straight from the DOM: every text
 * node in order, blocks (paragraphs, list items, cells) and line breaks as "\n". Offsets map back
 * to DOM text nodes, so findings become Ranges for the CSS Custom Highlight API and the Lexical
 * state is never touched.
 */

export interface TextMap {
  text: string
  /** Text nodes and where each starts in `text`, in document order. */
  nodes: { node: Text; start: number }[]
}

const BLOCKS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'BLOCKQUOTE', 'PRE'])

function blockOf(node: Node, root: HTMLElement): Node {
  for (let n: Node | null = node.parentNode; n !== null && n !== root; n = n.parentNode) {
    if (n instanceof HTMLElement && BLOCKS.has(n.tagName)) return n
  }
  return root
}

export function readText(root: HTMLElement): TextMap {
  const nodes: TextMap['nodes'] = []
  let text = ''
  let block: Node | null = null
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT)
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node instanceof HTMLBRElement) {
      text += '\n'
      continue
    }
    if (!(node instanceof Text)) continue
    const owner = blockOf(node, root)
    if (block !== null && owner !== block && !text.endsWith('\n')) text += '\n'
    block = owner
    nodes.push({ node, start: text.length })
    text += node.data
  }
  return { text, nodes }
}

/** The DOM point of a text offset (the end of a node for an offset between two nodes). */
function pointAt(map: TextMap, offset: number, preferNext: boolean): { node: Text; offset: number } | null {
  let lo = 0
  let hi = map.nodes.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const entry = map.nodes[mid]
    if (entry === undefined) break
    if (entry.start <= offset) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  let entry = map.nodes[found]
  if (entry === undefined) return null
  // At the very end of a node, a start belongs to the next one.
  if (preferNext && offset - entry.start === entry.node.data.length) {
    const next = map.nodes[found + 1]
    if (next !== undefined && next.start === offset) entry = next
  }
  const local = offset - entry.start
  return local <= entry.node.data.length ? { node: entry.node, offset: local } : null
}

/** A Range over text offsets [start, end), or null when the DOM no longer holds that text. */
export function rangeOf(map: TextMap, start: number, end: number, expected: string): Range | null {
  const from = pointAt(map, start, true)
  const to = pointAt(map, end, false)
  if (from === null || to === null || !from.node.isConnected || !to.node.isConnected) return null
  const range = document.createRange()
  try {
    range.setStart(from.node, from.offset)
    range.setEnd(to.node, to.offset)
  } catch {
    return null
  }
  return range.toString() === expected ? range : null
}

/** The text offset of a DOM point inside the map, or null. */
export function offsetOf(map: TextMap, node: Node, offset: number): number | null {
  for (const entry of map.nodes) if (entry.node === node) return entry.start + offset
  return null
}
