import { App, Button, Flex, Form, Input, Select } from 'antd';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EvidenceUpload } from '@/components/EvidenceUpload';
import { EntryValueFields } from '@/components/EntryValueFields';
import { clearProblemsOnChange, placeFieldErrors, showProblems } from '@/components/formErrors';
import { useDescribeError } from '@/components/useDescribeError';
import { newIdempotencyKey } from '@/lib/api/idempotency';
import type { Declaration, MyScheme } from '@/lib/api/types';
import { todayInChina } from '@/lib/chinaTime';
import { entryValueFields, valueFieldOf } from '@/lib/cycle/ruleValues';
import { useSaveDeclaration } from '../api/me';
import {
  declarableBySection,
  declarationProblems,
  declarationRequest,
  formFieldOf,
  type DeclarationValues,
} from './declarationRules';

interface DeclarationFormProps {
  tenantId: string;
  scheme: MyScheme;
  /** A draft or returned declaration to edit; otherwise a new one. */
  editing?: Declaration;
  onDone: () => void;
}

function initialValues(editing: Declaration | undefined): DeclarationValues {
  if (editing === undefined) return { occurredOn: todayInChina(), evidenceIds: [] };
  const hours = editing.ruleType === 'PER_HOUR';
  return {
    item: editing.itemCode,
    occurredOn: editing.occurredOn,
    ...(hours ? { hours: editing.quantity } : { count: editing.quantity }),
    points: editing.points ?? undefined,
    level: editing.level ?? undefined,
    achievement: editing.achievement ?? undefined,
    description: editing.description,
    evidenceIds: editing.evidence.map((evidence) => evidence.id),
  };
}

/** Declares one item: its value by the item's rule, the date, what it was, and the evidence. */
export function DeclarationForm({ tenantId, scheme, editing, onDone }: DeclarationFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const [form] = Form.useForm<DeclarationValues>();
  const save = useSaveDeclaration(tenantId);
  // One key per submission of this form: a retry after a lost answer makes no second declaration.
  const idempotencyKey = useRef(newIdempotencyKey());
  const groups = useMemo(() => declarableBySection(scheme), [scheme]);
  const itemCode = Form.useWatch('item', form);
  const item = groups.flatMap((group) => group.items).find((candidate) => candidate.code === itemCode);
  const valueField = item ? valueFieldOf(item) : 'none';
  const today = todayInChina();

  const send = async (submit: boolean) => {
    const values = form.getFieldsValue(true) as DeclarationValues;
    const problems = declarationProblems(item, values, today);
    if (showProblems(form, problems, (problem) => t(`declare.problems.${problem}`, { min: item?.min, max: item?.max })) || item === undefined) return;
    try {
      await save.mutateAsync({
        existing: editing && { id: editing.id, version: editing.version },
        declaration: declarationRequest(item, values, submit),
        idempotencyKey: idempotencyKey.current,
      });
      idempotencyKey.current = newIdempotencyKey();
      message.success(t(submit ? 'declare.submitted' : 'declare.saved'));
      form.resetFields();
      onDone();
    } catch (error) {
      const rest = placeFieldErrors(form, error, (field) => formFieldOf(field, item), describeError);
      if (rest) message.error(rest);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      name="declaration"
      initialValues={initialValues(editing)}
      requiredMark={false}
      onValuesChange={clearProblemsOnChange(form)}
    >
      <Form.Item name="item" label={t('declare.item')}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('declare.itemPlaceholder')}
          options={groups.map((group) => ({
            label: group.name,
            title: group.name,
            options: group.items.map((candidate) => ({ label: candidate.name, value: candidate.code, title: candidate.name })),
          }))}
          onChange={() => form.setFields(entryValueFields.map((name) => ({ name, value: undefined, errors: [] })))}
        />
      </Form.Item>
      {item && <RuleHint points={item.points} min={item.min} max={item.max} ruleType={item.ruleType} />}
      <Form.Item name="occurredOn" label={t('declare.occurredOn')}>
        <Input type="date" max={today} />
      </Form.Item>
      <EntryValueFields field={valueField} min={item?.min} max={item?.max} levels={item?.levels ?? []} />
      <Form.Item name="description" label={t('declare.description')}>
        <Input.TextArea rows={3} maxLength={2000} placeholder={t('declare.descriptionPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="evidenceIds"
        label={item?.evidenceRequired ? t('declare.evidenceRequired') : t('declare.evidence')}
      >
        <EvidenceUpload tenantId={tenantId} />
      </Form.Item>
      <Flex gap={8} wrap>
        <Button type="primary" loading={save.isPending} onClick={() => void send(true)}>
          {t('declare.submit')}
        </Button>
        <Button disabled={save.isPending} onClick={() => void send(false)}>
          {t('declare.saveDraft')}
        </Button>
        {editing && <Button onClick={onDone}>{t('declare.cancel')}</Button>}
      </Flex>
    </Form>
  );
}

function RuleHint({ ruleType, points, min, max }: { ruleType: string; points?: number | null; min?: number | null; max?: number | null }) {
  const { t } = useTranslation();
  const text =
    ruleType === 'RANGE'
      ? t('declare.rule.RANGE', { min: min ?? 0, max: max ?? 0 })
      : ruleType === 'LEVELS'
        ? t('declare.rule.LEVELS')
        : t(`declare.rule.${ruleType as 'FIXED' | 'PER_OCCURRENCE' | 'PER_HOUR'}`, { points: points ?? 0 });
  return (
    <div data-testid="rule-hint" style={{ marginTop: -16, marginBottom: 16, opacity: 0.65, fontSize: 13 }}>
      {text}
    </div>
  );
}
