import { Col, Form, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NamePath } from './editorContext';
import { CheckField, FieldGroup, NumberField, TextField } from './EditorFields';
import { labelKey } from './schemePaths';
import { memberStatuses, postTypes, recorders } from '@/lib/schemes/schemeFormat';

/**
 * An item's further settings: its limits, who records it, whom it applies to, and what a scheme derived from
 * this one must keep of it (the frame: mandatory, the points allowed).
 */
export function ItemSettings({ name }: { name: NamePath }) {
  const { t } = useTranslation();
  return (
    <>
      <Row gutter={12}>
        <Col xs={12} sm={8} lg={4}>
          <NumberField name={[...name, 'cap']} label={labelKey('item', 'cap')} min={0} />
        </Col>
        <Col xs={12} sm={8} lg={4}>
          <NumberField name={[...name, 'maxOccurrences']} label={labelKey('item', 'maxOccurrences')} min={1} precision={0} />
        </Col>
        <Col xs={24} sm={8} lg={5}>
          <TextField name={[...name, 'highestOnlyGroup']} label={labelKey('item', 'highestOnlyGroup')} />
        </Col>
        <Col xs={24} sm={12} lg={5}>
          <Form.Item name={[...name, 'recordedBy']} label={t(labelKey('item', 'recordedBy'))}>
            <Select allowClear options={recorders.map((value) => ({ value, label: t(`schemes.recordedBy.${value}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <CheckField name={[...name, 'evidenceRequired']} label={labelKey('item', 'evidenceRequired')} aligned />
        </Col>
      </Row>
      <FieldGroup>{t(labelKey('item', 'appliesTo'))}</FieldGroup>
      <Row gutter={12}>
        <Col xs={24} sm={12} lg={9}>
          <Form.Item name={[...name, 'appliesTo', 'statuses']} label={t(labelKey('item', 'appliesTo_statuses'))}>
            <Select
              mode="multiple"
              allowClear
              placeholder={t('schemes.editor.everyone')}
              options={memberStatuses.map((value) => ({ value, label: t(`memberStatuses.${value}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={9}>
          <Form.Item name={[...name, 'appliesTo', 'postTypes']} label={t(labelKey('item', 'appliesTo_postTypes'))}>
            <Select
              mode="multiple"
              allowClear
              placeholder={t('schemes.editor.everyone')}
              options={postTypes.map((value) => ({ value, label: t(`postTypes.${value}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={6}>
          <CheckField
            name={[...name, 'appliesTo', 'leaderCadresOnly']}
            label={labelKey('item', 'appliesTo_leaderCadresOnly')}
            aligned
          />
        </Col>
      </Row>
      <FieldGroup>{t('schemes.editor.frame')}</FieldGroup>
      <Row gutter={12}>
        <Col xs={24} sm={8} lg={6}>
          <CheckField name={[...name, 'mandatory']} label={labelKey('item', 'mandatory')} aligned />
        </Col>
        <Col xs={12} sm={8} lg={6}>
          <NumberField name={[...name, 'bounds', 'min']} label={labelKey('item', 'bounds_min')} />
        </Col>
        <Col xs={12} sm={8} lg={6}>
          <NumberField name={[...name, 'bounds', 'max']} label={labelKey('item', 'bounds_max')} />
        </Col>
      </Row>
    </>
  );
}
