import { BranchesOutlined, FileTextOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, InputNumber, Skeleton, Tag, Tooltip, Typography, theme } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { OrgTreeSelect } from '@/components/OrgTreeSelect';
import { useDescribeError } from '@/components/useDescribeError';
import type { OrgSchemes, SchemeRecord } from '@/lib/api/types';
import { todayInChina } from '@/lib/chinaTime';
import { orgQuery } from '@/lib/orgs/orgs';
import { useTenant } from '@/lib/tenant/tenantContext';
import { useCreateScheme, useOrgSchemes } from '../api/library';
import { NewSchemeModal, type SchemeSource } from './NewSchemeModal';
import { VersionTags } from './VersionTags';

function currentYear(): number {
  return Number(todayInChina().slice(0, 4));
}

/** The published version of a scheme: the one that applies. */
function publishedOf(scheme: SchemeRecord) {
  return scheme.versions.find((version) => version.status === 'PUBLISHED');
}

/**
 * 本单位方案: an org's own schemes for a year and the one that applies to it, its own or inherited from above;
 * a new one from a preset, an exported file, or derived from the scheme above.
 */
export function OrgSchemesCard({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const { roles } = useTenant();
  const [searchParams, setSearchParams] = useSearchParams();
  const [source, setSource] = useState<SchemeSource>();
  const orgId = searchParams.get('org') ?? roles[0]?.org.id;
  const yearParam = Number(searchParams.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= 2000 && yearParam <= 2100 ? yearParam : currentYear();
  const schemes = useOrgSchemes(tenantId, orgId, year);
  // The chosen org by name, also when it comes from the address and its level of the tree is not loaded.
  const org = useQuery({ ...orgQuery(tenantId, orgId ?? ''), enabled: orgId !== undefined });
  const administers = roles.some((assignment) => assignment.role === 'COMMITTEE_ADMIN');
  const orgName = org.data?.id === orgId ? org.data?.name : undefined;

  const choose = (next: { org?: string; year?: number }) => {
    const params = new URLSearchParams(searchParams);
    if (next.org !== undefined) params.set('org', next.org);
    if (next.year !== undefined) params.set('year', String(next.year));
    setSearchParams(params, { replace: true });
  };

  return (
    <Card size="small" title={t('schemes.org.title')} data-testid="org-schemes">
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('schemes.org.intro')}
        </Typography.Paragraph>
        <Flex gap={8} wrap align="center">
          <div style={{ flex: '1 1 240px', maxWidth: 420, minWidth: 0 }}>
            <OrgTreeSelect
              tenantId={tenantId}
              aria-label={t('schemes.org.org')}
              placeholder={t('schemes.org.orgPlaceholder')}
              value={orgId}
              valueOrg={org.data}
              onChange={(chosen) => chosen !== undefined && choose({ org: chosen })}
            />
          </div>
          <InputNumber<number>
            aria-label={t('schemes.org.year')}
            prefix={<Typography.Text type="secondary">{t('schemes.org.year')}</Typography.Text>}
            value={year}
            min={2000}
            max={2100}
            precision={0}
            onChange={(value) => value !== null && value >= 2000 && value <= 2100 && choose({ year: value })}
            style={{ width: 150 }}
          />
        </Flex>
        {orgId === undefined ? (
          <Empty description={t('schemes.org.pickOrg')} />
        ) : schemes.error && schemes.data === undefined ? (
          <ErrorState error={schemes.error} onRetry={() => void schemes.refetch()} />
        ) : schemes.data === undefined ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : (
          <OrgSchemesBody
            tenantId={tenantId}
            orgId={orgId}
            year={year}
            data={schemes.data}
            administers={administers}
            onNew={setSource}
          />
        )}
      </Flex>
      {source !== undefined && orgId !== undefined && (
        <NewSchemeModal
          tenantId={tenantId}
          source={source}
          orgId={orgId}
          orgName={orgName}
          year={year}
          onClose={() => setSource(undefined)}
        />
      )}
    </Card>
  );
}

interface BodyProps {
  tenantId: string;
  orgId: string;
  year: number;
  data: OrgSchemes;
  administers: boolean;
  onNew: (source: SchemeSource) => void;
}

function OrgSchemesBody({ tenantId, orgId, year, data, administers, onNew }: BodyProps) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const describeError = useDescribeError();
  const navigate = useNavigate();
  const create = useCreateScheme(tenantId);
  const { own, applying } = data;
  const inherited = applying !== null && applying.orgId !== orgId ? applying : undefined;
  const parentVersion = inherited && publishedOf(inherited);
  const hasOwn = own.length > 0;
  const exists = hasOwn ? t('schemes.org.exists', { year }) : undefined;

  const derive = () => {
    if (inherited === undefined || parentVersion === undefined) return;
    modal.confirm({
      title: t('schemes.org.deriveConfirm.title'),
      content: t('schemes.org.deriveConfirm.content', {
        org: inherited.orgName,
        name: inherited.name,
        number: parentVersion.number,
        year,
      }),
      okText: t('schemes.org.deriveConfirm.ok'),
      cancelText: t('schemes.org.deriveConfirm.cancel'),
      onOk: () =>
        create
          .mutateAsync({ orgId, body: { year, deriveFromVersionId: parentVersion.id } })
          .then((scheme) => {
            void message.success(t('schemes.org.created'));
            void navigate(`/schemes/${scheme.id}`);
          })
          .catch((error: unknown) => void message.error(describeError(error))),
    });
  };

  return (
    <Flex vertical gap={12}>
      <ApplyingAlert year={year} orgId={orgId} applying={applying} />
      <Flex gap={8} wrap>
        {administers && (
          <Tooltip title={exists}>
            <Button type="primary" icon={<PlusOutlined />} disabled={hasOwn} onClick={() => onNew('preset')}>
              {t('schemes.org.new')}
            </Button>
          </Tooltip>
        )}
        {parentVersion !== undefined && (
          <Tooltip title={exists}>
            <Button icon={<BranchesOutlined />} disabled={hasOwn} loading={create.isPending} onClick={derive}>
              {t('schemes.org.derive')}
            </Button>
          </Tooltip>
        )}
        {administers && (
          <Tooltip title={exists}>
            <Button icon={<ImportOutlined />} disabled={hasOwn} onClick={() => onNew('import')}>
              {t('schemes.org.import')}
            </Button>
          </Tooltip>
        )}
      </Flex>
      {hasOwn ? (
        <Card size="small" styles={{ body: { padding: 0 } }} data-testid="own-schemes">
          {own.map((scheme, index) => (
            <OwnScheme key={scheme.id} scheme={scheme} first={index === 0} />
          ))}
        </Card>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('schemes.org.empty', { year })} />
      )}
    </Flex>
  );
}

