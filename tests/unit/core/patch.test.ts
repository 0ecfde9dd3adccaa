import { describe, expect, it } from 'vitest'
import { applyPatch, isEmptyPatch } from '../../../core/model/patch'
import { contentFromParagraphs } from '../../../core/model/lexical'
import { contentText } from '../../../core/nodes/plain-text'
import { DomainError } from '../../../core/model/errors'
import { makeReport } from './report-factory'

describe('report patches', () => {
  it('replace the content of the named sections only, leaving the base untouched', () => {
    const base = makeReport()
    const patched = applyPatch(base, { sections: { 's1-2': contentFromParagraphs(['Hoàn thành 13/13 chỉ tiêu.']) } })
    const [first, second] = patched.sections
    expect(contentText(first?.children[1]?.content ?? null)).toBe('Hoàn thành 13/13 chỉ tiêu.')
    expect(first?.children[0]).toBe(base.sections[0]?.children[0])
    expect(second).toBe(base.sections[1])
    expect(contentText(base.sections[0]?.children[1]?.content ?? null)).toContain('12/12')
  })

  it('replace the header, indicators and layout when given', () => {
    const base = makeReport()
    const patched = applyPatch(base, { sections: {}, meta: { ...base.meta, number: '07' }, layout: { bodySize: 13 }, indicators: [] })
    expect(patched.meta.number).toBe('07')
    expect(patched.layout).toEqual({ bodySize: 13 })
    expect(patched.sections).toBe(base.sections)
  })

  it('refuse a section the base does not have, so that the sender sends the whole report', () => {
    const error = (() => {
      try {
        applyPatch(makeReport(), { sections: { 'khong-co': null } })
      } catch (e) {
        return e
      }
      return null
    })()
    expect(error).toBeInstanceOf(DomainError)
    expect((error as DomainError).code).toBe('needFull')
  })

  it('know an empty patch', () => {
    expect(isEmptyPatch({ sections: {} })).toBe(true)
    expect(isEmptyPatch({ sections: { a: null } })).toBe(false)
    expect(isEmptyPatch({ sections: {}, layout: {} })).toBe(false)
  })
})
