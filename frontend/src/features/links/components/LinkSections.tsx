import { Alert, Card, Collapse, Descriptions, Empty, Flex, Grid, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Link, LinkAction } from '@/lib/api/types';
import { formatShanghaiTime } from '@/lib/chinaTime';
import { LinkActions } from './LinkActions';
import { LinkStatusTag } from './linkFormat';
import { isCurrent } from './linkText';
import { whenOf } from './linkTime';
import { RequestLinkForm } from './RequestLinkForm';
import { RowList } from './RowList';

type OnAction = (link: Link, action: LinkAction) => void;

interface UpperLinkCardProps {
  tenantId: string;
  /** This tenant's links to an upper committee (side LOWER), newest first. */
  links: readonly Link[];
  /** Whether the caller may ask for a link (the admin of the tenant's root). */
  canRequest: boolean;
  onAction: OnAction;
}

/** 上级党组织: the link of this tenant to its upper committee, the request form when there is none, earlier links. */
export function UpperLinkCard({ tenantId, links, canRequest, onAction }: UpperLinkCardProps) {
  const { t } = useTranslation();
  const isPhone = Grid.useBreakpoint().md !== true;
  const current = links.find((link) => isCurrent(link.status));
  const history = links.filter((link) => !isCurrent(link.status));

  return (
    <Card title={t('links.upper.title')} styles={{ body: { padding: isPhone ? 12 : 24 } }} data-testid="upper-link">
      {current ? (
        <CurrentUpperLink link={current} onAction={onAction} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('links.upper.none')}</Typography.Paragraph>
          {canRequest ? (
            <>
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                {t('links.request.title')}
              </Typography.Title>
              <RequestLinkForm tenantId={tenantId} />
            </>
          ) : (
            <Alert type="info" showIcon title={t('links.upper.rootAdminOnly')} />
          )}
        </>
      )}
      {history.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('links.upper.history')}
          </Typography.Title>
          <RowList<Link>
            items={history}
            rowKey={(link) => link.id}
            renderRow={(link) => (
              <Flex vertical gap={2} style={{ minWidth: 0 }}>
                <Flex wrap align="center" gap={8}>
                  <LinkStatusTag status={link.status} />
                  <Typography.Text style={{ overflowWrap: 'anywhere' }}>
                    {t('links.upper.historyLine', { org: link.upperOrgName, tenant: link.upperTenantName })}
                  </Typography.Text>
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {whenOf(link, t)}
                </Typography.Text>
              </Flex>
            )}
          />
        </>
      )}
    </Card>
  );
}

function CurrentUpperLink({ link, onAction }: { link: Link; onAction: OnAction }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      <Descriptions
        column={1}
        size="small"
        bordered
        styles={{ label: { width: 110 } }}
        items={[
          { key: 'status', label: t('links.fields.status'), children: <LinkStatusTag status={link.status} /> },
          { key: 'upperTenant', label: t('links.fields.upperTenant'), children: link.upperTenantName },
          { key: 'upperOrg', label: t('links.fields.upperOrg'), children: link.upperOrgName },
          { key: 'requestedAt', label: t('links.fields.requestedAt'), children: formatShanghaiTime(link.requestedAt) },
          ...(link.status === 'ACTIVE' && link.decidedAt
            ? [{ key: 'decidedAt', label: t('links.fields.activeSince'), children: formatShanghaiTime(link.decidedAt) }]
            : []),
          ...(link.note ? [{ key: 'note', label: t('links.fields.note'), children: link.note }] : []),
        ]}
      />
      <Typography.Text type="secondary">
        {t(link.status === 'ACTIVE' ? 'links.upper.activeHint' : 'links.upper.pendingHint')}
      </Typography.Text>
      <LinkActions link={link} onAction={onAction} />
    </Flex>
  );
}

interface LowerLinksCardProps {
  /** Lower tenants' links to nodes the caller reaches (side UPPER), newest first. */
  links: readonly Link[];
  onAction: OnAction;
}

/** 下级单位: requests waiting for an answer, active links, and those that ended. */
export function LowerLinksCard({ links, onAction }: LowerLinksCardProps) {
  const { t } = useTranslation();
  const isPhone = Grid.useBreakpoint().md !== true;
  const pending = links.filter((link) => link.status === 'REQUESTED');
  const active = links.filter((link) => link.status === 'ACTIVE');
  const ended = links.filter((link) => !isCurrent(link.status));

  const list = (shown: readonly Link[], emptyText: string | undefined) => (
    <RowList<Link>
      items={shown}
      rowKey={(link) => link.id}
      rowTestId={(link) => `lower-link-${link.id}`}
      emptyText={emptyText}
      renderRow={(link) => <LowerLink link={link} onAction={onAction} />}
    />
  );

  return (
    <Card title={t('links.lower.title')} styles={{ body: { padding: isPhone ? 12 : 24 } }} data-testid="lower-links">
      {links.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('links.lower.empty')} />
      ) : (
        <Flex vertical gap={16}>
          <section>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {t('links.lower.pending', { count: pending.length })}
            </Typography.Title>
            {list(pending, t('links.lower.noPending'))}
          </section>
          <section>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {t('links.lower.active', { count: active.length })}
            </Typography.Title>
            {list(active, t('links.lower.noActive'))}
          </section>
          {ended.length > 0 && (
            <Collapse
              size="small"
              items={[{ key: 'ended', label: t('links.lower.ended', { count: ended.length }), children: list(ended, undefined) }]}
            />
          )}
        </Flex>
      )}
    </Card>
  );
}

function LowerLink({ link, onAction }: { link: Link; onAction: OnAction }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
      <Flex wrap align="center" gap={8}>
        <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
          {link.lowerTenantName}
        </Typography.Text>
        <LinkStatusTag status={link.status} />
      </Flex>
      <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
        {t('links.lower.rootLine', { root: link.lowerRootName, org: link.upperOrgName })}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {whenOf(link, t)}
      </Typography.Text>
      {link.note && (
        <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
          {t('links.lower.noteLine', { note: link.note })}
        </Typography.Text>
      )}
      <LinkActions link={link} onAction={onAction} />
    </Flex>
  );
}
