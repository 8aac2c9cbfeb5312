import { DownOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Form, Row, Select, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SchemeItem, SectionKind, SectionStart } from '@/lib/api/types';
import { allCodes, formDocument, freeCode, newItem } from './editorDocument';
import { startsWith, useEditor, usePanel } from './editorContext';
import { NumberField, TextField } from './EditorFields';
import { ListEnd } from './EditorList';
import { ItemEditor } from './ItemEditor';
import { ListControls } from './ListControls';
import { labelKey } from './schemePaths';
import { sectionKindColors, sectionKinds, sectionStarts } from '@/lib/schemes/schemeFormat';

interface SectionEditorProps {
  index: number;
  count: number;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
}

/** One section: a header that folds it, its own fields, and its items. */
export function SectionEditor({ index, count, move, remove }: SectionEditorProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const form = Form.useFormInstance();
  const { frame } = useEditor();
  const path = ['sections', index];
  const name = Form.useWatch<string | undefined>([...path, 'name']);
  const kind = Form.useWatch<SectionKind | undefined>([...path, 'kind']);
  const items = Form.useWatch<SchemeItem[] | undefined>([...path, 'items']) ?? [];
  // A section just added (still without a name) opens to be filled in.
  const [open, toggle] = usePanel(
    (problem) => startsWith(problem, path),
    () => !form.getFieldValue([...path, 'name']),
  );
  const what = t('schemes.groups.section', { name: name || t('schemes.subjects.nth', { n: index + 1 }) });
  const holdsMandatory = items.some((item) => frame?.get(item.code)?.mandatory);

  const addItem = (add: (item: SchemeItem) => void) => {
    const sectionCode = form.getFieldValue([...path, 'code']) as string | undefined;
    add(newItem(freeCode(`${sectionCode || 'ITEM'}-`, allCodes(formDocument(form)))));
  };

  return (
    <div
      style={{ border: `1px solid ${token.colorBorder}`, borderRadius: token.borderRadiusLG, overflow: 'hidden' }}
      data-testid={`edit-section-${index}`}
    >
      <Flex
        justify="space-between"
        align="center"
        gap={8}
        onClick={toggle}
        style={{ padding: '8px 12px', background: token.colorFillQuaternary, cursor: 'pointer' }}
      >
        <Button
          type="text"
          size="small"
          icon={open ? <DownOutlined /> : <RightOutlined />}
          aria-expanded={open}
          data-testid="section-toggle"
          onClick={(event) => {
            event.stopPropagation();
            toggle();
          }}
          style={{ flex: '0 1 auto', minWidth: 0, justifyContent: 'flex-start' }}
        >
          <Typography.Text strong ellipsis style={{ minWidth: 0 }}>
            {name || t('schemes.editor.unnamedSection')}
          </Typography.Text>
        </Button>
        <Flex gap={6} align="center" style={{ flex: 'none' }}>
          {kind && (
            <Tag color={sectionKindColors[kind]} style={{ marginInlineEnd: 0 }}>
              {t(`schemes.kinds.${kind}`)}
            </Tag>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {t('schemes.values.items', { count: items.length })}
          </Typography.Text>
          <ListControls
            index={index}
            count={count}
            what={what}
            move={move}
            remove={remove}
            locked={holdsMandatory ? t('schemes.frame.sectionLocked') : undefined}
          />
        </Flex>
      </Flex>
      <div style={{ display: open ? undefined : 'none', padding: 12 }}>
        <Row gutter={12}>
          <Col xs={12} sm={8} lg={4}>
            <TextField name={[index, 'code']} label={labelKey('section', 'code')} />
          </Col>
          <Col xs={24} sm={16} lg={8}>
            <TextField name={[index, 'name']} label={labelKey('section', 'name')} />
          </Col>
          <Col xs={12} sm={8} lg={4}>
            <Form.Item name={[index, 'kind']} label={t(labelKey('section', 'kind'))}>
              <Select<SectionKind> options={sectionKinds.map((value) => ({ value, label: t(`schemes.kinds.${value}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8} lg={4}>
            <Form.Item name={[index, 'start']} label={t(labelKey('section', 'start'))}>
              <Select<SectionStart>
                options={sectionStarts.map((value) => ({ value, label: t(`schemes.starts.${value}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={4} lg={2}>
            <NumberField name={[index, 'cap']} label={labelKey('section', 'cap')} />
          </Col>
          <Col xs={12} sm={4} lg={2}>
            <NumberField name={[index, 'floor']} label={labelKey('section', 'floor')} />
          </Col>
        </Row>
        <Form.List name={[index, 'items']}>
          {(fields, { add, remove: removeItem, move: moveItem }, { errors }) => (
            <Flex vertical gap={8}>
              {fields.map((field) => (
                <ItemEditor
                  key={field.key}
                  index={field.name}
                  count={fields.length}
                  sectionPath={path}
                  move={moveItem}
                  remove={removeItem}
                />
              ))}
              <ListEnd errors={errors} label={t('schemes.editor.addItem')} onAdd={() => addItem(add)} />
            </Flex>
          )}
        </Form.List>
      </div>
    </div>
  );
}
