/**
 * UI state of the safety features: the recovery prompt, "Lịch sử phiên bản", the conflict with a
 * file changed on disk, and the name asked for "Lưu thành…" and "Đổi tên".
 */
import { create } from 'zustand'
import type { BackupEntry, RecoveryEntry } from '../../core/contract'

export type SafetyDialog =
  | { kind: 'none' }
  | { kind: 'recovery'; entries: RecoveryEntry[] }
  | { kind: 'history'; entries: BackupEntry[] | null }
  | { kind: 'conflict'; message: string }
  | { kind: 'name'; purpose: 'saveAs' | 'rename'; name: string; onDone?: () => void }

export interface SafetyState {
  dialog: SafetyDialog
  /** A backend call started from a safety dialog is running: its buttons wait. */
  busy: boolean
  setDialog: (dialog: SafetyDialog) => void
  setBusy: (busy: boolean) => void
}

export const useSafetyStore = create<SafetyState>()((set) => ({
  dialog: { kind: 'none' },
  busy: false,
  setDialog: (dialog) => set({ dialog }),
  setBusy: (busy) => set({ busy }),
}))
