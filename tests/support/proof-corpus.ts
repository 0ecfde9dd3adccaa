/**
 * The proofreader's own test corpus (tests/fixtures/proof): marked errors, one line each, and
 * clean administrative prose. Shared by the unit test (floors) and the bench (figures).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { proofread } from '../../core/proof'

const DIR = resolve(import.meta.dirname, '../fixtures/proof')

export interface ErrorCase {
  kind: string
  text: string
  spans: { start: number; end: number }[]
  line: number
}

/** The marked cases of errors.txt: "kind: text with ⟦error⟧". */
export function errorCases(): ErrorCase[] {
  const out: ErrorCase[] = []
  readFileSync(join(DIR, 'errors.txt'), 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      const m = /^([a-zA-Z]+): (.*)$/u.exec(raw)
      if (m === null) return
      let text = ''
      const spans: { start: number; end: number }[] = []
      for (const part of (m[2] ?? '').split(/(⟦[^⟧]*⟧)/u)) {
        if (part.startsWith('⟦')) {
          spans.push({ start: text.length, end: text.length + part.length - 2 })
          text += part.slice(1, -1)
        } else text += part
      }
      out.push({ kind: m[1] ?? '', text: text.normalize('NFC'), spans, line: index + 1 })
    })
  return out
}

/** The clean texts, each a report of its own. */
export function cleanTexts(): { name: string; text: string }[] {
  const dir = join(DIR, 'clean')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8').normalize('NFC') }))
}

export const countWords = (text: string): number => text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length

export interface CorpusResult {
  /** Per kind: marked errors and how many a finding of that kind overlaps. */
  recall: Record<string, { errors: number; caught: number; missed: string[] }>
  cleanWords: number
  falsePositives: { file: string; code: string; text: string }[]
}

/** Runs the proofreader over the corpus. */
export function evaluateCorpus(): CorpusResult {
  const recall: CorpusResult['recall'] = {}
  for (const c of errorCases()) {
    const findings = proofread([{ target: 'x', text: c.text }])
    const entry = (recall[c.kind] ??= { errors: 0, caught: 0, missed: [] })
    for (const span of c.spans) {
      entry.errors += 1
      const hit = findings.some((f) => f.code === `proof.${c.kind}` && f.start < Math.max(span.end, span.start + 1) && span.start < f.end)
      if (hit) entry.caught += 1
      else entry.missed.push(`line ${c.line}: ${c.text.slice(span.start, span.end)}`)
    }
  }
  let cleanWords = 0
  const falsePositives: CorpusResult['falsePositives'] = []
  for (const { name, text } of cleanTexts()) {
    cleanWords += countWords(text)
    for (const f of proofread([{ target: name, text }])) falsePositives.push({ file: name, code: f.code, text: f.text })
  }
  return { recall, cleanWords, falsePositives }
}
