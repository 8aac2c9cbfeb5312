import { Button, Divider, Flex, Input, InputNumber, Select, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchemeDocument, SchemeItem } from '@/lib/api/types';
import type { EntryRow, RowErrors } from './previewRows';
import { formatPoints, monthName, months, monthsSummary, ruleText, vetoTriggers } from '@/lib/schemes/schemeFormat';

/** An input with the problems the user must fix under it, and otherwise its hint. */
export function FieldSlot({
  label,
  errors,
  hint,
  children,
}: {
  label?: ReactNode;
  errors?: readonly string[];
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Flex vertical gap={2} style={{ minWidth: 0 }}>
      {label && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {label}
        </Typography.Text>
      )}
      {children}
      {errors?.length ? (
        errors.map((message) => (
          <Typography.Text key={message} type="danger" style={{ fontSize: 12 }} role="alert">
            {message}
          </Typography.Text>
        ))
      ) : hint ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {hint}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

interface ItemOption {
  value: string;
  label: string;
  search: string;
  rule: string;
}

/** The scheme's items grouped by section, searchable by name or code. */
export function ItemSelect({
  scheme,
  value,
  onChange,
  ariaLabel,
  error,
}: {
  scheme: SchemeDocument;
  value: string | undefined;
  onChange: (code: string) => void;
  ariaLabel: string;
  error: boolean;
}) {
  const { t } = useTranslation();
  const triggers = vetoTriggers(scheme);
  const options = scheme.sections.map((section) => ({
    label: section.name,
    title: section.name,
    options: section.items.map((item): ItemOption => ({
      value: item.code,
      label: item.name,
      search: `${item.name} ${item.code} ${section.name}`.toLowerCase(),
      rule: ruleText(item, t, triggers.has(item.code)),
    })),
  }));
  return (
    <Select<string, ItemOption>
      value={value}
      onChange={onChange}
      options={options as never}
      showSearch={{
        filterOption: (input, option) => option?.search?.includes(input.trim().toLowerCase()) ?? false,
      }}
      optionRender={(option) => (
        <Flex justify="space-between" gap={8}>
          <Typography.Text ellipsis>{option.data.label}</Typography.Text>
          <Typography.Text type="secondary" style={{ flex: 'none', fontSize: 12 }}>
            {option.data.rule}
          </Typography.Text>
        </Flex>
      )}
      placeholder={t('schemes.preview.itemPlaceholder')}
      aria-label={ariaLabel}
      status={error ? 'error' : undefined}
      style={{ width: '100%' }}
      notFoundContent={t('schemes.preview.noItems')}
    />
  );
}

/**
 * Any of the twelve months, picked on a 4 × 3 grid with 全年 and 清空 below it; the choice summarised as
 * 1月–3月、7月–12月.
 */
export function MonthsSelect({
  value,
  onChange,
  ariaLabel,
  error,
  placeholder,
}: {
  value: readonly number[];
  onChange: (months: number[]) => void;
  ariaLabel: string;
  error?: boolean;
  placeholder?: string;
}) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const toggle = (month: number) =>
    onChange(
      value.includes(month) ? value.filter((chosen) => chosen !== month) : [...value, month].sort((a, b) => a - b),
    );
  return (
    <Select<number[]>
      mode="multiple"
      value={[...value]}
      onChange={(chosen) => onChange([...chosen].sort((a, b) => a - b))}
      options={months.map((month) => ({ value: month, label: monthName(month, i18n.language) }))}
      maxTagCount={0}
      maxTagPlaceholder={() => monthsSummary(value, t, i18n.language)}
      showSearch={false}
      allowClear
      placeholder={placeholder ?? t('schemes.preview.monthsPlaceholder')}
      aria-label={ariaLabel}
      status={error ? 'error' : undefined}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
      open={open}
      onOpenChange={setOpen}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
      popupRender={() => (
        // Keeps the focus in the select, so the grid stays open while months are picked.
        <div onMouseDown={(event) => event.preventDefault()} style={{ padding: 4, minWidth: 200 }}>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 4 }}>
            {months.map((month) => {
              const chosen = value.includes(month);
              return (
                <Button
                  key={month}
                  size="small"
                  type={chosen ? 'primary' : 'default'}
                  aria-pressed={chosen}
                  onClick={() => toggle(month)}
                >
                  {monthName(month, i18n.language)}
                </Button>
              );
            })}
          </div>
          <Divider size="small" style={{ marginBlock: 8 }} />
          <Flex gap={8}>
            <Button size="small" onClick={() => onChange([...months])}>
              {t('schemes.preview.allMonths')}
            </Button>
            <Button size="small" onClick={() => onChange([])}>
              {t('schemes.preview.clearMonths')}
            </Button>
            <Button size="small" type="link" onClick={() => setOpen(false)} style={{ marginInlineStart: 'auto' }}>
              {t('schemes.preview.doneMonths')}
            </Button>
          </Flex>
        </div>
      )}
    />
  );
}

