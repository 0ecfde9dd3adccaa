/**
 * Templates: the built-in ones (bundled data) and the office's own JSON files in
 * `<dataDir>/templates`, read afresh on every call so that a file added, changed or removed —
 * by the app or by hand — shows at once. A bad file is reported by name with what is wrong and
 * never stops the app; it is simply not offered. The office's templates can be added, renamed,
 * duplicated, exported and deleted; the built-in ones only duplicated and exported.
 */
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { DomainError, errorMessageOf, type ErrorMessage } from '../../core/model/errors'
import { parseTemplate, type Template } from '../../core/templates'
import { templateIdFor } from '../../core/templates/from-report'
import { writeDurable } from './durable-write'
import { saveError } from './file-errors'
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
  /** The file in the templates folder that holds an office template. */
  file?: string | undefined
}

export interface InvalidTemplateFile {
  file: string
  error: ErrorMessage
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
        templates.push({ template, source: 'user', file })
      } catch (error) {
        invalid.push({ file, error: errorMessageOf(error) })
      }
    }
    return { templates, invalid }
  }

  async find(id: string): Promise<Template> {
    return (await this.get(id)).template
  }

  async get(id: string): Promise<LoadedTemplate> {
    const found = (await this.list()).templates.find((t) => t.template.id === id)
    if (!found) throw new DomainError('unknownTemplate', { id })
    return found
  }

  /**
   * Add a template of the office (made from a report, imported, duplicated): it gets a fresh id
   * from its name when its own is taken, and is written to `<id>.json`.
   */
  async add(template: Template): Promise<LoadedTemplate> {
    const taken = new Set((await this.list()).templates.map((t) => t.template.id))
    const id = taken.has(template.id) ? templateIdFor(template.name, taken) : template.id
    return this.write({ ...template, id }, `${id}.json`)
  }

  /** Give an office template a new name (its id and file stay). */
  async rename(id: string, name: string): Promise<LoadedTemplate> {
    const { template, file } = await this.own(id)
    return this.write({ ...template, name: name.trim(), version: template.version + 1 }, file)
  }

  /** A copy of any template, as an office template named "… (bản sao)". */
  async duplicate(id: string, copyName: string): Promise<LoadedTemplate> {
    const { template } = await this.get(id)
    const taken = new Set((await this.list()).templates.map((t) => t.template.id))
    return this.write({ ...template, id: templateIdFor(copyName, taken), name: copyName, version: 1 }, null)
  }

  /** Delete an office template's file. */
  async remove(id: string): Promise<void> {
    const { file } = await this.own(id)
    try {
      await unlink(join(this.folder(), file))
    } catch (error) {
      throw saveError(error, join(this.folder(), file))
    }
  }

  private folder(): string {
    if (!this.userDir) throw new DomainError('unsupported')
    return this.userDir
  }

  private async own(id: string): Promise<{ template: Template; file: string }> {
    const found = await this.get(id)
    if (found.source !== 'user' || !found.file) throw new DomainError('builtinTemplate', { id })
    return { template: found.template, file: found.file }
  }

  private async write(template: Template, file: string | null): Promise<LoadedTemplate> {
    const valid = parseTemplate(template, template.id)
    const folder = this.folder()
    const name = file ?? `${valid.id}.json`
    await mkdir(folder, { recursive: true })
    const path = join(folder, name)
    try {
      await writeDurable(path, `${JSON.stringify(valid, null, 2)}\n`)
    } catch (error) {
      throw error instanceof DomainError ? error : saveError(error, path)
    }
    return { template: valid, source: 'user', file: name }
  }
}

/** Built-in lookup for callers without a user folder. */
export function findTemplate(id: string): Template {
  const template = builtinTemplates().find((t) => t.id === id)
  if (!template) throw new DomainError('unknownTemplate', { id })
  return template
}
