/**
 * Resolves in the page's idle time, at the latest after `timeoutMs`; after about a frame where
 * the browser has no idle callbacks. For work done here when a worker cannot start.
 */
export function whenIdle(timeoutMs: number): Promise<void> {
  return new Promise((done) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => done(), { timeout: timeoutMs })
    else setTimeout(done, 16)
  })
}
