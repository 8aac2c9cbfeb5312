import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ValueField } from '@/lib/cycle/ruleValues';

interface EntryValueFieldsProps {
  field: ValueField;
  /** A range's bounds, for its label (checked on sending, so that a value outside is said rather than clamped). */
  min?: number | null;
  max?: number | null;
  levels: readonly string[];
}

/** The inputs for the one value an entry's rule asks for: a count, hours, points within a range, or a level and its achievement. */
export function EntryValueFields({ field, min, max, levels }: EntryValueFieldsProps) {
  const { t } = useTranslation();
  switch (field) {
    case 'count':
      return (
        <Form.Item name="count" label={t('declare.count')}>
          <InputNumber min={1} precision={0} style={{ width: '100%' }} inputMode="numeric" />
        </Form.Item>
      );
    case 'hours':
      return (
        <Form.Item name="hours" label={t('declare.hours')}>
          <InputNumber min={0.5} step={0.5} style={{ width: '100%' }} inputMode="decimal" />
        </Form.Item>
      );
    case 'points':
      return (
        <Form.Item name="points" label={t('declare.points', { min: min ?? 0, max: max ?? 0 })}>
          <InputNumber style={{ width: '100%' }} inputMode="decimal" />
        </Form.Item>
      );
    case 'level':
      return (
        <>
          <Form.Item name="level" label={t('declare.level')}>
            <Select options={levels.map((level) => ({ label: level, value: level }))} />
          </Form.Item>
          <Form.Item name="achievement" label={t('declare.achievement')}>
            <Input maxLength={100} />
          </Form.Item>
        </>
      );
    case 'none':
      return null;
  }
}
