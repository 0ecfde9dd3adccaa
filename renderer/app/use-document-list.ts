/** The reports in the library, read when a screen shows them (again whenever `version` changes). */
import { useEffect, useState } from 'react'
import type { DocumentSummary } from '../../core/contract'
import { listDocuments } from './library-actions'

export function useDocumentList(version = 0): DocumentSummary[] | null {
  const [docs, setDocs] = useState<DocumentSummary[] | null>(null)
  useEffect(() => {
    let live = true
    void listDocuments().then((list) => {
      if (live) setDocs(list)
    })
    return () => {
      live = false
    }
  }, [version])
  return docs
}
