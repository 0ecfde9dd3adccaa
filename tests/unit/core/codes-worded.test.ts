/**
 * Codes cross the boundary and each side words them: every check code and every error code has
 * its message in Vietnamese and in English, so that a new code without words fails here.
 */
import { describe, expect, it } from 'vitest'
import { OwnCheckCode } from '../../../core/checks/problem'
import { coreResources, coreTranslate } from '../../../core/i18n'
import { ErrorCode } from '../../../core/model/errors'

describe('every code has words in both languages', () => {
  for (const lng of ['vi', 'en'] as const) {
    const t = coreTranslate(lng)
    it(`check codes (${lng})`, () => {
      // A check with several messages has them as variants (`authorityMismatch_noBody`).
      const worded = (code: string): boolean =>
        t(`checks.${code}`) !== `checks.${code}` || Object.keys(coreResources[lng].checks).some((key) => key.startsWith(`${code}_`))
      const missing = OwnCheckCode.options.filter((code) => !worded(code))
      expect(missing).toEqual([])
    })
    it(`error codes (${lng})`, () => {
      const missing = ErrorCode.options.filter((code) => t(`errors.${code}`) === `errors.${code}`)
      expect(missing).toEqual([])
    })
  }
})
