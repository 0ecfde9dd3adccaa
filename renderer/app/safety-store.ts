/**
 * UI state of the safety features: text a crash left unsaved (offered on the home screen),
 * "Lịch sử phiên bản", the conflict with a file changed on disk, and the name asked for
 * "Lưu thành…" and "Đổi tên".
 */
import { create } from 'zustand'
import type { BackupEntry, RecoveryEntry } from '../../core/contract'

export type SafetyDialog =
  | { kind: 'none' }
  | { kind: 'history'; entries: BackupEntry[] | null }
  | { kind: 'conflict'; message: string }
  | { kind: 'name'; purpose: 'saveAs' | 'rename'; name: string; onDone?: () => void }

export interface SafetyState {
  /** Text a crash left unsaved, offered on the home screen until restored or set aside. */
  recovery: RecoveryEntry[]
  dialog: SafetyDialog
  /** A backend call started from a safety dialog is running: its buttons wait. */
  busy: boolean
  setRecovery: (recovery: RecoveryEntry[]) => void
  setDialog: (dialog: SafetyDialog) => void
  setBusy: (busy: boolean) => void
}

/** The safety features' state; actions live in safety-actions.ts. */
export const useSafetyStore = create<SafetyState>()((set) => ({
  recovery: [],
  dialog: { kind: 'none' },
  busy: false,
  setRecovery: (recovery) => set({ recovery }),
  setDialog: (dialog) => set({ dialog }),
  setBusy: (busy) => set({ busy }),
}))
