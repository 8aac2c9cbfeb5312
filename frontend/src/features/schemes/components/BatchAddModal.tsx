import { Checkbox, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchemeDocument } from '@/lib/api/types';
import { MonthsSelect } from './EntryFields';
import { ruleText, vetoTriggers } from '@/lib/schemes/schemeFormat';

interface BatchAddModalProps {
  scheme: SchemeDocument;
  open: boolean;
  onAdd: (items: string[], months: number[]) => void;
  onClose: () => void;
}

/** Several items at once (whole sections with one tick) in the same months: one row each. */
export function BatchAddModal({ scheme, open, onAdd, onClose }: BatchAddModalProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [months, setMonths] = useState<number[]>([]);
  const triggers = vetoTriggers(scheme);
  const ordered = scheme.sections
    .flatMap((section) => section.items.map((item) => item.code))
    .filter((code) => chosen.has(code));

  const toggle = (codes: readonly string[], on: boolean) => {
    const next = new Set(chosen);
    codes.forEach((code) => (on ? next.add(code) : next.delete(code)));
    setChosen(next);
  };
  const reset = () => {
    setChosen(new Set());
    setMonths([]);
  };

  return (
    <Modal
      open={open}
      title={t('schemes.batch.title')}
      okText={t('schemes.batch.ok', { count: ordered.length })}
      cancelText={t('schemes.batch.cancel')}
      okButtonProps={{ disabled: ordered.length === 0 || months.length === 0 }}
      onOk={() => {
        onAdd(ordered, months);
        reset();
      }}
      onCancel={onClose}
      afterClose={reset}
      destroyOnHidden
      data-testid="batch-add"
      styles={{ body: { maxHeight: '60vh', overflowY: 'auto' } }}
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('schemes.batch.hint')}</Typography.Text>
        <MonthsSelect
          value={months}
          onChange={setMonths}
          ariaLabel={t('schemes.batch.months')}
          placeholder={t('schemes.batch.monthsPlaceholder')}
        />
        {scheme.sections.map((section) => {
          const codes = section.items.map((item) => item.code);
          const count = codes.filter((code) => chosen.has(code)).length;
          return (
            <Flex vertical gap={4} key={section.code} data-testid={`batch-section-${section.code}`}>
              <Checkbox
                checked={count > 0 && count === codes.length}
                indeterminate={count > 0 && count < codes.length}
                onChange={(event) => toggle(codes, event.target.checked)}
              >
                <Typography.Text strong>{section.name}</Typography.Text>
              </Checkbox>
              <Flex vertical gap={2} style={{ paddingInlineStart: 24 }}>
                {section.items.map((item) => (
                  <Checkbox
                    key={item.code}
                    checked={chosen.has(item.code)}
                    onChange={(event) => toggle([item.code], event.target.checked)}
                  >
                    {item.name}
                    <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                      {ruleText(item, t, triggers.has(item.code))}
                    </Typography.Text>
                  </Checkbox>
                ))}
              </Flex>
            </Flex>
          );
        })}
      </Flex>
    </Modal>
  );
}
