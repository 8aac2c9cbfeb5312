import { DownOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Form, Row, Tag, Tooltip, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { startsWith, useEditor, usePanel, type NamePath } from './editorContext';
import { itemSettingFields } from './editorDocument';
import { TextField } from './EditorFields';
import { ItemSettings } from './ItemSettings';
import { ListControls } from './ListControls';
import { RuleFields } from './RuleFields';
import { labelKey } from './schemePaths';

interface ItemEditorProps {
  /** The item's index in its section's list, which is also its form name there. */
  index: number;
  count: number;
  /** The section's name in the whole form (`['sections', 2]`). */
  sectionPath: NamePath;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
}

/** One item: its code and name, its rule, and (folded away) its limits, whom it applies to and its frame. */
export function ItemEditor({ index, count, sectionPath, move, remove }: ItemEditorProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { frame } = useEditor();
  const path = [...sectionPath, 'items', index];
  const code = Form.useWatch<string | undefined>([...path, 'code']);
  const name = Form.useWatch<string | undefined>([...path, 'name']);
  const settingPaths = itemSettingFields.map((field) => [...path, field]);
  const [settingsOpen, toggleSettings] = usePanel((problem) => settingPaths.some((prefix) => startsWith(problem, prefix)));
  // In a derived scheme an item the parent has keeps its code (that is how the two are matched), and a
  // mandatory one stays.
  const inherited = code === undefined ? undefined : frame?.get(code);
  const what = t('schemes.subjects.item', { name: name || code || t('schemes.subjects.nth', { n: index + 1 }) });
  return (
    <div
      style={{ padding: 12, border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadius }}
      data-testid={`edit-item-${code ?? index}`}
    >
      <Flex justify="space-between" align="center" gap={8} style={{ marginBottom: 8 }}>
        <Flex gap={6} align="center" wrap style={{ minWidth: 0 }}>
          <Typography.Text type="secondary">{t('schemes.editor.itemNumber', { n: index + 1 })}</Typography.Text>
          {inherited && (
            <Tooltip title={t('schemes.editor.inheritedHint')}>
              <Tag color="purple" style={{ marginInlineEnd: 0 }}>
                {t('schemes.editor.inherited')}
              </Tag>
            </Tooltip>
          )}
          {inherited?.mandatory && (
            <Tag color="blue" style={{ marginInlineEnd: 0 }}>
              {t('schemes.frame.mandatory')}
            </Tag>
          )}
        </Flex>
        <ListControls
          index={index}
          count={count}
          what={what}
          move={move}
          remove={remove}
          locked={inherited?.mandatory ? t('schemes.frame.mandatoryLocked') : undefined}
        />
      </Flex>
      <Row gutter={12}>
        <Col xs={24} sm={8} lg={6}>
          <TextField name={[index, 'code']} label={labelKey('item', 'code')} disabled={inherited !== undefined} />
        </Col>
        <Col xs={24} sm={16} lg={18}>
          <TextField name={[index, 'name']} label={labelKey('item', 'name')} />
        </Col>
      </Row>
      <RuleFields name={[index, 'rule']} path={[...path, 'rule']} bounds={inherited?.bounds} />
      <Button
        type="link"
        size="small"
        icon={settingsOpen ? <DownOutlined /> : <RightOutlined />}
        onClick={toggleSettings}
        aria-expanded={settingsOpen}
        style={{ paddingInline: 0 }}
      >
        {t('schemes.editor.itemSettings')}
      </Button>
      <div style={{ display: settingsOpen ? undefined : 'none', marginTop: 8 }}>
        <ItemSettings name={[index]} />
      </div>
    </div>
  );
}
