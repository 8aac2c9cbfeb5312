import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Row } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NamePath } from './editorContext';
import { ListControls } from './ListControls';

/** Under a list of the editor: the problems the backend found with the list itself, and the button that adds to it. */
export function ListEnd({ errors, label, onAdd }: { errors: ReactNode[]; label: string; onAdd: () => void }) {
  return (
    <>
      <Form.ErrorList errors={errors} />
      <Button type="dashed" icon={<PlusOutlined />} onClick={onAdd}>
        {label}
      </Button>
    </>
  );
}

interface EditorListProps {
  name: NamePath;
  addLabel: string;
  newElement: () => unknown;
  testId: string;
  /** The fields of one element (their names within the list start with `index`), as grid columns. */
  row: (index: number) => ReactNode;
}

/** A list of small elements (grades, vetoes, composition parts): one row of fields each, reorder, remove, add. */
export function EditorList({ name, addLabel, newElement, testId, row }: EditorListProps) {
  const { t } = useTranslation();
  return (
    <Form.List name={[...name]}>
      {(fields, { add, remove, move }, { errors }) => (
        <Flex vertical gap={4}>
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="flex-start" data-testid={testId}>
              <Row gutter={12} style={{ flex: 1, minWidth: 0 }}>
                {row(field.name)}
              </Row>
              <div style={{ paddingTop: 30 }}>
                <ListControls
                  index={index}
                  count={fields.length}
                  what={t('schemes.subjects.nth', { n: index + 1 })}
                  move={move}
                  remove={remove}
                />
              </div>
            </Flex>
          ))}
          <ListEnd errors={errors} label={addLabel} onAdd={() => add(newElement())} />
        </Flex>
      )}
    </Form.List>
  );
}
