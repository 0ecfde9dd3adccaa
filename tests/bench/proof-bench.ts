/**
 * The proofreader (Soát lỗi): recall per kind and false notes per 1,000 clean words on its own
 * corpus (tests/fixtures/proof), the time to check the 100-page report in-process and to re-check
 * one section after a keystroke (the editor's incremental path), and what it finds in the news
 * samples (tests/fixtures/news, real published articles with real typos).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { proofUnits } from '../../core/checks/proof'
import { analyzeText, combine, proofread } from '../../core/proof'
import { NEWS_DIR } from '../support/samples'
import { evaluateCorpus } from '../support/proof-corpus'
import type { Fixture } from './fixture'
import { atLeast, atMost, below, figure, single, type Figure } from './result'
import { collectGarbage, spread, timeOnce, walls } from './stats'

export interface ProofBenchOptions {
  runs: number
  gate: boolean
  log: (line: string) => void
}

function corpusFigures(gate: boolean): Figure[] {
  const result = evaluateCorpus()
  const out: Figure[] = []
  let errors = 0
  let caught = 0
  for (const [kind, r] of Object.entries(result.recall)) {
    errors += r.errors
    caught += r.caught
    const note = r.missed.length > 0 ? `missed: ${r.missed.join('; ')}` : ''
    out.push(
      single(
        `proof.recall.${kind}`,
        `proof recall: ${kind} (${r.caught}/${r.errors})`,
        '%',
        (100 * r.caught) / r.errors,
        atLeast(90, '%'),
        note,
        gate,
      ),
    )
  }
  out.unshift(
    single('proof.recall', `proof recall, all kinds (${caught}/${errors})`, '%', (100 * caught) / errors, atLeast(90, '%'), '', gate),
  )
  const perThousand = (1000 * result.falsePositives.length) / result.cleanWords
  const fpNote = `${result.falsePositives.length} notes in ${result.cleanWords} clean words${result.falsePositives.length > 0 ? `: ${result.falsePositives.map((f) => `${f.code} “${f.text}”`).join(', ')}` : ''}`
  out.push(single('proof.falsePositives', 'proof false notes per 1,000 clean words', 'count', perThousand, atMost(1, ''), fpNote, gate))
  return out
}

async function timing(main: Fixture, o: ProofBenchOptions): Promise<Figure[]> {
  const units = proofUnits(main.report)
  const cold = await timeOnce(() => proofread(units))
  const whole = []
  for (let i = 0; i < o.runs; i += 1) {
    collectGarbage()
    whole.push(await timeOnce(() => proofread(units)))
  }
  // After a keystroke the editor re-reads one section and combines the cached rest.
  const analyses = units.map((u) => ({ target: u.target, analysis: analyzeText(u.text) }))
  const longest = analyses.reduce((best, a, i) => ((units[i]?.text.length ?? 0) > (units[best]?.text.length ?? 0) ? i : best), 0)
  const text = units[longest]?.text ?? ''
  const section: number[] = []
  for (let i = 0; i < o.runs * 20; i += 1) {
    const typed = `${text.slice(0, text.length >> 1)}${'abcdefgh'[i % 8]}${text.slice(text.length >> 1)}`
    const started = performance.now()
    const next = [...analyses]
    next[longest] = { target: units[longest]?.target ?? '', analysis: analyzeText(typed) }
    combine(next)
    section.push(performance.now() - started)
  }
  const findings = proofread(units).length
  return [
    figure(
      'proof.report',
      `proofread ${main.name} in-process (${units.length} units)`,
      'ms',
      spread(walls(whole)),
      below(300, 'ms'),
      `first run, tables built: ${cold.wall.toFixed(0)} ms; ${findings} notes`,
      o.gate,
    ),
    figure(
      'proof.section',
      `re-check one section after a keystroke (${text.length} characters) and combine`,
      'ms',
      spread(section),
      below(10, 'ms'),
      '',
      o.gate,
    ),
  ]
}

function newsFigure(): Figure {
  const files = readdirSync(NEWS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
  const found: string[] = []
  for (const file of files) {
    const text = readFileSync(join(NEWS_DIR, file), 'utf8').normalize('NFC')
    for (const f of proofread([{ target: file, text }]))
      found.push(`${f.code.replace('proof.', '')} “${f.text.replace(/\n/gu, ' ')}”${f.suggestions[0] ? ` → “${f.suggestions[0]}”` : ''}`)
  }
  return single('proof.news', `proof notes in the ${files.length} news samples`, 'count', found.length, null, found.join('; '))
}

export async function benchProof(main: Fixture, o: ProofBenchOptions): Promise<Figure[]> {
  o.log('proof: corpus, timing, news samples')
  return [...corpusFigures(o.gate), ...(await timing(main, o)), newsFigure()]
}
