import { Alert, App, Form, Input, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { clearProblemsOnChange, placeFieldErrors, showProblems } from '@/components/formErrors';
import { useDescribeError } from '@/components/useDescribeError';
import { ApiError } from '@/lib/api/problem';
import type { LedgerRow, SchemeItem } from '@/lib/api/types';
import { formatPoints } from '@/lib/cycle/format';
import { adjustedField, valueFieldOf } from '@/lib/cycle/ruleValues';
import { useCorrectEntry } from '../api/ledger';
import { correctionProblems, correctionRequest, type CorrectionValues } from './recordRules';

interface CorrectionModalProps {
  tenantId: string;
  row: LedgerRow;
  /** The row's item in the scheme, for the value its rule changes; without it (no longer in the scheme) only voiding is offered. */
  item: SchemeItem | undefined;
  onClose: () => void;
}

const correctionFields: readonly (keyof CorrectionValues)[] = ['quantity', 'points', 'level', 'awarded', 'reason'];

/** 更正: a new row replaces this one, with new values or voiding it, and the reason; the old row stays on the ledger. */
export function CorrectionModal({ tenantId, row, item, onClose }: CorrectionModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const [form] = Form.useForm<CorrectionValues>();
  const correct = useCorrectEntry(tenantId);
  const ruleType = item?.rule.type;
  const field = adjustedField(ruleType ?? 'FIXED');
  const way = Form.useWatch('way', form) ?? (item ? 'values' : 'void');
  const newValueLabel = {
    quantity: t(valueFieldOf({ ruleType: ruleType ?? '' }) === 'hours' ? 'ledger.newHours' : 'ledger.newCount'),
    points: t('ledger.newPoints', { min: item?.rule.min ?? 0, max: item?.rule.max ?? 0 }),
    level: t('ledger.newLevel'),
    awarded: t('ledger.newAwarded'),
  }[field];

  const send = async () => {
    const values = { ...(form.getFieldsValue(true) as CorrectionValues), way };
    const problems = correctionProblems(ruleType, values);
    if (showProblems(form, problems, (_, field) => t(field === 'reason' ? 'ledger.problems.reason' : 'declare.problems.required'))) return;
    try {
      await correct.mutateAsync({ id: row.id, body: correctionRequest(ruleType, values) });
      message.success(t(way === 'void' ? 'ledger.voidedDone' : 'ledger.correctedDone'));
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        // Someone corrected it first: the list is refreshed, and the latest row is the one to correct.
        message.warning(describeError(error));
        onClose();
        return;
      }
      const rest = placeFieldErrors(form, error, (backendField) => correctionFields.find((candidate) => candidate === backendField), describeError);
      if (rest) message.error(rest);
    }
  };

  return (
    <Modal
      open
      title={t('ledger.correctTitle', { item: row.itemName, month: row.month })}
      okText={t(way === 'void' ? 'ledger.void' : 'ledger.correct')}
      okButtonProps={{ danger: way === 'void' }}
      onOk={() => void send()}
      confirmLoading={correct.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('ledger.appendOnly')} style={{ marginBottom: 16 }} />
      <Typography.Paragraph type="secondary">
        {t('ledger.currentValue', { value: currentValue(row) })}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        name="correction"
        requiredMark={false}
        initialValues={{
          way: item ? 'values' : 'void',
          quantity: row.quantity,
          points: row.points ?? undefined,
          level: row.level ?? undefined,
          awarded: row.awarded ?? row.points ?? undefined,
        }}
        onValuesChange={clearProblemsOnChange(form)}
      >
        <Form.Item name="way">
          <Radio.Group
            options={[
              { value: 'values', label: t('ledger.ways.values'), disabled: item === undefined },
              { value: 'void', label: t('ledger.ways.void') },
            ]}
          />
        </Form.Item>
        {way === 'values' && (
          <Form.Item name={field} label={newValueLabel}>
            {field === 'level' ? (
              <Select options={(item?.rule.levels ?? []).map(({ level }) => ({ label: level, value: level }))} />
            ) : (
              <InputNumber style={{ width: '100%' }} min={field === 'quantity' ? 0.5 : undefined} inputMode="decimal" />
            )}
          </Form.Item>
        )}
        <Form.Item name="reason" label={t('ledger.correctionReason')}>
          <Input.TextArea rows={3} maxLength={500} placeholder={t('ledger.correctionReasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** What the row holds now, in words: its points, its count or its level. */
function currentValue(row: LedgerRow): string {
  const points = row.awarded ?? row.points;
  return [points != null ? formatPoints(points, true) : undefined, row.quantity !== 1 ? `× ${row.quantity}` : undefined, row.level]
    .filter(Boolean)
    .join(' · ') || '—';
}
