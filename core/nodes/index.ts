/**
 * The node types section content can hold, one descriptor each with every direction. Adding a
 * node type means one descriptor here and its Lexical class in renderer/editor/nodes.ts; the
 * registry test fails until both exist and every direction is filled in.
 */
import type { JsonNode } from '../model/lexical'
import { typeOf } from '../model/lexical'
import { linebreak, tab, text } from './inline'
import { list, listitem } from './list'
import { paragraph, root } from './paragraph'
import { table, tablecell, tablerow } from './table'
import type { NodeDescriptor } from './types'

export const NODES = { root, paragraph, text, linebreak, tab, list, listitem, table, tablerow, tablecell } as const
export type NodeType = keyof typeof NODES

/** Every node type, in the registry's order. */
export const NODE_TYPES = Object.keys(NODES) as NodeType[]

export function isNodeType(type: string): type is NodeType {
  return Object.hasOwn(NODES, type)
}

/** The descriptor of a node, or undefined for a type the app does not know (pasted from elsewhere). */
export function descriptorOf(node: JsonNode): NodeDescriptor | undefined {
  const type = typeOf(node)
  return isNodeType(type) ? NODES[type] : undefined
}

/** The directions every descriptor must fill in, by role. */
const DIRECTIONS = {
  block: ['toBlocks', 'build', 'view', 'plainText'],
  inline: ['toInlines', 'build', 'view', 'plainText'],
} as const

/**
 * What is missing for each node type the editor registers: "no descriptor", or the name of each
 * direction the descriptor lacks. Empty when every registered type is covered both ways.
 */
export function missingDirections(registered: readonly string[], nodes: Readonly<Record<string, NodeDescriptor>> = NODES): string[] {
  const out: string[] = []
  for (const type of registered) {
    const descriptor = Object.hasOwn(nodes, type) ? nodes[type] : undefined
    if (!descriptor) {
      out.push(`${type}: no descriptor`)
      continue
    }
    if (descriptor.type !== type) out.push(`${type}: descriptor says "${descriptor.type}"`)
    const record = descriptor as unknown as Record<string, unknown>
    const directions: readonly string[] | undefined = Object.hasOwn(DIRECTIONS, descriptor.role) ? DIRECTIONS[descriptor.role] : undefined
    if (!directions) out.push(`${type}: no role`)
    for (const direction of directions ?? [])
      if (typeof record[direction] !== (direction === 'plainText' ? 'object' : 'function')) out.push(`${type}: no ${direction}`)
  }
  return out
}

export type { NodeDescriptor, BlockNodeDescriptor, InlineNodeDescriptor, ViewSpec, ThemeKey, ExportContext } from './types'
