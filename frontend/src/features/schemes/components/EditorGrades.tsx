import { Col, Form, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GradeBand, QuotaScope, TieBreak } from '@/lib/api/types';
import { FieldGroup, NumberField, TextField } from './EditorFields';
import { EditorList } from './EditorList';
import { labelKey } from './schemePaths';

const scopes: readonly QuotaScope[] = ['BRANCH', 'GENERAL_BRANCH', 'COMMITTEE'];
const tieBreaks: readonly TieBreak[] = ['ANNUAL_SCORE', 'EVALUATION', 'FEWER_DEDUCTIONS'];
const cell = { xs: 12, sm: 8, lg: 4 };

/** 等次: the grade bands from the top down (the last one without a minimum), and the top grade's quota. */
export function EditorGrades() {
  const { t } = useTranslation();
  const grades = Form.useWatch<GradeBand[] | undefined>('grades') ?? [];
  return (
    <>
      <EditorList
        name={['grades']}
        testId="grade-row"
        addLabel={t('schemes.editor.addGrade')}
        newElement={() => ({ grade: '' })}
        row={(index) => (
          <>
            <Col xs={12} sm={8}>
              <TextField name={[index, 'grade']} label={labelKey('grade', 'grade')} />
            </Col>
            <Col xs={12} sm={8}>
              <NumberField name={[index, 'min']} label={labelKey('grade', 'min')} />
            </Col>
          </>
        )}
      />
      <FieldGroup>{t('schemes.groups.quota')}</FieldGroup>
      <Row gutter={12}>
        <Col {...cell}>
          <Form.Item name={['quota', 'grade']} label={t(labelKey('quota', 'grade'))}>
            <Select
              allowClear
              options={grades.filter((band) => band.grade).map((band) => ({ value: band.grade, label: band.grade }))}
            />
          </Form.Item>
        </Col>
        <Col {...cell}>
          <NumberField name={['quota', 'ratioNumerator']} label={labelKey('quota', 'ratioNumerator')} precision={0} min={0} />
        </Col>
        <Col {...cell}>
          <NumberField name={['quota', 'ratioDenominator']} label={labelKey('quota', 'ratioDenominator')} precision={0} min={1} />
        </Col>
        <Col {...cell}>
          <Form.Item name={['quota', 'scope']} label={t(labelKey('quota', 'scope'))}>
            <Select allowClear options={scopes.map((value) => ({ value, label: t(`schemes.scopes.${value}`) }))} />
          </Form.Item>
        </Col>
        <Col {...cell}>
          <NumberField name={['quota', 'topN']} label={labelKey('quota', 'topN')} precision={0} min={1} />
        </Col>
        <Col {...cell}>
          <NumberField name={['quota', 'minScore']} label={labelKey('quota', 'minScore')} />
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item name={['quota', 'tieBreak']} label={t(labelKey('quota', 'tieBreak'))}>
            <Select mode="multiple" options={tieBreaks.map((value) => ({ value, label: t(`schemes.tieBreaks.${value}`) }))} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
