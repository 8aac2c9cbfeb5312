import { Col, Form, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSectionOptions } from './editorContext';
import { FieldGroup, NumberField, TextField } from './EditorFields';
import { EditorList } from './EditorList';
import { labelKey } from './schemePaths';

const cell = { xs: 12, sm: 8, lg: 6 };

/** 年度总积分: the weighted parts and the democratic evaluation's weight; the evaluation's ballot weights. */
export function EditorComposition() {
  const { t } = useTranslation();
  const sectionOptions = useSectionOptions();
  return (
    <>
      <EditorList
        name={['composition', 'parts']}
        testId="part-row"
        addLabel={t('schemes.editor.addPart')}
        newElement={() => ({ name: '', sections: [], weight: 1 })}
        row={(index) => (
          <>
            <Col xs={24} sm={8}>
              <TextField name={[index, 'name']} label={labelKey('part', 'name')} />
            </Col>
            <Col xs={24} sm={11}>
              <Form.Item name={[index, 'sections']} label={t(labelKey('part', 'sections'))}>
                <Select mode="multiple" options={sectionOptions} />
              </Form.Item>
            </Col>
            <Col xs={12} sm={5}>
              <NumberField name={[index, 'weight']} label={labelKey('part', 'weight')} min={0} />
            </Col>
          </>
        )}
      />
      <Row gutter={12} style={{ marginTop: 12 }}>
        <Col {...cell}>
          <NumberField name={['composition', 'evaluationWeight']} label={labelKey('composition', 'evaluationWeight')} min={0} />
        </Col>
        <Col {...cell}>
          <NumberField name={['composition', 'total']} label={labelKey('composition', 'total')} min={0} />
        </Col>
      </Row>
      <FieldGroup>{t('schemes.groups.ballotWeights')}</FieldGroup>
      <Row gutter={12}>
        {(['good', 'average', 'poor'] as const).map((ballot) => (
          <Col key={ballot} {...cell}>
            <NumberField name={['ballotWeights', ballot]} label={labelKey('ballotWeights', ballot)} min={0} />
          </Col>
        ))}
      </Row>
    </>
  );
}
