/** A raw HTTP request to a host on 127.0.0.1, with full control of the Host header, for host tests. */
import { request as httpRequest } from 'node:http'

export interface Reply {
  status: number
  body: string
  headers: Record<string, string | string[] | undefined>
}

export interface CallOptions {
  method?: string
  headers?: Record<string, string>
  body?: string | Buffer
  /** Sent as the Host header instead of "127.0.0.1:<port>" (an empty string sends it empty). */
  hostHeader?: string
}

export function httpCall(port: number, path: string, options: CallOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        agent: false,
        method: options.method ?? 'GET',
        headers: { ...(options.hostHeader !== undefined ? { host: options.hostHeader } : {}), ...options.headers },
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
      },
    )
    req.on('error', reject)
    if (options.body) req.write(options.body)
    req.end()
  })
}
