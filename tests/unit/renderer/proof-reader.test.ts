/**
 * The proofreader's reading off the UI thread: every unit of a request comes back analysed as
 * core/proof analyses it, the last batch marked done; a newer request stops an older run; and
 * where the worker breaks, the units are read in the page's idle time instead.
 */
import { describe, expect, it } from 'vitest'
import { analyzeText, type ProofOptions } from '../../../core/proof'
import { ProofReader, runProofRead, type ProofReadMessage, type ReadUnit } from '../../../renderer/app/proof-reader'

const units = [
  { target: 'meta.title', text: 'Báo cáo tổng kết công tác năm 2025' },
  { target: 's1', text: 'Phường đã hoàn thanh 100% chỉ tiêu kế hoạch; UBND phường tổ chức hội nghị.' },
  { target: 's2', text: 'Công tác chăm lo gia đình chính sách được quan tâm, tỷ lệ hộ nghèo giảm còn 0,5%.' },
]
const options: ProofOptions = { words: ['Phú Xuân'] }

describe('reading proofreading units', () => {
  it('sends every unit analysed, in order, the last batch marked done', async () => {
    const messages: ProofReadMessage[] = []
    await runProofRead(
      { id: 3, units, options },
      (m) => messages.push(m),
      async () => undefined,
      () => true,
    )
    expect(messages.every((m) => m.id === 3)).toBe(true)
    expect(messages.at(-1)?.done).toBe(true)
    expect(messages.slice(0, -1).every((m) => !m.done)).toBe(true)
    const read = messages.flatMap((m) => m.read)
    expect(read.map((u) => u.target)).toEqual(['meta.title', 's1', 's2'])
    for (const unit of read) expect(unit.analysis).toEqual(analyzeText(unit.text, options))
    // The misspelled "hoàn thanh" is a note of the second unit.
    expect(read[1]?.analysis.findings.length).toBeGreaterThan(0)
  })

  it('stops a run once a newer request replaced it', async () => {
    const messages: ProofReadMessage[] = []
    let latest = true
    let paused = 0
    await runProofRead(
      { id: 1, units, options },
      (m) => messages.push(m),
      async () => {
        paused++
        if (paused === 2) latest = false
      },
      () => latest,
    )
    expect(messages.flatMap((m) => m.read).map((u) => u.target)).not.toContain('s2')
    expect(messages.some((m) => m.done)).toBe(false)
  })
})

/** A worker that breaks as soon as it is asked for anything. */
class BrokenWorker {
  onmessage: ((event: MessageEvent) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  terminated = false
  postMessage(): void {
    setTimeout(() => this.onerror?.(new Event('error') as ErrorEvent), 0)
  }
  terminate(): void {
    this.terminated = true
  }
}

describe('the proof reader', () => {
  it('reads in the page itself when its worker breaks, and delivers only the latest request', async () => {
    const broken = new BrokenWorker()
    const delivered: { read: readonly ReadUnit[]; options: ProofOptions; done: boolean }[] = []
    const done = new Promise<void>((resolve) => {
      const reader = new ProofReader(
        (read, readWith, last) => {
          delivered.push({ read, options: readWith, done: last })
          if (last) resolve()
        },
        () => broken as unknown as Worker,
      )
      reader.read(units, { words: [] })
      reader.read(units.slice(1), options)
    })
    await done
    // Nothing more comes after the last batch, though the broken worker reported two errors.
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(broken.terminated).toBe(true)
    expect(delivered.every((d) => d.options === options)).toBe(true)
    expect(delivered.flatMap((d) => d.read).map((u) => u.target)).toEqual(['s1', 's2'])
  })
})