/** What the row's rule asks for: a count, hours, points within the range, or a level; a fixed item asks nothing. */
export function RuleValueInput({
  item,
  row,
  onChange,
  errors,
  rowLabel,
  isVetoTrigger,
}: {
  item: SchemeItem | undefined;
  row: EntryRow;
  onChange: (patch: Partial<EntryRow>) => void;
  errors: RowErrors;
  rowLabel: (field: string) => string;
  isVetoTrigger: boolean;
}) {
  const { t } = useTranslation();
  if (item === undefined) {
    return <Typography.Text type="secondary">—</Typography.Text>;
  }
  const { rule } = item;
  switch (rule.type) {
    case 'FIXED':
      return (
        <FieldSlot errors={errors.quantity}>
          <Typography.Text type="secondary" data-testid="fixed-points">
            {ruleText(item, t, isVetoTrigger)}
          </Typography.Text>
        </FieldSlot>
      );
    case 'PER_OCCURRENCE':
    case 'PER_HOUR': {
      const perHour = rule.type === 'PER_HOUR';
      return (
        <FieldSlot errors={errors.quantity} hint={ruleText(item, t)}>
          <InputNumber<number>
            value={row.quantity ?? null}
            onChange={(quantity) => onChange({ quantity })}
            min={perHour ? 0.5 : 1}
            step={perHour ? 0.5 : 1}
            precision={perHour ? 1 : 0}
            suffix={t(perHour ? 'schemes.preview.hoursUnit' : 'schemes.preview.countUnit')}
            aria-label={rowLabel(t(perHour ? 'schemes.preview.hours' : 'schemes.preview.count'))}
            status={errors.quantity ? 'error' : undefined}
            style={{ width: '100%' }}
          />
        </FieldSlot>
      );
    }
    case 'RANGE': {
      const min = rule.min ?? 0;
      const max = rule.max ?? 0;
      const range = { min: formatPoints(min), max: formatPoints(max) };
      return (
        <FieldSlot errors={errors.points} hint={t('schemes.preview.rangeHint', range)}>
          <InputNumber<number>
            value={row.points ?? null}
            onChange={(points) => onChange({ points })}
            min={min}
            max={max}
            step={1}
            suffix={t('schemes.preview.pointsUnit')}
            placeholder={t('schemes.preview.rangePlaceholder', range)}
            aria-label={rowLabel(t('schemes.preview.points'))}
            status={errors.points ? 'error' : undefined}
            style={{ width: '100%' }}
          />
        </FieldSlot>
      );
    }
    case 'LEVELS':
      return (
        <FieldSlot errors={errors.level}>
          <Select<string>
            value={row.level}
            onChange={(level) => onChange({ level })}
            options={(rule.levels ?? []).map((level) => ({
              value: level.level,
              label: t('schemes.preview.levelOption', { level: level.level, points: formatPoints(level.points) }),
            }))}
            placeholder={t('schemes.preview.levelPlaceholder')}
            aria-label={rowLabel(t('schemes.preview.level'))}
            status={errors.level ? 'error' : undefined}
            style={{ width: '100%' }}
            popupMatchSelectWidth={false}
          />
        </FieldSlot>
      );
  }
}

/** For an item in a highest-only group: the achievement an entry names, so the same one counts once. */
export function AchievementInput({
  item,
  row,
  onChange,
  errors,
  rowLabel,
}: {
  item: SchemeItem | undefined;
  row: EntryRow;
  onChange: (patch: Partial<EntryRow>) => void;
  errors: RowErrors;
  rowLabel: (field: string) => string;
}) {
  const { t } = useTranslation();
  if (item?.highestOnlyGroup == null) return null;
  return (
    <FieldSlot errors={errors.achievement} hint={t('schemes.preview.achievementHint')}>
      <Input
        value={row.achievement ?? ''}
        onChange={(event) => onChange({ achievement: event.target.value })}
        placeholder={t('schemes.preview.achievementPlaceholder')}
        aria-label={rowLabel(t('schemes.preview.achievement'))}
        status={errors.achievement ? 'error' : undefined}
        allowClear
      />
    </FieldSlot>
  );
}
