import { uploadWithProgress, type UploadProgress } from '@/lib/api/upload';
import { tenantHeaders } from '@/lib/orgs/orgs';

/** Uploads one evidence file (an image or a PDF, ≤ 10 MB), reporting progress; resolves with its id. */
export async function uploadEvidence(
  tenantId: string,
  file: File,
  onProgress: (percent: number) => void,
): Promise<{ id: string; mediaType: string }> {
  const report = ({ loaded, total, sent }: UploadProgress) =>
    onProgress(sent ? 100 : total > 0 ? Math.round((loaded / total) * 100) : 0);
  const answer = await uploadWithProgress('/api/v1/evidence', {
    form: { file },
    headers: tenantHeaders(tenantId),
    onProgress: report,
  });
  return { id: answer.id, mediaType: answer.mediaType };
}

/** Where the browser fetches an evidence file (same origin, the session cookie rides along). */
export function evidenceUrl(id: string): string {
  return `/api/v1/evidence/${id}`;
}

export const maxEvidenceBytes = 10 * 1024 * 1024;
