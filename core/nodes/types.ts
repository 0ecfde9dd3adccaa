/**
 * What a node type of the section editors means in every direction, side by side (in the spirit
 * of Lexical's markdown `ElementTransformer`): how the exporter prints it, how the Word import
 * writes it, how the static view draws it, and how it reads as plain text for find, the word
 * count, the checks and the proofreader. The editor's own Lexical class is paired with each type
 * in renderer/editor/nodes.ts; a test fails when a registered node lacks any direction.
 */
import type { Block, Inline } from '../docx/blocks'
import type { Align, JsonNode, TextMarks } from '../model/lexical'
import type { SerializedContent } from '../model/schema'

/** What the exporter's walk offers a node while it turns it into blocks. */
export interface ExportContext {
  /** Blocks of child nodes; `depth` is how deep the enclosing lists are nested. */
  blocks: (nodes: readonly JsonNode[], depth: number) => Block[]
  /** Inline content of child nodes (inside a paragraph, a list item). */
  inlines: (nodes: readonly JsonNode[]) => Inline[]
  /** A node where its parent does not expect it: an error in strict mode, reported otherwise. */
  unknown: (node: JsonNode) => void
}

/**
 * How a node reads as plain text: a block stands on its own line, an inline element is read
 * through, a leaf gives its own text.
 */
export type PlainTextRole = { kind: 'block' } | { kind: 'inline' } | { kind: 'leaf'; text: (node: JsonNode) => string }

/** Class names of the editor theme (renderer/editor/theme.ts) the static view uses. */
export type ThemeKey = 'paragraph' | 'list.ul' | 'list.ol' | 'list.listitem' | 'table' | 'tableRow' | 'tableCell' | 'tableCellHeader'

/** How the static view (a section before its editor mounts) draws a node, as plain data. */
export type ViewSpec =
  | { kind: 'text'; text: string; marks: TextMarks }
  | { kind: 'break' }
  /** The children alone (the root). */
  | { kind: 'children' }
  | {
      kind: 'element'
      tag: 'p' | 'ul' | 'ol' | 'li' | 'table' | 'tr' | 'td' | 'th'
      theme: ThemeKey
      align?: Align | null
      colSpan?: number
      rowSpan?: number
      /** A table's rows go inside a `<tbody>`. */
      body?: boolean
      /** Drawn with a line break when it has no children (an empty paragraph keeps its height). */
      keepHeight?: boolean
    }

interface Common {
  /** Lexical's serialized `type`. */
  type: string
  plainText: PlainTextRole
  view: (node: JsonNode) => ViewSpec
  /**
   * The import direction: the builder the Word import (and the carry-over, the merge, the
   * templates) write this node with, from core/model/lexical.
   */
  build: (...args: never[]) => JsonNode | SerializedContent
}

/** A node that prints as blocks of its own: paragraphs, lists, tables and their parts, the root. */
export interface BlockNodeDescriptor extends Common {
  role: 'block'
  toBlocks: (node: JsonNode, context: ExportContext, depth: number) => Block[]
}

/** A node inside a paragraph: text, line breaks, tabs. */
export interface InlineNodeDescriptor extends Common {
  role: 'inline'
  toInlines: (node: JsonNode, context: ExportContext) => Inline[]
}

export type NodeDescriptor = BlockNodeDescriptor | InlineNodeDescriptor
