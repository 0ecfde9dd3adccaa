/**
 * Recall and false-positive floors on the proofreader's own corpus (tests/fixtures/proof). The
 * figures themselves are reported by the bench (`npm run bench -- --only proof`).
 */
import { describe, expect, it } from 'vitest'
import { cleanTexts, errorCases, evaluateCorpus } from '../../../support/proof-corpus'

describe('the proofreader corpus', () => {
  const result = evaluateCorpus()

  it('is as large as the issue asks: 300 errors over every kind, 10,000 clean words', () => {
    const kinds = Object.keys(result.recall).sort()
    expect(kinds).toEqual([
      'abbreviation',
      'accentStyle',
      'brackets',
      'capitals',
      'confusion',
      'number',
      'quotes',
      'repeat',
      'spacing',
      'spelling',
    ])
    expect(errorCases().reduce((n, c) => n + c.spans.length, 0)).toBeGreaterThanOrEqual(300)
    expect(result.cleanWords).toBeGreaterThanOrEqual(10_000)
    expect(cleanTexts().length).toBeGreaterThan(5)
  })

  it.each(['spelling', 'confusion', 'spacing', 'repeat', 'quotes', 'brackets', 'abbreviation', 'capitals', 'accentStyle', 'number'])(
    'catches at least 90%% of the %s errors',
    (kind) => {
      const r = result.recall[kind]
      expect(r).toBeDefined()
      if (r === undefined) return
      expect(r.caught / r.errors, r.missed.join('\n')).toBeGreaterThanOrEqual(0.9)
    },
  )

  it('makes at most 1 false note per 1,000 clean words', () => {
    const perThousand = (result.falsePositives.length / result.cleanWords) * 1000
    expect(perThousand, JSON.stringify(result.falsePositives)).toBeLessThanOrEqual(1)
  })
})
