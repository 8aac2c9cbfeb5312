import { FilePdfOutlined } from '@ant-design/icons';
import { Flex, Image } from 'antd';
import type { Evidence } from '@/lib/api/types';
import { evidenceUrl } from '@/lib/cycle/evidence';

/** Small previews of evidence files: images open large, PDFs open in a new tab. */
export function EvidenceThumbs({ evidence, size = 56 }: { evidence: readonly Evidence[]; size?: number }) {
  if (evidence.length === 0) return null;
  return (
    <Flex gap={6} wrap data-testid="evidence-thumbs">
      <Image.PreviewGroup>
        {evidence.map((file) =>
          file.mediaType === 'application/pdf' ? (
            <a key={file.id} href={evidenceUrl(file.id)} target="_blank" rel="noreferrer" title={file.fileName}>
              <FilePdfOutlined style={{ fontSize: size / 2 }} />
            </a>
          ) : (
            <Image key={file.id} src={evidenceUrl(file.id)} width={size} height={size} alt={file.fileName} style={{ objectFit: 'cover', borderRadius: 4 }} />
          ),
        )}
      </Image.PreviewGroup>
    </Flex>
  );
}
