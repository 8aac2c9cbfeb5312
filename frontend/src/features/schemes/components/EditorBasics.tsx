import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Aggregation } from '@/lib/api/types';
import { CheckField, FieldGroup, NumberField, TextField } from './EditorFields';
import { labelKey } from './schemePaths';
import { aggregations, months } from '@/lib/schemes/schemeFormat';

const cell = { xs: 12, sm: 8, lg: 6 };

/** 基本信息: name, description, how the year is reckoned, publicity and the declaration deadline. */
export function EditorBasics() {
  const { t } = useTranslation();
  return (
    <Row gutter={12}>
      <Col xs={24} lg={12}>
        <TextField name={['name']} label={labelKey('scheme', 'name')} />
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item name="aggregation" label={t(labelKey('scheme', 'aggregation'))}>
          <Select<Aggregation> options={aggregations.map((value) => ({ value, label: t(`schemes.aggregations.${value}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="description" label={t(labelKey('scheme', 'description'))}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Col>
      <Col {...cell}>
        <NumberField name={['publicityDays']} label={labelKey('scheme', 'publicityDays')} precision={0} min={0} />
      </Col>
      <Col {...cell}>
        <NumberField name={['declarationDeadlineDay']} label={labelKey('scheme', 'declarationDeadlineDay')} precision={0} min={1} />
      </Col>
    </Row>
  );
}

/** 预警与排名: when members are alerted about low scores, and how the branch ranks and publicises. */
export function EditorAlerts() {
  const { t } = useTranslation();
  return (
    <>
      <Row gutter={12}>
        <Col {...cell}>
          <NumberField name={['alerts', 'passingScore']} label={labelKey('alerts', 'passingScore')} />
        </Col>
        <Col xs={24} sm={16} lg={6}>
          <Form.Item name={['alerts', 'consecutiveMonths']} label={t(labelKey('alerts', 'consecutiveMonths'))}>
            <Select mode="multiple" options={months.map((value) => ({ value, label: String(value) }))} />
          </Form.Item>
        </Col>
        <Col {...cell}>
          <NumberField name={['alerts', 'branchShareBelowPassing']} label={labelKey('alerts', 'branchShareBelowPassing')} min={0} />
        </Col>
        <Col xs={24} sm={8} lg={6}>
          <CheckField name={['alerts', 'zeroMonth']} label={labelKey('alerts', 'zeroMonth')} aligned />
        </Col>
      </Row>
      <FieldGroup>{t('schemes.groups.ranking')}</FieldGroup>
      <Row gutter={12}>
        <Col xs={12} lg={6}>
          <CheckField name={['ranking', 'inBranch']} label={labelKey('ranking', 'inBranch')} />
        </Col>
        <Col xs={12} lg={6}>
          <CheckField name={['ranking', 'topFivePublicity']} label={labelKey('ranking', 'topFivePublicity')} />
        </Col>
      </Row>
    </>
  );
}
