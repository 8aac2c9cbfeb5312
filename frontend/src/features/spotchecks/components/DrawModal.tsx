import { App, Form, Input, InputNumber, Modal, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { clearProblemsOnChange, placeFieldErrors, showProblems } from '@/components/formErrors';
import { OrgTreeSelect } from '@/components/OrgTreeSelect';
import { useDescribeError } from '@/components/useDescribeError';
import { useDrawSpotCheck } from '../api/spotChecks';
import { drawProblems, drawRequest, type DrawValues } from './drawRules';

interface DrawModalProps {
  tenantId: string;
  /** The values to start from: the org in view, or an earlier check to draw again with its seed. */
  initial: DrawValues;
  /** The initial org's name, before the tree is loaded down to it. */
  orgName?: string;
  onClose: () => void;
}

const formFields: readonly (keyof DrawValues)[] = ['orgId', 'from', 'to', 'count', 'percent', 'seed'];

/** 抽查: a random sample of the entries under an org in a range of months, by count or by share; the seed is recorded. */
export function DrawModal({ tenantId, initial, orgName, onClose }: DrawModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const navigate = useNavigate();
  const [form] = Form.useForm<DrawValues>();
  const draw = useDrawSpotCheck(tenantId);
  const by = Form.useWatch('by', form) ?? initial.by;

  const send = async () => {
    const values = { ...(form.getFieldsValue(true) as DrawValues), by };
    if (showProblems(form, drawProblems(values), (problem) => t(`spotChecks.problems.${problem}`))) return;
    try {
      const check = await draw.mutateAsync(drawRequest(values));
      message.success(t('spotChecks.drawn', { count: check.items.length, seed: check.seed }));
      onClose();
      void navigate(`/spot-checks/${check.id}`);
    } catch (error) {
      const rest = placeFieldErrors(form, error, (field) => formFields.find((candidate) => candidate === field), describeError);
      if (rest) message.error(rest);
    }
  };

  return (
    <Modal
      open
      title={t('spotChecks.drawTitle')}
      okText={t('spotChecks.draw')}
      onOk={() => void send()}
      confirmLoading={draw.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        name="draw"
        requiredMark={false}
        initialValues={initial}
        onValuesChange={clearProblemsOnChange(form)}
      >
        <Form.Item name="orgId" label={t('spotChecks.org')}>
          <OrgTreeSelect tenantId={tenantId} valueLabel={orgName} placeholder={t('spotChecks.chooseOrg')} />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="from" label={t('spotChecks.from')} style={{ flex: 1 }}>
            <Input type="month" />
          </Form.Item>
          <Form.Item name="to" label={t('spotChecks.to')} style={{ flex: 1 }}>
            <Input type="month" />
          </Form.Item>
        </div>
        <Form.Item name="by" label={t('spotChecks.sampleBy')}>
          <Segmented
            options={[
              { value: 'count', label: t('spotChecks.byCount') },
              { value: 'percent', label: t('spotChecks.byPercent') },
            ]}
          />
        </Form.Item>
        {by === 'count' ? (
          <Form.Item name="count" label={t('spotChecks.count')}>
            <InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} inputMode="numeric" />
          </Form.Item>
        ) : (
          <Form.Item name="percent" label={t('spotChecks.percent')}>
            <InputNumber min={0.1} max={100} step={1} style={{ width: '100%' }} inputMode="decimal" />
          </Form.Item>
        )}
        <Form.Item name="seed" label={t('spotChecks.seed')} extra={<Typography.Text type="secondary">{t('spotChecks.seedHint')}</Typography.Text>}>
          <Input inputMode="numeric" placeholder={t('spotChecks.seedPlaceholder')} allowClear />
        </Form.Item>
      </Form>
    </Modal>
  );
}
