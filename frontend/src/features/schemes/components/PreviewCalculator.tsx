import { AppstoreAddOutlined, CalculatorOutlined, ClearOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Grid, InputNumber, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '@/components/formErrors';
import { useDescribeError } from '@/components/useDescribeError';
import type { FieldError } from '@/lib/api/problem';
import type { PreviewRequest, PreviewResult, SchemeDocument } from '@/lib/api/types';
import { todayInChina } from '@/lib/chinaTime';
import { usePreview } from '../api/schemes';
import { BatchAddModal } from './BatchAddModal';
import { FieldSlot, MonthsSelect } from './EntryFields';
import { EntryRows } from './EntryRows';
import type { Posted } from '@/components/explanation/explanationText';
import {
  entriesOf,
  missingFields,
  newRowKey,
  placeEntryErrors,
  rowForItem,
  type EntryRow,
  type RowErrors,
} from './previewRows';
import { PreviewResultView } from './PreviewResultView';
import { itemIndex } from '@/lib/schemes/schemeFormat';

interface Ballots {
  good: number | null;
  average: number | null;
  poor: number | null;
}

/** Where a problem outside the rows goes: under the year, the exempt months, the ballots, or in the summary. */
type FormField = 'year' | 'exemptMonths' | 'ballots';

function formFieldOf(field: string): FormField | undefined {
  if (field === 'year') return 'year';
  if (field === 'exemptMonths' || field.startsWith('exemptMonths[')) return 'exemptMonths';
  if (field === 'ballots' || field.startsWith('ballots.')) return 'ballots';
  return undefined;
}

interface Computed {
  result: PreviewResult;
  posted: Posted & { exemptMonths: readonly number[] };
  /** The request as posted, to tell when the inputs have moved on. */
  request: string;
  version: number;
}

/** 试算: sample entries and ballots scored with the opened scheme, as the ledger will score them. */
export function PreviewCalculator({ tenantId, scheme }: { tenantId: string; scheme: SchemeDocument }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const isPhone = Grid.useBreakpoint().md !== true;
  const items = itemIndex(scheme);
  const itemOf = (code: string) => items.get(code)?.item;
  const withEvaluation = scheme.composition.evaluationWeight !== 0;

  const [year, setYear] = useState<number | null>(() => Number(todayInChina().slice(0, 4)));
  const [exemptMonths, setExemptMonths] = useState<number[]>([]);
  const [ballots, setBallots] = useState<Ballots>({ good: null, average: null, poor: null });
  const [rows, setRows] = useState<EntryRow[]>(() => [{ key: newRowKey(), months: [1] }]);
  const [rowErrors, setRowErrors] = useState<ReadonlyMap<string, RowErrors>>(new Map());
  const [formErrors, setFormErrors] = useState<Partial<Record<FormField, string[]>>>({});
  const [otherErrors, setOtherErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string>();
  /** The last 计算 stopped here: rows still lacked something (their errors go as they are edited). */
  const [incomplete, setIncomplete] = useState(false);
  const [batchOpen, setBatchOpen] = useState(false);
  const [computed, setComputed] = useState<Computed>();
  const preview = usePreview(tenantId);
  const resultRef = useRef<HTMLDivElement>(null);

  const { entries, origins } = entriesOf(rows, itemOf);
  const anyBallots = ballots.good !== null || ballots.average !== null || ballots.poor !== null;
  const request: PreviewRequest = {
    scheme,
    ...(year === null ? {} : { year }),
    ...(exemptMonths.length > 0 ? { exemptMonths } : {}),
    entries,
    ...(withEvaluation && anyBallots
      ? { ballots: { good: ballots.good ?? 0, average: ballots.average ?? 0, poor: ballots.poor ?? 0 } }
      : {}),
  };
  const requestText = JSON.stringify(request);

  const forgetRowErrors = (key: string) => {
    if (!rowErrors.has(key)) return;
    const next = new Map(rowErrors);
    next.delete(key);
    setRowErrors(next);
  };
  const changeRow = (key: string, patch: Partial<EntryRow>) => {
    setRows(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
    forgetRowErrors(key);
  };
  const chooseItem = (key: string, code: string) => {
    setRows(rows.map((row) => (row.key === key ? rowForItem(row, itemOf(code)) : row)));
    forgetRowErrors(key);
  };
  const duplicate = (key: string) => {
    const at = rows.findIndex((row) => row.key === key);
    const original = rows[at];
    if (original === undefined) return;
    setRows([...rows.slice(0, at + 1), { ...original, key: newRowKey() }, ...rows.slice(at + 1)]);
  };
  const remove = (key: string) => {
    setRows(rows.filter((row) => row.key !== key));
    forgetRowErrors(key);
  };
  const addRow = () => setRows([...rows, { key: newRowKey(), months: rows.at(-1)?.months ?? [1] }]);
  const addItems = (codes: string[], months: number[]) => {
    setRows([
      // A lone row never filled in gives way to the ones added.
      ...rows.filter((row) => !(rows.length === 1 && row.item === undefined)),
      ...codes.map((code) => rowForItem({ key: newRowKey(), months }, itemOf(code))),
    ]);
    setBatchOpen(false);
  };
  const clear = () => {
    setRows([]);
    setRowErrors(new Map());
  };

  const calculate = () => {
    setFailure(undefined);
    setOtherErrors([]);
    setFormErrors(year === null ? { year: [t('schemes.preview.required.year')] } : {});
    const missing = new Map<string, RowErrors>();
    for (const row of rows) {
      const fields = missingFields(row, row.item === undefined ? undefined : itemOf(row.item));
      if (fields.length > 0) {
        missing.set(
          row.key,
          Object.fromEntries(fields.map((field) => [field, [t(`schemes.preview.required.${field}`)]])),
        );
      }
    }
    setRowErrors(missing);
    setIncomplete(missing.size > 0);
    if (missing.size > 0 || year === null) return;

    const posted = { entries, origins, exemptMonths };
    preview.mutate(request, {
      onSuccess: (result) => {
        setComputed((previous) => ({ result, posted, request: requestText, version: (previous?.version ?? 0) + 1 }));
        requestAnimationFrame(() => resultRef.current?.scrollIntoView?.({ behavior: 'smooth', block: 'start' }));
      },
      onError: (error) => {
        const fieldErrors = fieldErrorsOf(error);
        if (fieldErrors.length === 0) {
          setFailure(describeError(error));
          return;
        }
        const { byRow, others } = placeEntryErrors(fieldErrors, origins);
        const placed: Partial<Record<FormField, string[]>> = {};
        const unplaced: FieldError[] = [];
        for (const fieldError of others) {
          const field = formFieldOf(fieldError.field);
          if (field === undefined) unplaced.push(fieldError);
          else placed[field] = [...(placed[field] ?? []), fieldError.message];
        }
        setRowErrors(byRow);
        setFormErrors(placed);
        setOtherErrors(unplaced);
        setFailure(byRow.size > 0 ? t('schemes.preview.rowsRejected', { count: byRow.size }) : describeError(error));
      },
    });
  };

  const ballotInput = (key: keyof Ballots) => (
    <InputNumber<number>
      value={ballots[key]}
      onChange={(value) => setBallots({ ...ballots, [key]: value })}
      min={0}
      precision={0}
      prefix={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(`schemes.preview.ballots.${key}`)}
        </Typography.Text>
      }
      aria-label={t(`schemes.preview.ballots.${key}`)}
      status={formErrors.ballots ? 'error' : undefined}
      style={{ width: isPhone ? '100%' : 112 }}
    />
  );

  return (
    <Flex vertical gap={16} data-testid="preview-calculator">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('schemes.preview.intro')}
      </Typography.Paragraph>
      <Card size="small" title={t('schemes.preview.settings')}>
        <Flex gap={16} wrap vertical={isPhone}>
          <FieldSlot label={t('schemes.preview.year')} errors={formErrors.year}>
            <InputNumber<number>
              value={year}
              onChange={(value) => {
                setYear(value);
                setFormErrors({ ...formErrors, year: undefined });
              }}
              min={2000}
              max={2100}
              precision={0}
              aria-label={t('schemes.preview.year')}
              status={formErrors.year ? 'error' : undefined}
              style={{ width: isPhone ? '100%' : 120 }}
            />
          </FieldSlot>
          <div style={{ width: isPhone ? '100%' : 260 }}>
            <FieldSlot label={t('schemes.preview.exemptMonths')} errors={formErrors.exemptMonths}>
              <MonthsSelect
                value={exemptMonths}
                onChange={setExemptMonths}
                ariaLabel={t('schemes.preview.exemptMonths')}
                placeholder={t('schemes.preview.exemptPlaceholder')}
                error={formErrors.exemptMonths !== undefined}
              />
            </FieldSlot>
          </div>
          {withEvaluation && (
            <FieldSlot
              label={t('schemes.preview.ballots.label')}
              errors={formErrors.ballots}
              hint={t('schemes.preview.ballots.hint')}
            >
              <Flex gap={8} vertical={isPhone}>
                {ballotInput('good')}
                {ballotInput('average')}
                {ballotInput('poor')}
              </Flex>
            </FieldSlot>
          )}
        </Flex>
      </Card>

      <Card
        size="small"
        title={t('schemes.preview.entries')}
        extra={
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="entry-count">
            {t('schemes.preview.rowCount', { rows: rows.length, entries: entries.length })}
          </Typography.Text>
        }
        styles={{ body: { padding: isPhone ? 8 : 12 } }}
      >
        <Flex vertical gap={12}>
          <Flex gap={8} wrap>
            <Button icon={<PlusOutlined />} onClick={addRow}>
              {t('schemes.preview.add')}
            </Button>
            <Button icon={<AppstoreAddOutlined />} onClick={() => setBatchOpen(true)}>
              {t('schemes.preview.batchAdd')}
            </Button>
            <Button icon={<ClearOutlined />} onClick={clear} disabled={rows.length === 0}>
              {t('schemes.preview.clear')}
            </Button>
          </Flex>
          <EntryRows
            scheme={scheme}
            itemOf={itemOf}
            rows={rows}
            errors={rowErrors}
            onChangeRow={changeRow}
            onChooseItem={chooseItem}
            onDuplicate={duplicate}
            onRemove={remove}
            isPhone={isPhone}
          />
        </Flex>
      </Card>

      <Flex vertical gap={8}>
        {incomplete && rowErrors.size > 0 && (
          <Alert type="warning" showIcon title={t('schemes.preview.incomplete', { count: rowErrors.size })} />
        )}
        {failure && (
          <Alert
            type="error"
            showIcon
            data-testid="preview-error"
            title={failure}
            description={
              otherErrors.length > 0 && (
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {otherErrors.map((error) => (
                    <li key={`${error.field}:${error.message}`}>
                      <Typography.Text code>{error.field}</Typography.Text> {error.message}
                    </li>
                  ))}
                </ul>
              )
            }
          />
        )}
        <Button
          type="primary"
          size="large"
          icon={<CalculatorOutlined />}
          loading={preview.isPending}
          onClick={calculate}
          block={isPhone}
          style={isPhone ? undefined : { alignSelf: 'flex-start', minWidth: 160 }}
        >
          {t('schemes.preview.calculate')}
        </Button>
      </Flex>

      <div ref={resultRef} style={{ scrollMarginTop: 16 }}>
        {computed && (
          <PreviewResultView
            key={computed.version}
            result={computed.result}
            scheme={scheme}
            posted={computed.posted}
            stale={computed.request !== requestText}
            isPhone={isPhone}
          />
        )}
      </div>

      <BatchAddModal scheme={scheme} open={batchOpen} onAdd={addItems} onClose={() => setBatchOpen(false)} />
    </Flex>
  );
}
