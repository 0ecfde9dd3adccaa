/**
 * Fuzzing the way in: 560 mutated `.baocao` files (truncated, random bytes, wrong types, huge
 * strings, deep nesting, newer or odd versions, missing keys, foreign encodings, prototype keys)
 * opened through the document service. Every one must end in a report or a clear Vietnamese
 * error, quickly, with the file byte for byte as it was. The seed is fixed, so a failure
 * reproduces.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DocumentService } from '../../../../electron/services/documents'
import { DomainError } from '../../../../core/model/errors'
import { serializeReport } from '../../../../core/model/migrate'
import { makeReport } from '../../core/report-factory'
import { seededRandom as random } from '../../../support/random'

const SEED = 20251210
const PER_KIND = 70
/** What a refused file may be: each code has its own Vietnamese message. */
const LOAD_ERRORS = ['notJson', 'notReport', 'newerVersion', 'invalid', 'tooDeep', 'tooLarge']
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/iu

const rand = random(SEED)
const int = (n: number): number => Math.floor(rand() * n)
const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const base = serializeReport(makeReport())
const baseData = JSON.parse(base) as { [key: string]: Json }

/** Every path to a value in the tree, for choosing one at random. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = prefix.length > 0 ? [prefix] : []
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])))
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]))
  return out
}

function setAt(root: Json, path: (string | number)[], make: (old: Json) => Json | undefined): Json {
  const copy = structuredClone(root)
  let node: Json = copy
  for (const key of path.slice(0, -1)) node = (node as Record<string, Json>)[key as string] as Json
  const last = path[path.length - 1] as string
  const container = node as Record<string, Json>
  const next = make(container[last] as Json)
  if (next === undefined) {
    if (Array.isArray(container)) container.splice(Number(last), 1)
    else Reflect.deleteProperty(container, last)
  } else container[last] = next
  return copy
}

const allPaths = paths(baseData)
const wrongValues: Json[] = [null, true, 0, -1, 1e308, '', 'x', [], {}, [1, 'a'], { a: 1 }, 'ỦY BAN', 2.5]

function deep(depth: number, open: string, close: string, inner: string): string {
  return `${open.repeat(depth)}${inner}${close.repeat(depth)}`
}

/** The mutations, each a function from the case index to the bytes of a file. */
const mutations: Record<string, () => Buffer> = {
  truncated: () => Buffer.from(base.slice(0, int(base.length))),
  randomBytes: () => {
    const bytes = Buffer.from(base)
    for (let i = 0, n = 1 + int(8); i < n; i++) bytes[int(bytes.length)] = int(256)
    return bytes
  },
  wrongType: () => {
    const path = pick(allPaths)
    return Buffer.from(JSON.stringify(setAt(baseData, path, () => pick(wrongValues))))
  },
  missingKey: () => Buffer.from(JSON.stringify(setAt(baseData, pick(allPaths), () => undefined))),
  hugeString: () => {
    const path = pick(allPaths)
    const huge = pick(['a', 'ệ', '\u0000', '"', '\\']).repeat(200_000 + int(1_000_000))
    return Buffer.from(JSON.stringify(setAt(baseData, path, () => huge)))
  },
  deepNesting: () => {
    const depth = pick([1_000, 10_000, 50_000, 200_000])
    const path = pick(allPaths)
    const text = JSON.stringify(setAt(baseData, path, () => '__DEEP__'))
    const nested = pick([
      () => deep(depth, '[', ']', '1'),
      () => deep(depth, '{"a":', '}', '1'),
      () => deep(depth, '{"id":"x","title":"t","children":[', ']}', ''),
    ])()
    return Buffer.from(text.replace('"__DEEP__"', nested))
  },
  version: () => {
    const version = pick<Json>([3, 99, 2 ** 31, 1e300, 0, -2, 1.5, '2', null, [], { v: 2 }])
    return Buffer.from(JSON.stringify({ ...baseData, schemaVersion: version }))
  },
  foreign: () =>
    pick([
      () => Buffer.alloc(0),
      () => Buffer.from('\uFEFF'),
      () => Buffer.from(base, 'utf16le'),
      () => Buffer.alloc(1 + int(4096), int(256)),
      () => Buffer.from(JSON.stringify([baseData])),
      () => Buffer.from(JSON.stringify({ ...baseData, format: 'soan-bao-cao-khac' })),
      () => Buffer.from(JSON.stringify(pick(wrongValues))),
      () => Buffer.from(`${base}${base}`),
      () => Buffer.from('PK\u0003\u0004 một tệp Word đổi đuôi'),
      () => Buffer.from(base.replace('{', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},')),
    ])(),
}

let dir: string
let service: DocumentService
const outcomes = { opened: 0, refused: new Map<string, number>() }

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sbc-fuzz-'))
  mkdirSync(join(dir, 'library'))
  service = new DocumentService({ libraryDir: join(dir, 'library'), dataDir: join(dir, 'data'), appVersion: '0.1.0' })
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
  const refused = [...outcomes.refused].map(([code, n]) => `${code} ${n}`).join(', ')
  console.log(
    `fuzz: ${outcomes.opened + [...outcomes.refused.values()].reduce((a, b) => a + b, 0)} files, ${outcomes.opened} opened, refused: ${refused}`,
  )
})

describe(`opening ${PER_KIND * Object.keys(mutations).length} mutated files (seed ${SEED})`, () => {
  for (const [kind, mutate] of Object.entries(mutations)) {
    it(`${kind}: a report or a clear error, fast, file untouched`, async () => {
      for (let i = 0; i < PER_KIND; i++) {
        const bytes = mutate()
        const name = `${kind}-${i}.baocao`
        const path = join(dir, 'library', name)
        writeFileSync(path, bytes)
        const started = performance.now()
        const result = await service.openByName(name).then(
          (doc) => ({ ok: true as const, doc }),
          (error: unknown) => ({ ok: false as const, error }),
        )
        const ms = performance.now() - started
        const label = `${kind} #${i}`
        expect(ms, `${label} took ${ms.toFixed(0)} ms`).toBeLessThan(3000)
        if (result.ok) {
          outcomes.opened++
          await service.close(result.doc.id)
        } else {
          expect(result.error, label).toBeInstanceOf(DomainError)
          const error = result.error as DomainError
          expect(LOAD_ERRORS, `${label}: ${error.code} ${error.message}`).toContain(error.code)
          expect(error.message, label).toMatch(VIETNAMESE)
          outcomes.refused.set(error.code, (outcomes.refused.get(error.code) ?? 0) + 1)
        }
        expect(readFileSync(path).equals(bytes), `${label}: file changed`).toBe(true)
        expect(({} as Record<string, unknown>).polluted, label).toBeUndefined()
      }
    })
  }

  it('refuses most of them (some mutations leave a valid report), and still lists the whole library', async () => {
    const total = PER_KIND * Object.keys(mutations).length
    const refused = [...outcomes.refused.values()].reduce((a, b) => a + b, 0)
    expect(outcomes.opened + refused).toBe(total)
    expect(refused).toBeGreaterThan(total * 0.6)
    const listed = await service.list()
    expect(listed).toHaveLength(total)
    expect(listed.filter((d) => d.error !== null)).toHaveLength(refused)
  })
})
