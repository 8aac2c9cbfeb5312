import { App, Form, Input, Modal, Typography } from 'antd';
import { placeFieldErrors } from '@/components/formErrors';
import { useDescribeError } from '@/components/useDescribeError';

interface NoteModalProps {
  title: string;
  /** What the note is about, shown above the field. */
  subject: string;
  label: string;
  /** The request field the server names in its problems (note, resolution). */
  field: string;
  required: string;
  done: string;
  send: (text: string) => Promise<unknown>;
  onClose: () => void;
}

/** A one-field form that must be filled in: why an entry is doubtful, or what was done about it. */
export function NoteModal({ title, subject, label, field, required, done, send, onClose }: NoteModalProps) {
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const [form] = Form.useForm<{ text: string }>();

  const submit = async () => {
    // An empty field is shown at the field; nothing is sent.
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    try {
      await send(values.text.trim());
      void message.success(done);
      onClose();
    } catch (error) {
      const unplaced = placeFieldErrors(form, error, (backendField) => (backendField === field ? 'text' : undefined), describeError);
      if (unplaced) void message.error(unplaced);
    }
  };

  return (
    <Modal open title={title} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph type="secondary">{subject}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="text" label={label} rules={[{ required: true, whitespace: true, message: required }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
