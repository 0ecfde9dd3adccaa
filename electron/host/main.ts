/**
 * `npm run start:web`: run the app in the default browser against this local host.
 * Options: --port N, --no-open (only print the URL), --data-dir DIR.
 */
import { randomBytes } from 'node:crypto'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import {
  APP_VERSION,
  bindContract,
  createConfSettings,
  createHandlers,
  dataDirFor,
  defaultLibraryFor,
  DocumentService,
  settleLibrary,
  TemplateService,
} from '../services'
import { startHost } from './server'
import { tCore } from '../../core/i18n'

function openBrowser(url: string): void {
  const command = process.platform === 'win32' ? 'cmd' : process.platform === 'darwin' ? 'open' : 'xdg-open'
  const args = process.platform === 'win32' ? ['/c', 'start', '""', url] : [url]
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true })
    child.on('error', () => console.log(tCore('cli.host.noBrowser')))
    child.unref()
  } catch {
    console.log(tCore('cli.host.noBrowser'))
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      /** Set by `npm start` when the desktop app could not run: `missing` or `failed`. */
      electron: { type: 'string' },
    },
  })
  if (values.electron === 'missing' || values.electron === 'failed') console.log(tCore(`cli.host.electron.${values.electron}`))
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(tCore('cli.host.badPort', { port: values.port ?? '' }))
    process.exit(2)
  }
  const here = dirname(fileURLToPath(import.meta.url))
  const staticDir = resolve(here, '../renderer')
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.error(tCore('cli.host.notBuilt'))
    process.exit(1)
  }
  const dataDirOption = values['data-dir'] ? resolve(values['data-dir']) : undefined
  const dataDir = dataDirFor(dataDirOption)
  const { settings, notice } = createConfSettings(dataDir)
  if (notice) console.error(tCore(`notices.${notice.code}`, { file: notice.file }))
  const { library, defaultLibrary } = settleLibrary(settings, () => defaultLibraryFor(dataDirOption), !dataDirOption)
  const documents = new DocumentService({
    libraryDir: library,
    trashDir: join(dataDir, 'trash'),
    dataDir,
    appVersion: APP_VERSION,
  })
  const templates = new TemplateService(join(dataDir, 'templates'))
  const dispatch = bindContract(
    createHandlers({
      documents,
      templates,
      settings,
      appVersion: APP_VERSION,
      mode: 'web',
      defaultLibraryDir: defaultLibrary,
      notices: notice ? [notice] : [],
    }),
    (error) => console.error(error),
  )
  const token = randomBytes(24).toString('base64url')
  const host = await startHost({ dispatch, staticDir, token, port })
  console.log(tCore('cli.host.running', { url: host.url }))
  console.log(tCore('cli.host.library', { dir: library }))
  console.log(tCore('cli.host.stop'))
  if (!values['no-open']) openBrowser(host.url)
  const stop = (): void => {
    void documents
      .closeAll()
      .then(() => host.close())
      .then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