/** One of the org's own schemes: its name, whether it is derived, its versions. */
function OwnScheme({ scheme, first }: { scheme: SchemeRecord; first: boolean }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  return (
    <Flex
      justify="space-between"
      align="center"
      gap={8}
      style={{ padding: '8px 12px', borderTop: first ? undefined : `1px solid ${token.colorSplit}` }}
      data-testid={`own-scheme-${scheme.code}`}
    >
      <Flex vertical gap={4} style={{ minWidth: 0 }}>
        <Flex gap={8} wrap align="center">
          <Link to={`/schemes/${scheme.id}`} style={{ overflowWrap: 'anywhere' }}>
            {scheme.name}
          </Link>
          {scheme.derivedFromVersionId != null && (
            <Tag color="purple" style={{ marginInlineEnd: 0 }}>
              {t('schemes.org.derived')}
            </Tag>
          )}
        </Flex>
        <VersionTags versions={scheme.versions} />
      </Flex>
      <Button icon={<FileTextOutlined />} onClick={() => void navigate(`/schemes/${scheme.id}`)} style={{ flex: 'none' }}>
        {t('schemes.org.open')}
      </Button>
    </Flex>
  );
}

/** Which scheme applies for the year: the org's own, one inherited from above, or none yet. */
function ApplyingAlert({ year, orgId, applying }: { year: number; orgId: string; applying: SchemeRecord | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const version = applying === null ? undefined : publishedOf(applying);
  if (applying === null || version === undefined) {
    return <Alert type="warning" showIcon title={t('schemes.org.applyingNone', { year })} data-testid="applying" />;
  }
  const own = applying.orgId === orgId;
  return (
    <Alert
      type={own ? 'success' : 'info'}
      showIcon
      data-testid="applying"
      title={t(own ? 'schemes.org.applyingOwn' : 'schemes.org.applyingInherited', {
        year,
        org: applying.orgName,
        name: applying.name,
        number: version.number,
      })}
      action={
        <Button size="small" onClick={() => void navigate(`/schemes/${applying.id}?v=${version.number}`)}>
          {t('schemes.org.view')}
        </Button>
      }
    />
  );
}
