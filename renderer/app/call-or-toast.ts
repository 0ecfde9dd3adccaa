/** Backend calls whose failure the clerk sees as a toast, in the UI's language. */
import type { MethodName, RequestOf, ResponseOf } from '../../core/contract'
import type { ErrorInfo } from '../../core/model/errors'
import { client } from '../api'
import { describeError } from './errors'
import { useAppStore } from './store'

export function toastError(error: ErrorInfo): void {
  useAppStore.getState().pushToast('error', describeError(error))
}

/** Call the backend; a failure is shown as a toast and gives null. */
export async function callOrToast<M extends MethodName>(name: M, request: RequestOf<M>): Promise<ResponseOf<M> | null> {
  const result = await client.call(name, request)
  if (!result.ok) {
    toastError(result.error)
    return null
  }
  return result.value
}
