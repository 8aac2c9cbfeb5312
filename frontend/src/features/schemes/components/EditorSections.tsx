import { Flex, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { allCodes, formDocument, freeCode, newSection } from './editorDocument';
import { ListEnd } from './EditorList';
import { SectionEditor } from './SectionEditor';

/** The scheme's sections, each folded until opened; add, remove and reorder them. */
export function EditorSections() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  return (
    <Form.List name="sections">
      {(fields, { add, remove, move }, { errors }) => (
        <Flex vertical gap={8} data-testid="edit-sections">
          {fields.map((field) => (
            <SectionEditor key={field.key} index={field.name} count={fields.length} move={move} remove={remove} />
          ))}
          <ListEnd
            errors={errors}
            label={t('schemes.editor.addSection')}
            onAdd={() => add(newSection(freeCode('S', allCodes(formDocument(form)))))}
          />
        </Flex>
      )}
    </Form.List>
  );
}
