import { Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ErrorState';
import { PageLoading } from '@/components/PageLoading';
import type { Declaration } from '@/lib/api/types';
import { yearInChina } from '@/lib/chinaTime';
import { useTenant } from '@/lib/tenant/tenantContext';
import { useMyDeclarations, useMyScheme } from '../api/me';
import { DeclarationForm } from './DeclarationForm';
import { MyDeclarations } from './MyDeclarations';

/** 积分申报: a member declares what they did this month, and follows their declarations. */
export function DeclarePage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const year = yearInChina();
  const scheme = useMyScheme(tenantId ?? '', year);
  const declarations = useMyDeclarations(tenantId ?? '', year);
  const [editing, setEditing] = useState<Declaration>();

  if (tenantId === null) return null;
  if (scheme.error) return <ErrorState error={scheme.error} onRetry={() => void scheme.refetch()} />;
  if (scheme.data === undefined) return <PageLoading />;
  return (
    <Flex vertical gap={16} style={{ maxWidth: 720 }}>
      <Card
        title={editing ? t('declare.editTitle', { item: editing.itemName }) : t('declare.title')}
        data-testid="declare-card"
        extra={<Typography.Text type="secondary">{t('declare.deadline', { day: scheme.data.declarationDeadlineDay })}</Typography.Text>}
      >
        <DeclarationForm
          key={editing?.id ?? 'new'}
          tenantId={tenantId}
          scheme={scheme.data}
          editing={editing}
          onDone={() => setEditing(undefined)}
        />
      </Card>
      <Card title={t('declare.mine')}>
        {declarations.error ? (
          <ErrorState error={declarations.error} onRetry={() => void declarations.refetch()} />
        ) : declarations.data === undefined ? (
          <PageLoading />
        ) : (
          <MyDeclarations
            declarations={declarations.data}
            onEdit={(declaration) => {
              setEditing(declaration);
              window.scrollTo({ top: 0, behavior: 'smooth' });
            }}
          />
        )}
      </Card>
    </Flex>
  );
}
