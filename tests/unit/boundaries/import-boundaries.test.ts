/**
 * The architecture's import rules are enforced by ESLint. These tests lint small probe files
 * placed (virtually) in each layer and expect the forbidden imports to be reported.
 */
import { describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../../..')
const eslint = new ESLint({ cwd: root })

async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('import boundaries', () => {
  it('core/ may not import electron, react, node:fs or the upper layers', async () => {
    const found = await violations(
      'core/format/probe.ts',
      [
        "import { app } from 'electron'",
        "import { useState } from 'react'",
        "import { readFileSync } from 'node:fs'",
        "import { writeFile } from 'fs'",
        "import { client } from '../../renderer/api'",
        "import { DocumentService } from '../../electron/services/documents'",
        'export const probe = [app, useState, readFileSync, writeFile, client, DocumentService]',
      ].join('\n'),
    )
    expect(found).toHaveLength(6)
  })

  it('core/ may import zod and other core modules', async () => {
    expect(
      await violations(
        'core/format/probe.ts',
        "import { z } from 'zod'\nimport { Report } from '../model/schema'\nexport const p = [z, Report]",
      ),
    ).toEqual([])
  })

  it('renderer/ may not import electron/ or node builtins', async () => {
    const found = await violations(
      'renderer/screens/probe.ts',
      "import { ipcRenderer } from 'electron'\nimport { DocumentService } from '../../electron/services/documents'\nimport { readFile } from 'node:fs/promises'\nexport const p = [ipcRenderer, DocumentService, readFile]",
    )
    expect(found).toHaveLength(3)
  })

  it('electron/services may not import electron', async () => {
    expect(await violations('electron/services/probe.ts', "import { dialog } from 'electron'\nexport const p = dialog")).toHaveLength(1)
  })
})
