// `npm test`: typecheck, lint, build, unit tests (Vitest), end-to-end tests (Playwright with
// Debian's Chromium), the benchmark's quick mode and the packaging check. Ends with one plain line
// "N passed, N failed, N skipped" counted from the JSON reporters, and a non-zero exit code when
// anything failed.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const cacheDir = '.cache/test'
mkdirSync(cacheDir, { recursive: true })
const totals = { passed: 0, failed: 0, skipped: 0 }
const failures = []
const steps = []
const only = process.argv.slice(2)
const wanted = (name) => only.length === 0 || only.includes(name)

function run(name, command, args, env = {}) {
  const started = Date.now()
  console.log(`\n── ${name}: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  steps.push(`${name} ${seconds}s`)
  return result.status === 0
}

function step(name, command, args) {
  if (!wanted(name)) return
  if (run(name, command, args)) totals.passed++
  else {
    totals.failed++
    failures.push(name)
  }
}

step('typecheck', 'npx', ['tsc', '-b'])
step('lint', 'npx', ['eslint', '.', '--max-warnings', '0'])
step('format', 'npx', ['prettier', '--check', '.'])
step('build', 'npm', ['run', '--silent', 'build'])

if (wanted('unit')) {
  const file = join(cacheDir, 'vitest.json')
  rmSync(file, { force: true })
  const ok = run('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`])
  if (existsSync(file)) {
    const report = JSON.parse(readFileSync(file, 'utf8'))
    for (const suite of report.testResults ?? []) {
      for (const t of suite.assertionResults ?? []) {
        if (t.status === 'passed') totals.passed++
        else if (t.status === 'failed') {
          totals.failed++
          failures.push(`unit: ${t.fullName}`)
        } else totals.skipped++
      }
      if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) {
        totals.failed++
        failures.push(`unit: ${suite.name} (${(suite.message ?? '').split('\n')[0]})`)
      }
    }
  } else {
    totals.failed++
    failures.push('unit: no report')
  }
  if (!ok && !failures.some((f) => f.startsWith('unit'))) {
    totals.failed++
    failures.push('unit: vitest exited non-zero')
  }
}

if (wanted('e2e')) {
  const file = join(cacheDir, 'playwright.json')
  rmSync(file, { force: true })
  const ok = run('e2e', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: file })
  if (existsSync(file)) {
    const report = JSON.parse(readFileSync(file, 'utf8'))
    const walk = (suite) => {
      for (const spec of suite.specs ?? []) {
        for (const t of spec.tests ?? []) {
          const status = t.results?.at(-1)?.status
          if (t.status === 'skipped' || status === 'skipped') totals.skipped++
          else if (t.status === 'expected' || t.status === 'flaky') totals.passed++
          else {
            totals.failed++
            failures.push(`e2e: ${spec.title}`)
          }
        }
      }
      for (const child of suite.suites ?? []) walk(child)
    }
    for (const suite of report.suites ?? []) walk(suite)
    for (const error of report.errors ?? []) {
      totals.failed++
      failures.push(`e2e: ${(error.message ?? '').split('\n')[0]}`)
    }
  } else {
    totals.failed++
    failures.push('e2e: no report')
  }
  if (!ok && !failures.some((f) => f.startsWith('e2e'))) {
    totals.failed++
    failures.push('e2e: playwright exited non-zero')
  }
}

// The benchmark's quick mode must run and write a valid result file; its targets are for
// `npm run bench` (full size, on a quiet machine), so quick mode never fails on one.
if (wanted('bench')) {
  const file = join(cacheDir, 'bench.json')
  rmSync(file, { force: true })
  const ok =
    run('bench', 'npx', ['tsx', 'tests/bench/run.ts', '--quick', '--json', file]) &&
    run('bench-json', 'npx', ['tsx', 'tests/bench/check-json.ts', file])
  if (ok) totals.passed++
  else {
    totals.failed++
    failures.push('bench --quick (runs and writes valid JSON)')
  }
}

if (wanted('package')) {
  console.log('\n── package: node scripts/package-check.mjs')
  const started = Date.now()
  const result = spawnSync(process.execPath, ['scripts/package-check.mjs'], { encoding: 'utf8' })
  process.stdout.write(result.stdout)
  process.stderr.write(result.stderr)
  steps.push(`package ${((Date.now() - started) / 1000).toFixed(1)}s`)
  const match = /PACKAGE-CHECK (\d+) passed, (\d+) failed/.exec(result.stdout)
  if (match) {
    totals.passed += Number(match[1])
    totals.failed += Number(match[2])
    if (Number(match[2]) > 0) failures.push('package check')
  } else {
    totals.failed++
    failures.push('package check did not run')
  }
}

console.log(`\nSteps: ${steps.join(', ')}`)
if (failures.length) console.log(`Failed:\n  ${failures.join('\n  ')}`)
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(totals.failed > 0 ? 1 : 0)
