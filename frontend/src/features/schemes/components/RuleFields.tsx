import { Col, Flex, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ItemBounds, RuleType } from '@/lib/api/types';
import type { NamePath } from './editorContext';
import { NumberField } from './EditorFields';
import { ListEnd } from './EditorList';
import { ListControls } from './ListControls';
import { labelKey } from './schemePaths';
import { boundsText, ruleTypes } from '@/lib/schemes/schemeFormat';

interface RuleFieldsProps {
  /** The rule's name within the items list (`[0, 'rule']`). */
  name: NamePath;
  /** The rule's name in the whole form (`['sections', 2, 'items', 0, 'rule']`). */
  path: NamePath;
  /** For an item a derived scheme keeps: the points the parent allows. */
  bounds?: ItemBounds;
}

const pointTypes: ReadonlySet<RuleType> = new Set(['FIXED', 'PER_OCCURRENCE', 'PER_HOUR']);

/** An item's rule: its type, and the points, the range or the levels that type takes. */
export function RuleFields({ name, path, bounds }: RuleFieldsProps) {
  const { t } = useTranslation();
  const type = Form.useWatch<RuleType | undefined>([...path, 'type']);
  const hint = bounds && boundsText(bounds, t, 'schemes.frame.parentBounds');
  const points = (field: 'points' | 'min' | 'max') => (
    <Col xs={field === 'points' ? 24 : 12} sm={8} lg={6} key={field}>
      <NumberField name={[...name, field]} label={labelKey('item', `rule_${field}`)} extra={hint} />
    </Col>
  );
  return (
    <Row gutter={12}>
      <Col xs={24} sm={8} lg={6}>
        <Form.Item name={[...name, 'type']} label={t(labelKey('item', 'rule_type'))}>
          <Select<RuleType> options={ruleTypes.map((value) => ({ value, label: t(`schemes.ruleTypes.${value}`) }))} />
        </Form.Item>
      </Col>
      {type !== undefined && pointTypes.has(type) && points('points')}
      {type === 'RANGE' && [points('min'), points('max')]}
      {type === 'LEVELS' && (
        <Col xs={24}>
          <LevelsList name={[...name, 'levels']} hint={hint} />
        </Col>
      )}
    </Row>
  );
}

/** The levels of a LEVELS rule (市级 3 / 省级以上 5), each a name and its points. */
function LevelsList({ name, hint }: { name: NamePath; hint?: string }) {
  const { t } = useTranslation();
  const levelLabel = t(labelKey('item', 'rule_levels'));
  return (
    <Form.List name={[...name]}>
      {(fields, { add, remove, move }, { errors }) => (
        <Form.Item label={levelLabel} extra={hint} style={{ marginBottom: 12 }}>
          <Flex vertical gap={8}>
            {fields.map((field, index) => {
              const what = t('schemes.subjects.nth', { n: index + 1 });
              return (
                <Flex key={field.key} gap={8} align="flex-start" data-testid="level-row">
                  <Form.Item name={[field.name, 'level']} noStyle>
                    <Input
                      aria-label={`${levelLabel} ${what}：${t(labelKey('level', 'level'))}`}
                      placeholder={t(labelKey('level', 'level'))}
                      style={{ flex: 1, minWidth: 0 }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'points']} noStyle>
                    <InputNumber<number>
                      aria-label={`${levelLabel} ${what}：${t(labelKey('level', 'points'))}`}
                      placeholder={t(labelKey('level', 'points'))}
                      style={{ width: 96, flex: 'none' }}
                    />
                  </Form.Item>
                  <ListControls index={index} count={fields.length} what={what} move={move} remove={remove} />
                </Flex>
              );
            })}
            <ListEnd errors={errors} label={t('schemes.editor.addLevel')} onAdd={() => add({ level: '', points: 1 })} />
          </Flex>
        </Form.Item>
      )}
    </Form.List>
  );
}
