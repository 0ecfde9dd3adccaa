/**
 * Start the browser-mode host of a built app (`<outDir>/main/host.js`) on a free loopback port,
 * as `npm run start:web -- --no-open` does, and wait for the URL with its token.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'

export interface RunningHost {
  /** The page URL with the per-launch token. */
  url: string
  process: ChildProcess
}

export async function launchHost(outDir: string, dataDir: string, cwd?: string): Promise<RunningHost> {
  const child = spawn(process.execPath, [join(outDir, 'main/host.js'), '--no-open', '--data-dir', dataDir], {
    ...(cwd ? { cwd } : {}),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`host did not start: ${output}`)), 20_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8')
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolveUrl(match[1])
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`host exited with ${code}: ${output}`))
    })
  })
  return { url, process: child }
}
