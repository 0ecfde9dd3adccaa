/**
 * The benchmark's result: figures with their spread and target, the machine, the fixtures; the
 * zod schema of the JSON file (`--json <file>`), and the table printed at the end.
 */
import { cpus, freemem, loadavg, totalmem } from 'node:os'
import { z } from 'zod'
import type { Spread } from './stats'

export const RESULT_FORMAT = 'soan-bao-cao-bench/1' as const

export const Unit = z.enum(['ms', 'MB', 'kB', '×', '%', 'count'])
export type Unit = z.infer<typeof Unit>

/** `<=`: at most; `>=`: at least; `<`: below. */
export const Target = z.object({ op: z.enum(['<=', '<', '>=']), value: z.number(), text: z.string() })
export type Target = z.infer<typeof Target>

export const Status = z.enum(['pass', 'fail', 'info', 'skipped'])
export type Status = z.infer<typeof Status>

const Num = z.number().nullable()

export const FigureSpread = z.object({ n: z.number().int().min(0), median: Num, min: Num, max: Num, p95: Num, iqr: Num })

export const Figure = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  unit: Unit,
  /** The median (or the single value of a size); null when skipped. */
  value: Num,
  spread: FigureSpread,
  target: Target.nullable(),
  status: Status,
  note: z.string(),
})
export type Figure = z.infer<typeof Figure>

export const FixtureInfo = z.object({
  name: z.string(),
  pages: z.number(),
  words: z.number(),
  sections: z.number(),
  tables: z.number(),
  lists: z.number(),
  indicatorRows: z.number(),
  bytes: z.number(),
})

export const Machine = z.object({
  cores: z.number().int().min(1),
  cpu: z.string(),
  memoryMB: z.number(),
  freeMemoryMB: z.number(),
  /** 1, 5 and 15-minute load averages at the start and at the end: other work on the machine skews figures. */
  loadAverage: z.array(z.number()),
  loadAverageEnd: z.array(z.number()),
  platform: z.string(),
  node: z.string(),
  chromium: z.string().nullable(),
  libreoffice: z.string().nullable(),
})
export type Machine = z.infer<typeof Machine>

export const BenchResult = z.object({
  format: z.literal(RESULT_FORMAT),
  mode: z.enum(['full', 'quick']),
  startedAt: z.string(),
  seconds: z.number(),
  machine: Machine,
  fixtures: z.array(FixtureInfo).min(1),
  figures: z.array(Figure).min(1),
  summary: z.object({ pass: z.number().int(), fail: z.number().int(), info: z.number().int(), skipped: z.number().int() }),
})
export type BenchResult = z.infer<typeof BenchResult>

export function machineInfo(chromium: string | null, libreoffice: string | null): Machine {
  const cpuList = cpus()
  return {
    cores: cpuList.length,
    cpu: cpuList[0]?.model ?? 'unknown',
    memoryMB: Math.round(totalmem() / 2 ** 20),
    freeMemoryMB: Math.round(freemem() / 2 ** 20),
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    loadAverageEnd: [],
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
    chromium,
    libreoffice,
  }
}

function meets(value: number, target: Target): boolean {
  switch (target.op) {
    case '<=':
      return value <= target.value
    case '<':
      return value < target.value
    case '>=':
      return value >= target.value
  }
}

const finite = (n: number): number | null => (Number.isFinite(n) ? n : null)

/**
 * A measured figure. `gate` false keeps the target for reading but never fails (quick mode, whose
 * fixture is smaller than the one the targets are for).
 */
export function figure(id: string, label: string, unit: Unit, s: Spread, target: Target | null, note = '', gate = true): Figure {
  const value = finite(s.median)
  const status: Status = target === null || !gate || value === null ? 'info' : meets(value, target) ? 'pass' : 'fail'
  return {
    id,
    label,
    unit,
    value,
    spread: { n: s.n, median: value, min: finite(s.min), max: finite(s.max), p95: finite(s.p95), iqr: finite(s.iqr) },
    target,
    status,
    note,
  }
}

/** A single value (a size, a ratio of medians). */
export function single(id: string, label: string, unit: Unit, value: number, target: Target | null, note = '', gate = true): Figure {
  return figure(id, label, unit, { n: 1, median: value, min: value, max: value, p95: value, iqr: 0 }, target, note, gate)
}

export function skipped(id: string, label: string, unit: Unit, target: Target | null, why: string): Figure {
  return {
    id,
    label,
    unit,
    value: null,
    spread: { n: 0, median: null, min: null, max: null, p95: null, iqr: null },
    target,
    status: 'skipped',
    note: why,
  }
}

export const atMost = (value: number, unit: string): Target => ({ op: '<=', value, text: `≤ ${value} ${unit}`.trim() })
export const below = (value: number, unit: string): Target => ({ op: '<', value, text: `< ${value} ${unit}` })
export const atLeast = (value: number, unit: string): Target => ({ op: '>=', value, text: `≥ ${value} ${unit}` })

function show(value: number | null, unit: Unit): string {
  if (value === null) return '—'
  if (unit === 'count') return Number.isInteger(value) ? String(value) : value.toFixed(2)
  if (unit === '%') return `${value.toFixed(1)}%`
  const digits = unit === '×' ? 2 : Math.abs(value) >= 100 ? 0 : 1
  return `${value.toFixed(digits)}${unit === '×' ? '×' : ` ${unit}`}`
}

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - [...text].length))

/** The plain-text table printed at the end of a run. */
export function formatTable(result: BenchResult): string {
  const m = result.machine
  const head = ['figure', 'median', 'spread (min…max, p95)', 'n', 'target', 'status']
  const rows = result.figures.map((f) => [
    f.label,
    show(f.value, f.unit),
    f.spread.n > 1 ? `${show(f.spread.min, f.unit)} … ${show(f.spread.max, f.unit)}, p95 ${show(f.spread.p95, f.unit)}` : '',
    String(f.spread.n),
    f.target?.text ?? '',
    f.status.toUpperCase(),
  ])
  const widths = head.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? '')].length)))
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0))
      .join('  ')
      .trimEnd()
  const notes = result.figures.filter((f) => f.note !== '').map((f) => `  ${f.label}: ${f.note}`)
  const s = result.summary
  const busiest = Math.max(m.loadAverage[0] ?? 0, m.loadAverageEnd[0] ?? 0)
  const busy =
    busiest > m.cores
      ? [
          `Warning: load average ${busiest} on ${m.cores} cores — other work competed for the CPU and wall times are inflated (the CPU-time notes much less).`,
          '',
        ]
      : []
  return [
    `Soạn Báo Cáo benchmark (${result.mode}) — ${m.cores} cores, ${m.cpu}, ${m.memoryMB} MB, load ${m.loadAverage.join(' ')} → ${m.loadAverageEnd.join(' ')}, Node ${m.node}`,
    `Fixtures: ${result.fixtures.map((f) => `${f.name} = ${f.words} words, ${f.sections} sections, ${f.tables} tables, ${f.lists} lists, ${Math.round(f.bytes / 1024)} kB`).join('; ')}`,
    '',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    ...(notes.length > 0 ? ['Notes:', ...notes, ''] : []),
    ...busy,
    `${s.pass} pass, ${s.fail} fail, ${s.info} info, ${s.skipped} skipped (${result.seconds.toFixed(0)} s)`,
  ].join('\n')
}
