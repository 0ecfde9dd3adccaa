/** The file the last export wrote, for the notice with its "Mở tệp" and "Mở thư mục" (components/ExportDone.tsx). */
import { create } from 'zustand'

export interface Exported {
  /** What to say: the file's name, and the warnings it carried. */
  text: string
  fileName: string
  /** Electron: where the file was saved. Browser mode: the file itself, for the link. */
  file: { path: string } | { blob: Blob }
}

interface ExportDoneState {
  exported: Exported | null
  show: (exported: Exported | null) => void
}

export const useExportDone = create<ExportDoneState>()((set) => ({
  exported: null,
  show: (exported) => set({ exported }),
}))
