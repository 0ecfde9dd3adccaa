// Module resolution hook (node:module register): `electron`, imported by the built main process
// and by electron-store, is the stub next to this file.
import { URL } from 'node:url'

const stub = new URL('./electron.ts', import.meta.url).href

export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: stub, shortCircuit: true }
  return next(specifier, context)
}
