import { App, Flex, Form, Input, Modal, Select, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EntryValueFields } from '@/components/EntryValueFields';
import { clearProblemsOnChange, placeFieldErrors, showProblems } from '@/components/formErrors';
import { useDescribeError } from '@/components/useDescribeError';
import type { Member, SchemeDocument, SchemeItem } from '@/lib/api/types';
import { currentMonthInChina } from '@/lib/cycle/format';
import { entryValueFields, valueFieldOf } from '@/lib/cycle/ruleValues';
import { appliesToText, ruleText, vetoTriggers } from '@/lib/schemes/schemeFormat';
import { useRecordEntry } from '../api/ledger';
import { recordableBySection, recordFieldOf, recordProblems, recordRequest, type RecordProblem, type RecordValues } from './recordRules';

interface RecordEntryModalProps {
  tenantId: string;
  member: Member;
  year: number;
  document: SchemeDocument;
  onClose: () => void;
}

/** 记分: one entry on a member's ledger, for an item of the scheme their branch is scored by. */
export function RecordEntryModal({ tenantId, member, year, document, onClose }: RecordEntryModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const [form] = Form.useForm<RecordValues>();
  const record = useRecordEntry(tenantId);
  const groups = useMemo(() => recordableBySection(document, member), [document, member]);
  const vetoes = useMemo(() => vetoTriggers(document), [document]);
  const itemCode = Form.useWatch('item', form);
  const item = groups.flatMap((group) => group.items).find((candidate) => candidate.code === itemCode);
  const valueField = item ? valueFieldOf({ ruleType: item.rule.type }) : 'none';
  const thisMonth = currentMonthInChina();
  const lastMonth = `${year}-12` < thisMonth ? `${year}-12` : thisMonth;

  const send = async () => {
    const values = form.getFieldsValue(true) as RecordValues;
    const problems = recordProblems(item, values, thisMonth);
    const inWords = (problem: RecordProblem) =>
      problem === 'future' ? t('ledger.problems.futureMonth') : t(`declare.problems.${problem}`, { min: item?.rule.min, max: item?.rule.max });
    if (showProblems(form, problems, inWords) || item === undefined) return;
    try {
      await record.mutateAsync(recordRequest(member.id, item, values));
      message.success(t('ledger.recorded', { item: item.name, name: member.name }));
      onClose();
    } catch (error) {
      const rest = placeFieldErrors(form, error, (field) => recordFieldOf(field, item), describeError);
      if (rest) message.error(rest);
    }
  };

  return (
    <Modal
      open
      title={t('ledger.recordTitle', { name: member.name })}
      okText={t('ledger.record')}
      onOk={() => void send()}
      confirmLoading={record.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        name="record"
        requiredMark={false}
        initialValues={{ month: lastMonth }}
        onValuesChange={clearProblemsOnChange(form)}
      >
        <Form.Item name="item" label={t('ledger.item')}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('ledger.itemPlaceholder')}
            options={groups.map((group) => ({
              label: group.name,
              title: group.name,
              options: group.items.map((candidate) => ({
                value: candidate.code,
                label: `${candidate.name}（${ruleText(candidate, t, vetoes.has(candidate.code))}）`,
                title: candidate.name,
              })),
            }))}
            onChange={() => form.setFields(entryValueFields.map((name) => ({ name, value: undefined, errors: [] })))}
          />
        </Form.Item>
        {item && <ItemHint item={item} isVeto={vetoes.has(item.code)} />}
        <Form.Item name="month" label={t('ledger.month')}>
          <Input type="month" min={`${year}-01`} max={lastMonth} />
        </Form.Item>
        <EntryValueFields
          field={valueField}
          min={item?.rule.min}
          max={item?.rule.max}
          levels={(item?.rule.levels ?? []).map(({ level }) => level)}
        />
        <Form.Item name="reason" label={t('ledger.reasonOptional')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The chosen item's rule, who usually records it, and whether it is a deduction or a veto. */
function ItemHint({ item, isVeto }: { item: SchemeItem; isVeto: boolean }) {
  const { t } = useTranslation();
  const deduction = (item.rule.points ?? 0) < 0 || (item.rule.max ?? 0) < 0;
  const usually = item.recordedBy && item.recordedBy !== 'RECORDER' ? t(`ledger.usually.${item.recordedBy}`) : undefined;
  return (
    <Flex vertical gap={2} data-testid="rule-hint" style={{ marginTop: -16, marginBottom: 16 }}>
      <Flex gap={6} wrap align="center">
        <Typography.Text type="secondary">{ruleText(item, t, isVeto)}</Typography.Text>
        {deduction && <Tag color="red">{t('ledger.deduction')}</Tag>}
        {isVeto && <Tag color="magenta">{t('ledger.veto')}</Tag>}
      </Flex>
      {[usually, ...appliesToText(item.appliesTo, t)].filter(Boolean).map((text) => (
        <Typography.Text key={text} type="secondary" style={{ fontSize: 12 }}>
          {text}
        </Typography.Text>
      ))}
    </Flex>
  );
}
