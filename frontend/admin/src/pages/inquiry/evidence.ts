/** Checks of evidence files before upload (the server checks again by content: SUP-21). */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024
export const EVIDENCE_MAX_FILES = 10
export const EVIDENCE_EXTENSIONS = ['.pdf', '.png', '.jpg', '.jpeg', '.docx', '.xlsx']
export const EVIDENCE_ACCEPT = EVIDENCE_EXTENSIONS.join(',')
export const EVIDENCE_LABEL = 'PDF、PNG、JPG、Word（.docx）、Excel（.xlsx），每个不超过 10 MB，最多 10 个'

/** Why a file cannot be uploaded as evidence, or null when it looks fine. */
export function evidenceProblem(file: { name: string; size: number }): string | null {
  const name = file.name.toLowerCase()
  if (!EVIDENCE_EXTENSIONS.some((ext) => name.endsWith(ext))) return '文件类型不支持：仅限 PDF、PNG、JPG、Word（.docx）、Excel（.xlsx）'
  if (file.size === 0) return '文件为空'
  if (file.size > EVIDENCE_MAX_BYTES) return '文件超过 10 MB'
  return null
}

/** Problems of a whole selection: per-file problems by index, plus a general one when there are too many files. */
export function evidenceProblems(files: readonly { name: string; size: number }[]): { general: string | null; perFile: (string | null)[] } {
  return {
    general: files.length > EVIDENCE_MAX_FILES ? `每次反馈最多上传 ${EVIDENCE_MAX_FILES} 个佐证材料` : null,
    perFile: files.map(evidenceProblem),
  }
}

/** Server errors for file i (field ["files", "<i>"]). */
export function serverFileErrors(errors: readonly { field?: readonly string[] | null; message: string }[], index: number): string | null {
  const hits = errors.filter((e) => e.field && e.field[0] === 'files' && e.field[1] === String(index))
  return hits.length ? hits.map((e) => e.message).join('；') : null
}
