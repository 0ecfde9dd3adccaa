/**
 * CI check of a benchmark result file: `tsx tests/bench/check-json.ts <file.json>` exits 0 when the
 * file matches the result schema and holds every figure the bench must produce, 1 otherwise.
 * `npm test` runs `npm run bench -- --quick --json …` and then this.
 */
import { readFileSync } from 'node:fs'
import { BenchResult } from './result'

/** Figures every run has, by id prefix (the fixture name follows some of them). */
const REQUIRED = [
  'export.',
  'export.floor.',
  'export.vsFloor',
  'export.scaling',
  'cli.export.',
  'cli.startup',
  'open.',
  'autosave.',
  'pages.first.',
  'pages.all.',
  'pdf.',
  'bundle.js.gzip',
]
/** Figures of the browser part, present unless Chromium is missing (then one 'browser' figure says so). */
const BROWSER = [
  'browser.load.',
  'heap.',
  'typing.p50',
  'typing.p95',
  'typing.floor.p95',
  'typing.vsFloor',
  'autosave.whileTyping',
  'autosave.renderer',
  'preview.first.',
  'preview.all.',
]

export function problemsOf(data: unknown): string[] {
  const parsed = BenchResult.safeParse(data)
  if (!parsed.success) return parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.')}: ${i.message}`)
  const result = parsed.data
  const ids = result.figures.map((f) => f.id)
  const has = (prefix: string): boolean => ids.some((id) => id === prefix || (prefix.endsWith('.') && id.startsWith(prefix)))
  const browserSkipped = result.figures.some((f) => f.id === 'browser' && f.status === 'skipped')
  const missing = [...REQUIRED, ...(browserSkipped ? [] : BROWSER)].filter((prefix) => !has(prefix))
  const problems = missing.map((prefix) => `no figure ${prefix}…`)
  for (const f of result.figures) {
    if (f.status !== 'skipped' && f.value === null) problems.push(`${f.id}: no value`)
    if (f.status !== 'skipped' && f.spread.n < 1) problems.push(`${f.id}: no measurement`)
  }
  const counted = result.summary.pass + result.summary.fail + result.summary.info + result.summary.skipped
  if (counted !== result.figures.length) problems.push(`summary counts ${counted} figures, the file has ${result.figures.length}`)
  return problems
}

const file = process.argv[2]
if (!file) {
  console.error('usage: tsx tests/bench/check-json.ts <result.json>')
  process.exit(2)
}
const problems = problemsOf(JSON.parse(readFileSync(file, 'utf8')))
if (problems.length > 0) {
  console.error(`Benchmark result ${file} is not valid:\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
console.log(`Benchmark result ${file}: valid`)
