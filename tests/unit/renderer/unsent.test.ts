/**
 * What a save or a journal write carries: only what changed since the backend last received the
 * report (a patch), the whole report when the tree changed or the backend lost its copy, and what
 * a failed write carried is sent again with the next one.
 */
import { describe, expect, it } from 'vitest'
import type { OpenDocument, Result } from '../../../core/contract'
import type { ErrorCode } from '../../../core/model/errors'
import { contentFromParagraphs } from '../../../core/model/lexical'
import { createUnsentChanges, type WriteRequest } from '../../../renderer/app/unsent'
import { templateReport } from '../docx/fixtures'

const report = templateReport('tong-ket-nam.ubnd-phuong')
const doc: OpenDocument = { id: 'doc-1', key: 'key-1', name: 'a.baocao', report }
const [first, second] = report.sections

/** A backend that answers each write with the next of `answers` (ok when none is left), recording the requests. */
function backend(...answers: ErrorCode[]): { sent: WriteRequest[]; send: (request: WriteRequest) => Promise<Result<null>> } {
  const sent: WriteRequest[] = []
  return {
    sent,
    send: async (request) => {
      sent.push(request)
      const code = answers.shift()
      return code ? { ok: false, error: { code, params: {} } } : { ok: true, value: null }
    },
  }
}

const sectionsOf = (request: WriteRequest | undefined): string[] => Object.keys(request?.patch?.sections ?? {}).sort()

describe('unsent changes', () => {
  it('sends the whole report first, then only the parts that changed', async () => {
    if (!first || !second) throw new Error('template without two sections')
    const unsent = createUnsentChanges()
    const { sent, send } = backend()
    await unsent.write(send, doc)
    expect(sent[0]).toEqual({ id: 'doc-1', report })
    unsent.section(first.id)
    unsent.meta()
    await unsent.write(send, doc)
    expect(sent[1]).toEqual({ id: 'doc-1', patch: { sections: { [first.id]: first.content }, meta: report.meta } })
    await unsent.write(send, doc)
    expect(sent[2]).toEqual({ id: 'doc-1', patch: { sections: {} } })
    unsent.layout()
    unsent.indicators()
    await unsent.write(send, doc)
    expect(sent[3]).toEqual({ id: 'doc-1', patch: { sections: {}, indicators: report.indicators, layout: report.layout } })
  })

  it('sends text in NFC whatever the input method typed', async () => {
    if (!first) throw new Error('template without sections')
    // As some input methods type it: tone marks as separate characters.
    const decomposed = JSON.parse(JSON.stringify(contentFromParagraphs(['Phường Hòa Khánh'])).normalize('NFD')) as typeof first.content
    const typed = { ...doc, report: { ...report, sections: [{ ...first, content: decomposed }] } }
    const unsent = createUnsentChanges()
    const { sent, send } = backend()
    await unsent.write(send, typed)
    unsent.section(first.id)
    await unsent.write(send, typed)
    const request = sent[1]
    const text = JSON.stringify(request?.patch ?? null)
    expect(text).toContain('Phường Hòa Khánh'.normalize('NFC'))
    expect(text).not.toContain('Phường Hòa Khánh'.normalize('NFD'))
  })

  it('keeps what a failed write carried for the next one', async () => {
    if (!first || !second) throw new Error('template without two sections')
    const unsent = createUnsentChanges()
    const { sent, send } = backend('unexpected')
    await unsent.write(backend().send, doc)
    unsent.section(first.id)
    const failed = await unsent.write(send, doc)
    expect(failed.ok).toBe(false)
    unsent.section(second.id)
    await unsent.write(send, doc)
    expect(sent).toHaveLength(2)
    expect(sectionsOf(sent[1])).toEqual([first.id, second.id].sort())
  })

  it('sends the whole report again at once when the backend lost its copy', async () => {
    if (!first) throw new Error('template without sections')
    const unsent = createUnsentChanges()
    await unsent.write(backend().send, doc)
    unsent.section(first.id)
    const { sent, send } = backend('needFull')
    const result = await unsent.write(send, doc)
    expect(result.ok).toBe(true)
    expect(sent).toHaveLength(2)
    expect(sectionsOf(sent[0])).toEqual([first.id])
    expect(sent[1]).toEqual({ id: 'doc-1', report })
  })

  it('sends the whole report after a tree change, or after a write the backend refused as not open', async () => {
    const unsent = createUnsentChanges()
    await unsent.write(backend().send, doc)
    unsent.whole()
    const { sent, send } = backend('notOpen')
    await unsent.write(send, doc)
    await unsent.write(send, doc)
    expect(sent.map((request) => request.report !== undefined)).toEqual([true, true])
  })
})
