import { useQuery } from '@tanstack/react-query';
import { App, Card, Col, Result, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ErrorState';
import { PageLoading } from '@/components/PageLoading';
import { useDescribeError } from '@/components/useDescribeError';
import type { Link, LinkAction } from '@/lib/api/types';
import { orgChildrenQuery } from '@/lib/orgs/orgs';
import { useTenant } from '@/lib/tenant/tenantContext';
import { useDecideLink, useLinks, type LinkDecision } from '../api/links';
import { InvitationsCard } from './InvitationsCard';
import { LinkedTreeDrawer } from './LinkedTreeDrawer';
import { LowerLinksCard, UpperLinkCard } from './LinkSections';

/** 单位关联: this tenant's link to its upper committee, lower tenants' links to it, and invitation codes. */
export function LinksPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('links.title')}
      </Typography.Title>
      {tenantId === null ? (
        <Result status="info" title={t('dashboard.noTenant.title')} subTitle={t('dashboard.noTenant.subtitle')} />
      ) : (
        <LinksWorkspace key={tenantId} tenantId={tenantId} />
      )}
    </>
  );
}

type Confirmable = Exclude<LinkAction, 'VIEW_TREE'>;
/** Each confirmation's wording: unlinking reads differently from either side. */
type ConfirmKind = 'accept' | 'decline' | 'cancel' | 'unlinkLower' | 'unlinkUpper';

const decisions: Record<Confirmable, LinkDecision> = {
  ACCEPT: 'accept',
  DECLINE: 'decline',
  CANCEL: 'unlink', // withdrawing a pending request is the lower side's unlink
  UNLINK: 'unlink',
};

function confirmKindOf(link: Link, action: Confirmable): ConfirmKind {
  switch (action) {
    case 'ACCEPT':
      return 'accept';
    case 'DECLINE':
      return 'decline';
    case 'CANCEL':
      return 'cancel';
    case 'UNLINK':
      return link.side === 'UPPER' ? 'unlinkLower' : 'unlinkUpper';
  }
}

function LinksWorkspace({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const describeError = useDescribeError();
  const { roles } = useTenant();
  const { data: links, error, refetch } = useLinks(tenantId);
  const { data: topNodes } = useQuery(orgChildrenQuery(tenantId, null, false));
  const decide = useDecideLink(tenantId);
  const [treeLink, setTreeLink] = useState<Link>();

  // What the UI offers; the backend decides. Only the admin of the tenant's root may ask for a link, and
  // only admins issue codes.
  const root = topNodes?.find((node) => !node.parentId);
  const administers = roles.some((assignment) => assignment.role === 'COMMITTEE_ADMIN');
  const administersRoot = roles.some((assignment) => assignment.role === 'COMMITTEE_ADMIN' && assignment.org.id === root?.id);

  const onAction = (link: Link, action: LinkAction) => {
    if (action === 'VIEW_TREE') {
      setTreeLink(link);
      return;
    }
    const kind = confirmKindOf(link, action);
    const names = { lower: link.lowerTenantName, org: link.upperOrgName, upper: link.upperTenantName };
    modal.confirm({
      title: t(`links.confirm.${kind}.title`, names),
      content: t(`links.confirm.${kind}.content`, names),
      okText: t(`links.actions.${action}`),
      okButtonProps: { danger: action !== 'ACCEPT' },
      cancelText: t('links.back'),
      onOk: () =>
        decide
          .mutateAsync({ link, decision: decisions[action] })
          .then(() => void message.success(t(`links.done.${kind}`)))
          .catch((failure: unknown) => void message.error(describeError(failure))),
    });
  };

  if (links === undefined) {
    return <Card>{error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <PageLoading />}</Card>;
  }

  // Lower tenants' links to nodes the caller reaches: this tenant is their UPPER side.
  const lowerTenantLinks = links.filter((link) => link.side === 'UPPER');
  const upperCard = (
    <Col key="upper" xs={24} xl={12}>
      <UpperLinkCard
        tenantId={tenantId}
        links={links.filter((link) => link.side === 'LOWER')}
        canRequest={administersRoot}
        onAction={onAction}
      />
    </Col>
  );
  const lowerCard = (
    <Col key="lower" xs={24} xl={12}>
      <LowerLinksCard links={lowerTenantLinks} onAction={onAction} />
    </Col>
  );
  // Requests waiting for an answer come first (on a phone, above the fold).
  const waiting = lowerTenantLinks.some((link) => link.actions.includes('ACCEPT'));

  return (
    <>
      <Typography.Paragraph type="secondary">{t('links.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {waiting ? [lowerCard, upperCard] : [upperCard, lowerCard]}
        {administers && (
          <Col xs={24}>
            <InvitationsCard tenantId={tenantId} topNodes={topNodes} />
          </Col>
        )}
      </Row>
      {treeLink !== undefined && <LinkedTreeDrawer tenantId={tenantId} link={treeLink} onClose={() => setTreeLink(undefined)} />}
    </>
  );
}
