import { App, Button, Card, Flex, List, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CycleFilters } from '@/components/CycleFilters';
import { ErrorState } from '@/components/ErrorState';
import { EvidenceThumbs } from '@/components/EvidenceThumbs';
import { useDescribeError } from '@/components/useDescribeError';
import { ApiError } from '@/lib/api/problem';
import type { Declaration, ReviewDecision } from '@/lib/api/types';
import { declarationStatusColors, formatPoints, quantityText } from '@/lib/cycle/format';
import { useBranch } from '@/lib/cycle/useBranch';
import { useTenant } from '@/lib/tenant/tenantContext';
import { useDeclarations, useReview } from '../api/cycle';
import { ReviewModal } from './ReviewModal';
import { reviewRequest } from './reviewRules';

const statuses = ['SUBMITTED', 'APPROVED', 'ADJUSTED', 'REJECTED', 'RETURNED'] as const;

/** 积分审核: the branch's declarations, with their evidence, approved, adjusted, rejected or returned. */
export function ReviewPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const [branchId, setBranchId] = useBranch();
  const [status, setStatus] = useState<string>('SUBMITTED');
  const declarations = useDeclarations(tenantId ?? '', branchId, status, undefined);
  const [reviewing, setReviewing] = useState<{ declaration: Declaration; decision: Exclude<ReviewDecision, 'APPROVE'> }>();
  if (tenantId === null) return null;

  return (
    <Card
      title={
        <Flex gap={8} wrap align="center">
          <CycleFilters tenantId={tenantId} branchId={branchId} onBranch={setBranchId} />
          <Select
            aria-label={t('review.statusFilter')}
            value={status}
            onChange={setStatus}
            style={{ width: 120 }}
            options={statuses.map((value) => ({ value, label: t(`declare.status.${value}`) }))}
          />
        </Flex>
      }
      data-testid="review-page"
    >
      {declarations.error ? (
        <ErrorState error={declarations.error} onRetry={() => void declarations.refetch()} />
      ) : (
        <List
          loading={declarations.isLoading}
          dataSource={declarations.data?.items ?? []}
          locale={{ emptyText: branchId ? t('review.none') : t('cycle.chooseBranch') }}
          renderItem={(declaration) => (
            <DeclarationItem tenantId={tenantId} declaration={declaration} onDecide={(decision) => setReviewing({ declaration, decision })} />
          )}
        />
      )}
      {reviewing && (
        <ReviewModal tenantId={tenantId} declaration={reviewing.declaration} decision={reviewing.decision} onClose={() => setReviewing(undefined)} />
      )}
    </Card>
  );
}

function DeclarationItem({
  tenantId,
  declaration,
  onDecide,
}: {
  tenantId: string;
  declaration: Declaration;
  onDecide: (decision: Exclude<ReviewDecision, 'APPROVE'>) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const review = useReview(tenantId);
  const approve = async () => {
    try {
      await review.mutateAsync({ id: declaration.id, body: reviewRequest(declaration, 'APPROVE', {}) });
      message.success(t('review.done.APPROVE'));
    } catch (error) {
      message.error(error instanceof ApiError && error.status === 409 ? t('review.conflict') : describeError(error));
    }
  };
  const canReview = declaration.actions.includes('REVIEW');
  return (
    <List.Item data-testid={`review-${declaration.memberName}-${declaration.itemCode}`}>
      <Flex vertical gap={6} style={{ width: '100%', minWidth: 0 }}>
        <Flex gap={8} wrap align="center">
          <Typography.Text strong>{declaration.memberName}</Typography.Text>
          <Typography.Text>{declaration.itemName}</Typography.Text>
          <Tag color={declarationStatusColors[declaration.status]}>{t(`declare.status.${declaration.status}`, { defaultValue: declaration.status })}</Tag>
        </Flex>
        <Typography.Text type="secondary">
          {[
            declaration.occurredOn,
            declaration.sectionName,
            quantityText(declaration.ruleType, declaration.quantity, t),
            declaration.points != null ? `${formatPoints(declaration.points)} ${t('declare.pointsUnit')}` : null,
            declaration.level,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography.Text>
        {declaration.description && <Typography.Paragraph style={{ margin: 0 }}>{declaration.description}</Typography.Paragraph>}
        {declaration.decisionReason && <Typography.Text type="warning">{t('declare.reason', { reason: declaration.decisionReason })}</Typography.Text>}
        <EvidenceThumbs evidence={declaration.evidence} size={72} />
        {canReview && (
          <Flex gap={8} wrap>
            <Button type="primary" size="small" loading={review.isPending} onClick={() => void approve()}>
              {t('review.actions.APPROVE')}
            </Button>
            {(['ADJUST', 'REJECT', 'RETURN'] as const).map((decision) => (
              <Button key={decision} size="small" danger={decision === 'REJECT'} onClick={() => onDecide(decision)}>
                {t(`review.actions.${decision}`)}
              </Button>
            ))}
          </Flex>
        )}
      </Flex>
    </List.Item>
  );
}
