import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface BrandProps {
  /** Also show the product's one-line description. */
  withTagline?: boolean;
  /** Only the mark, for tight spaces such as a phone's header. */
  markOnly?: boolean;
}

export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="#c8102e" />
      <path
        fill="#ffd54f"
        d="M16 6.5l2.6 6.1 6.6.5-5 4.3 1.6 6.4L16 20.4l-5.8 3.4 1.6-6.4-5-4.3 6.6-.5z"
      />
    </svg>
  );
}

export function Brand({ withTagline = false, markOnly = false }: BrandProps) {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap={10}>
      <BrandMark size={withTagline ? 40 : 32} />
      {!markOnly && (
        <Flex vertical>
          <Typography.Text strong style={{ fontSize: withTagline ? 20 : 17, lineHeight: 1.3, whiteSpace: 'nowrap' }}>
            {t('app.name')}
          </Typography.Text>
          {withTagline && <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>}
        </Flex>
      )}
    </Flex>
  );
}
