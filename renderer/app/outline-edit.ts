/**
 * Pure edits of the section tree: add, rename, move, delete. Each returns a new tree and leaves
 * the input untouched, so the previous tree can be kept for undo.
 */
import type { Section } from '../../core/model/schema'

export function newSection(id: string, title: string): Section {
  return {
    id,
    needsUpdate: false,
    required: false,
    key: '',
    title: title.normalize('NFC'),
    hint: '',
    numbered: true,
    content: null,
    children: [],
  }
}

interface Location {
  /** The list holding the section (the top level or a parent's children). */
  list: Section[]
  index: number
  parent: Section | null
}

function locate(sections: Section[], id: string, parent: Section | null = null): Location | null {
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i]
    if (!section) continue
    if (section.id === id) return { list: sections, index: i, parent }
    const found = locate(section.children, id, section)
    if (found) return found
  }
  return null
}

/** Deep copy of the tree's structure (content objects are shared: they are never mutated). */
function cloneTree(sections: readonly Section[]): Section[] {
  return sections.map((s) => ({ ...s, children: cloneTree(s.children) }))
}

export function renameSection(sections: readonly Section[], id: string, title: string): Section[] {
  const tree = cloneTree(sections)
  const at = locate(tree, id)
  const section = at?.list[at.index]
  if (section) section.title = title.normalize('NFC')
  return tree
}

/** Add `section` as the last child of `parentId`, or at the top level for null. */
export function addChild(sections: readonly Section[], parentId: string | null, section: Section): Section[] {
  const tree = cloneTree(sections)
  if (parentId === null) return [...tree, section]
  const at = locate(tree, parentId)
  const parent = at?.list[at.index]
  if (parent) parent.children.push(section)
  return tree
}

/** Add `section` right after the sibling `afterId`. */
export function addAfter(sections: readonly Section[], afterId: string, section: Section): Section[] {
  const tree = cloneTree(sections)
  const at = locate(tree, afterId)
  if (at) at.list.splice(at.index + 1, 0, section)
  return tree
}

export function removeSection(sections: readonly Section[], id: string): Section[] {
  const tree = cloneTree(sections)
  const at = locate(tree, id)
  if (at) at.list.splice(at.index, 1)
  return tree
}

export type Move = 'up' | 'down' | 'in' | 'out'

/**
 * Move a section: `up`/`down` among its siblings; `in` makes it the last child of the sibling
 * above (one level deeper); `out` puts it right after its parent (one level up). A move that is
 * impossible (first section up, top level out) returns the tree unchanged (the same object).
 */
export function moveSection(sections: Section[], id: string, move: Move): Section[] {
  const tree = cloneTree(sections)
  const at = locate(tree, id)
  if (!at) return sections
  const section = at.list[at.index]
  if (!section) return sections
  switch (move) {
    case 'up':
    case 'down': {
      const target = move === 'up' ? at.index - 1 : at.index + 1
      if (target < 0 || target >= at.list.length) return sections
      at.list.splice(at.index, 1)
      at.list.splice(target, 0, section)
      return tree
    }
    case 'in': {
      const previous = at.list[at.index - 1]
      if (!previous) return sections
      at.list.splice(at.index, 1)
      previous.children.push(section)
      return tree
    }
    case 'out': {
      if (!at.parent) return sections
      const parentAt = locate(tree, at.parent.id)
      if (!parentAt) return sections
      at.list.splice(at.index, 1)
      parentAt.list.splice(parentAt.index + 1, 0, section)
      return tree
    }
  }
}

/** Move `id` before, after or inside `targetId` (drag and drop). Dropping a section into itself does nothing. */
export function moveTo(sections: Section[], id: string, targetId: string, where: 'before' | 'after' | 'inside'): Section[] {
  if (id === targetId) return sections
  const from = locate(sections, id)
  const moving = from?.list[from.index]
  if (!moving || locate(moving.children, targetId)) return sections
  const tree = removeSection(sections, id)
  const at = locate(tree, targetId)
  if (!at) return sections
  if (where === 'inside') at.list[at.index]?.children.push(moving)
  else at.list.splice(where === 'before' ? at.index : at.index + 1, 0, moving)
  return tree
}
