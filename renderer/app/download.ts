/** Files handed to the browser's (or Electron's) downloads. */

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** Browser mode: hand a built file to the browser's downloads; the file, for a link to it. */
export function download(fileName: string, base64: string, mime = DOCX_MIME): Blob {
  const blob = new Blob([base64ToBytes(base64)], { type: mime })
  downloadBlob(fileName, blob)
  return blob
}

/** Hand a file to the browser's (or Electron's) download. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}
