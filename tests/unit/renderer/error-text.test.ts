/**
 * A file error as the clerk reads it, from the backend's Result to the page's text: in Vietnamese
 * by default, in English in the English UI (made from the values the backend sends, the file's
 * name and the cause), never with the system's error code or path.
 */
import { describe, expect, it } from 'vitest'
import { createInstance, type i18n as I18n } from 'i18next'
import { bindContract, type Handlers } from '../../../electron/services/api'
import { fileError } from '../../../electron/services/file-errors'
import { DomainError, type ErrorInfo } from '../../../core/model/errors'
import { errorText } from '../../../core/i18n/words'
import type { Translate } from '../../../core/i18n'
import { uiResources, type Language } from '../../../renderer/i18n/resources'

/** The page's i18next in one language, as the renderer words an error with it (renderer/app/errors.ts). */
function translator(language: Language): Translate {
  const i18n: I18n = createInstance()
  void i18n.init({
    lng: language,
    fallbackLng: 'vi',
    resources: { vi: { translation: uiResources.vi }, en: { translation: uiResources.en } },
    interpolation: { escapeValue: false },
    initAsync: false,
  })
  return (key, options) => i18n.t(key, options ?? {})
}

/** A Node file error as `fs` throws it. */
function nodeError(code: string, syscall: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path, errno: -1 })
}

/** The error a handler's failure reaches the page as. */
async function failureOf(thrown: unknown): Promise<ErrorInfo> {
  const handlers = {
    'app.info': async () => {
      throw thrown
    },
  } as unknown as Handlers
  const result = await bindContract(handlers)('app.info', {})
  if (result.ok) throw new Error('expected a failure')
  return result.error
}

const PATH = '/media/usb/Soạn Báo Cáo/Báo cáo tổng kết.baocao'

describe('a file error on the page', () => {
  it('reads in Vietnamese, then in English in the English UI, with the file’s name and its cause', async () => {
    const error = await failureOf(fileError(nodeError('EIO', 'rename', PATH), PATH, 'deleteFailed'))
    expect(error.params).toMatchObject({ cause: 'diskError', file: 'Báo cáo tổng kết.baocao' })
    const vi = errorText(error, translator('vi'))
    expect(error).not.toHaveProperty('message')
    expect(vi).toContain('Không chuyển được “Báo cáo tổng kết.baocao” vào thùng rác: ổ đĩa báo lỗi khi đọc ghi')
    const en = errorText(error, translator('en'))
    expect(en).toContain('“Báo cáo tổng kết.baocao” could not be moved to the trash:')
    expect(en).toContain('The file is still in the report folder.')
    expect(en).not.toMatch(/[ơưđ]|ổ đĩa/u)
    for (const text of [vi, en]) expect(text).not.toMatch(/EIO|rename|\/media/u)
  })

  it('words a raw file error no service caught, in both languages', async () => {
    const error = await failureOf(nodeError('ENOSPC', 'write', PATH))
    expect(error.code).toBe('fileFailed')
    expect(errorText(error, translator('vi'))).toContain('ổ đĩa đã đầy')
    expect(errorText(error, translator('en'))).toContain('A file could not be used:')
    for (const language of ['vi', 'en'] as const) expect(errorText(error, translator(language))).not.toMatch(/ENOSPC|write|\/media/u)
  })

  it('words a domain error from its code and values alone, in either language', () => {
    const error = new DomainError('notFound', { name: 'a.baocao' })
    expect(errorText({ code: error.code, params: error.params }, translator('vi'))).toBe(error.message)
    expect(errorText({ code: error.code, params: error.params }, translator('en'))).toContain('a.baocao')
    expect(errorText({ code: error.code, params: error.params }, translator('en'))).not.toBe(error.message)
  })
})
