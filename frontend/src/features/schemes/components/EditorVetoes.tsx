import { Col, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SchemeSection, VetoEffect } from '@/lib/api/types';
import { useSectionOptions } from './editorContext';
import { EditorList } from './EditorList';
import { labelKey } from './schemePaths';
import { vetoEffects } from '@/lib/schemes/schemeFormat';

type Options = { value: string; label: string }[];

/** 一票否决: each veto's trigger item and its effects (and the section a ZERO_SECTION clears). */
export function EditorVetoes() {
  const { t } = useTranslation();
  const sections = Form.useWatch<SchemeSection[] | undefined>('sections') ?? [];
  const sectionOptions = useSectionOptions();
  const itemOptions = sections.flatMap((section) =>
    (section.items ?? []).map((item) => ({ value: item.code, label: item.name || item.code })),
  );
  return (
    <EditorList
      name={['vetoes']}
      testId="veto-row"
      addLabel={t('schemes.editor.addVeto')}
      newElement={() => ({ effects: [] })}
      row={(index) => <VetoFields index={index} itemOptions={itemOptions} sectionOptions={sectionOptions} />}
    />
  );
}

function VetoFields({ index, itemOptions, sectionOptions }: { index: number; itemOptions: Options; sectionOptions: Options }) {
  const { t } = useTranslation();
  const effects = Form.useWatch<VetoEffect[] | undefined>(['vetoes', index, 'effects']) ?? [];
  return (
    <>
      <Col xs={24} md={8}>
        <Form.Item name={[index, 'trigger']} label={t(labelKey('veto', 'trigger'))}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={itemOptions} />
        </Form.Item>
      </Col>
      <Col xs={24} md={10}>
        <Form.Item name={[index, 'effects']} label={t(labelKey('veto', 'effects'))}>
          <Select
            mode="multiple"
            options={vetoEffects.map((value) => ({ value, label: t(`schemes.vetoEffectOptions.${value}`) }))}
          />
        </Form.Item>
      </Col>
      {effects.includes('ZERO_SECTION') && (
        <Col xs={24} md={6}>
          <Form.Item name={[index, 'section']} label={t(labelKey('veto', 'section'))}>
            <Select options={sectionOptions} />
          </Form.Item>
        </Col>
      )}
    </>
  );
}
