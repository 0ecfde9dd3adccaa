/** The "cần cập nhật" mark goes away when the clerk edits the section, and only then. */
import { describe, expect, it } from 'vitest'
import type { Section } from '../../../core/model/schema'
import { withoutNeedsUpdate } from '../../../renderer/app/needs-update'

function section(id: string, needsUpdate: boolean, children: Section[] = []): Section {
  return { id, needsUpdate, required: false, key: id, title: id, hint: '', numbered: true, content: null, children }
}

describe('withoutNeedsUpdate', () => {
  const tree = [section('a', false, [section('a1', true), section('a2', true)]), section('b', true)]

  it('clears the mark of the edited section only, copying just the path to it', () => {
    const next = withoutNeedsUpdate(tree, 'a1')
    expect(next?.[0]?.children.map((s) => s.needsUpdate)).toEqual([false, true])
    expect(next?.[1]).toBe(tree[1])
    expect(next?.[0]?.children[1]).toBe(tree[0]?.children[1])
    expect(tree[0]?.children[0]?.needsUpdate).toBe(true)
  })

  it('does nothing for a section without the mark or an unknown id', () => {
    expect(withoutNeedsUpdate(tree, 'a')).toBeNull()
    expect(withoutNeedsUpdate(tree, 'zz')).toBeNull()
  })
})
