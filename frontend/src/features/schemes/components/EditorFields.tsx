import { Checkbox, Divider, Form, Input, InputNumber } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelKey } from './schemePaths';

interface NumberFieldProps {
  name: (string | number)[];
  label: LabelKey;
  precision?: number;
  min?: number;
  /** A hint under the field: the range a parent scheme allows. */
  extra?: ReactNode;
}

/** A number field of the form, labelled as the diff and the list of problems name it. */
export function NumberField({ name, label, precision, min, extra }: NumberFieldProps) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={t(label)} extra={extra}>
      <InputNumber<number> precision={precision} min={min} style={{ width: '100%' }} />
    </Form.Item>
  );
}


/** A text field of the form, labelled as the diff and the list of problems name it. */
export function TextField({ name, label, disabled }: { name: (string | number)[]; label: LabelKey; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={t(label)}>
      <Input disabled={disabled} />
    </Form.Item>
  );
}

/** A yes/no field; `aligned` puts it level with the labelled fields beside it. */
export function CheckField({ name, label, aligned = false }: { name: (string | number)[]; label: LabelKey; aligned?: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} valuePropName="checked" label={aligned ? ' ' : undefined} colon={false}>
      <Checkbox>{t(label)}</Checkbox>
    </Form.Item>
  );
}

/** A heading within one of the editor's cards. */
export function FieldGroup({ children }: { children: ReactNode }) {
  return (
    <Divider titlePlacement="start" plain style={{ margin: '12px 0 8px' }}>
      {children}
    </Divider>
  );
}
