import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '@/lib/api/problem';
import type { SchemeDocument } from '@/lib/api/types';
import { describePath } from './schemePaths';

interface ProblemListProps {
  errors: readonly FieldError[];
  /** The document the paths point into, to name its sections and items; without it they show by number. */
  document?: SchemeDocument;
  /** Makes each problem a link to its field. */
  onOpen?: (error: FieldError) => void;
}

/** Fields of the request around the document: their problems need no place in the scheme. */
const requestFields = new Set(['file', 'year', 'preset', 'document', 'deriveFromVersionId', 'lock']);

/** Every problem the backend found in a scheme document, each with where it is in words. */
export function ProblemList({ errors, document, onOpen }: ProblemListProps) {
  const { t } = useTranslation();
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="problem-list">
      {errors.map((error, index) => {
        if (requestFields.has(error.field)) return <li key={`${index}:${error.field}`}>{error.message}</li>;
        const words = describePath(error.field, { documents: document ? [document] : [], byIndex: true, t });
        const where = [words.group, words.subject, words.field].filter(Boolean).join(' › ');
        return (
          <li key={`${index}:${error.field}`} data-path={error.field}>
            {onOpen ? (
              <Typography.Link
                href="#"
                onClick={(event) => {
                  event.preventDefault();
                  onOpen(error);
                }}
              >
                {where}
              </Typography.Link>
            ) : (
              <Typography.Text strong>{where}</Typography.Text>
            )}
            {t('schemes.editor.problemSeparator')}
            {error.message}
          </li>
        );
      })}
    </ul>
  );
}
