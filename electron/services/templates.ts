/**
 * Templates: the built-in ones (bundled data) and the user's own JSON files in
 * `<dataDir>/templates`. A bad user file is reported by name with what is wrong and never stops
 * the app; it is simply not offered.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DomainError } from '../../core/model/errors'
import { parseTemplate, type Template } from '../../core/templates'
import tongKetNamUbndPhuong from '../../templates/tong-ket-nam.ubnd-phuong.json'
import soKet6ThangUbndPhuong from '../../templates/so-ket-6-thang.ubnd-phuong.json'
import tongKetNamDangUyPhuong from '../../templates/tong-ket-nam.dang-uy-phuong.json'
import soKet6ThangDangUyPhuong from '../../templates/so-ket-6-thang.dang-uy-phuong.json'

const builtinData: readonly unknown[] = [tongKetNamUbndPhuong, soKet6ThangUbndPhuong, tongKetNamDangUyPhuong, soKet6ThangDangUyPhuong]

let builtinCache: Template[] | undefined

export function builtinTemplates(): Template[] {
  builtinCache ??= builtinData.map((data) => parseTemplate(data, (data as { id?: string }).id))
  return builtinCache
}

export interface LoadedTemplate {
  template: Template
  source: 'builtin' | 'user'
}

export interface InvalidTemplateFile {
  file: string
  message: string
}

export class TemplateService {
  constructor(private readonly userDir: string | null) {}

  /** Built-in templates first, then valid user templates; a user file cannot replace a built-in id. */
  async list(): Promise<{ templates: LoadedTemplate[]; invalid: InvalidTemplateFile[] }> {
    const templates: LoadedTemplate[] = builtinTemplates().map((template) => ({ template, source: 'builtin' }))
    const invalid: InvalidTemplateFile[] = []
    if (!this.userDir) return { templates, invalid }
    let names: string[] = []
    try {
      names = (await readdir(this.userDir)).filter((n) => n.toLowerCase().endsWith('.json')).sort()
    } catch {
      return { templates, invalid }
    }
    for (const file of names) {
      try {
        let data: unknown
        try {
          data = JSON.parse((await readFile(join(this.userDir, file), 'utf8')).replace(/^\uFEFF/, ''))
        } catch {
          throw new DomainError('invalidTemplate', { id: file, detail: 'JSON' })
        }
        const template = parseTemplate(data, file)
        if (templates.some((t) => t.template.id === template.id)) {
          throw new DomainError('duplicateTemplate', { id: template.id, file })
        }
        templates.push({ template, source: 'user' })
      } catch (error) {
        invalid.push({ file, message: error instanceof Error ? error.message : String(error) })
      }
    }
    return { templates, invalid }
  }

  async find(id: string): Promise<Template> {
    const found = (await this.list()).templates.find((t) => t.template.id === id)
    if (!found) throw new DomainError('unknownTemplate', { id })
    return found.template
  }
}

/** Built-in lookup for callers without a user folder. */
export function findTemplate(id: string): Template {
  const template = builtinTemplates().find((t) => t.id === id)
  if (!template) throw new DomainError('unknownTemplate', { id })
  return template
}
