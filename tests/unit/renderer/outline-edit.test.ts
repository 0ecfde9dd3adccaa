import { describe, expect, it } from 'vitest'
import type { Section } from '../../../core/model/schema'
import { addAfter, addChild, moveSection, moveTo, newSection, removeSection, renameSection } from '../../../renderer/app/outline-edit'

function tree(): Section[] {
  const s = (id: string, children: Section[] = []): Section => ({ ...newSection(id, id.toUpperCase()), children })
  return [s('a', [s('a1'), s('a2'), s('a3')]), s('b', [s('b1')]), s('c')]
}
const ids = (sections: readonly Section[]): unknown[] => sections.map((s) => (s.children.length ? [s.id, ids(s.children)] : s.id))

describe('outline edits', () => {
  it('moves a section up and down among its siblings, and not past the ends', () => {
    const t = tree()
    expect(ids(moveSection(t, 'a2', 'up'))).toEqual([['a', ['a2', 'a1', 'a3']], ['b', ['b1']], 'c'])
    expect(ids(moveSection(t, 'a2', 'down'))).toEqual([['a', ['a1', 'a3', 'a2']], ['b', ['b1']], 'c'])
    expect(moveSection(t, 'a1', 'up')).toBe(t)
    expect(moveSection(t, 'c', 'down')).toBe(t)
  })

  it('demotes into the section above and promotes after the parent', () => {
    const t = tree()
    expect(ids(moveSection(t, 'a2', 'in'))).toEqual([['a', [['a1', ['a2']], 'a3']], ['b', ['b1']], 'c'])
    expect(ids(moveSection(t, 'b1', 'out'))).toEqual([['a', ['a1', 'a2', 'a3']], 'b', 'b1', 'c'])
    expect(moveSection(t, 'a', 'out')).toBe(t)
    expect(moveSection(t, 'a1', 'in')).toBe(t)
  })

  it('adds, renames and removes without touching the original tree', () => {
    const t = tree()
    const before = JSON.stringify(t)
    const added = addChild(t, 'b', newSection('b2', 'Mục mới'))
    expect(ids(added)).toEqual([['a', ['a1', 'a2', 'a3']], ['b', ['b1', 'b2']], 'c'])
    expect(ids(addAfter(t, 'a1', newSection('x', 'X')))).toEqual([['a', ['a1', 'x', 'a2', 'a3']], ['b', ['b1']], 'c'])
    expect(renameSection(t, 'a3', 'Tên mới')[0]?.children[2]?.title).toBe('Tên mới')
    expect(ids(removeSection(t, 'a'))).toEqual([['b', ['b1']], 'c'])
    expect(JSON.stringify(t)).toBe(before)
  })

  it('drags a section before, after or inside another, never into itself', () => {
    const t = tree()
    expect(ids(moveTo(t, 'c', 'a2', 'before'))).toEqual([
      ['a', ['a1', 'c', 'a2', 'a3']],
      ['b', ['b1']],
    ])
    expect(ids(moveTo(t, 'a1', 'b', 'inside'))).toEqual([['a', ['a2', 'a3']], ['b', ['b1', 'a1']], 'c'])
    expect(moveTo(t, 'a', 'a2', 'after')).toBe(t)
    expect(moveTo(t, 'a', 'a', 'before')).toBe(t)
  })
})
