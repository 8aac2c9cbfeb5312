import { Button, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EvidenceThumbs } from '@/components/EvidenceThumbs';
import type { Declaration } from '@/lib/api/types';
import { declarationStatusColors, formatPoints, quantityText } from '@/lib/cycle/format';

/** The member's own declarations, newest first, with their states and the reviewer's reasons. */
export function MyDeclarations({ declarations, onEdit }: { declarations: readonly Declaration[]; onEdit: (declaration: Declaration) => void }) {
  const { t } = useTranslation();
  return (
    <List
      data-testid="my-declarations"
      dataSource={declarations}
      locale={{ emptyText: t('declare.none') }}
      renderItem={(declaration) => (
        <List.Item
          data-testid={`declaration-${declaration.itemCode}`}
          extra={
            declaration.actions.includes('EDIT') && (
              <Button size="small" onClick={() => onEdit(declaration)}>
                {t(declaration.status === 'RETURNED' ? 'declare.editAndResubmit' : 'declare.edit')}
              </Button>
            )
          }
        >
          <Flex vertical gap={4} style={{ minWidth: 0 }}>
            <Flex gap={8} wrap align="center">
              <Typography.Text strong>{declaration.itemName}</Typography.Text>
              <Tag color={declarationStatusColors[declaration.status]} data-testid="declaration-status">
                {t(`declare.status.${declaration.status}`, { defaultValue: declaration.status })}
              </Tag>
            </Flex>
            <Typography.Text type="secondary">
              {[declaration.occurredOn, quantityText(declaration.ruleType, declaration.quantity, t), declaration.points != null ? `${formatPoints(declaration.points)} ${t('declare.pointsUnit')}` : null, declaration.level]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
            {declaration.description && <Typography.Text>{declaration.description}</Typography.Text>}
            {declaration.decisionReason && (
              <Typography.Text type="warning" data-testid="declaration-reason">
                {t('declare.reason', { reason: declaration.decisionReason })}
              </Typography.Text>
            )}
            <EvidenceThumbs evidence={declaration.evidence} />
          </Flex>
        </List.Item>
      )}
    />
  );
}
