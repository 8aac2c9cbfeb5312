import { Alert, Form, Input, InputNumber, Modal, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, showFieldErrors } from '@/components/formErrors';
import { useDescribeError } from '@/components/useDescribeError';
import type { Exemption, ExemptionAction, ExemptionDetail } from '@/lib/api/types';
import { todayInChina } from '@/lib/chinaTime';
import { useExemptionStep, type ExemptionStepRequest } from '../api/exemptions';
import { addDays } from './exemptionText';

interface StepFormValues {
  approved?: boolean;
  decidedOn?: string;
  startsOn?: string;
  days?: number | null;
  lastDay?: string;
  note?: string;
}

interface ExemptionStepModalProps {
  tenantId: string;
  /** As last loaded: its version is what the step is decided on. */
  exemption: Exemption;
  action: ExemptionAction;
  /** False once a reload shows the step is no longer the caller's to take (someone else acted first). */
  stillDue: boolean;
  onClose: () => void;
  onDone: (detail: ExemptionDetail) => void;
}

const stages = { REVIEW_COMMITTEE: 'COMMITTEE', REVIEW_MEETING: 'MEETING', REVIEW_UPPER: 'UPPER' } as const;
type ReviewAction = keyof typeof stages;
const noteMax = 500;
const suggestedPublicityDays = 5;

function isReview(action: ExemptionAction): action is ReviewAction {
  return action in stages;
}

/** The fields each step's form has (and where the backend's field errors go). */
function fieldsOf(action: ExemptionAction): string[] {
  if (isReview(action)) return ['approved', 'decidedOn', 'note'];
  switch (action) {
    case 'OPEN_PUBLICITY':
      return ['startsOn', 'days'];
    case 'CLOSE_PUBLICITY':
      return ['approved', 'note'];
    case 'END':
      return ['lastDay', 'note'];
    case 'WITHDRAW':
      return ['note'];
  }
}

/** One step of the workflow: a decision, the publicity, withdrawing or ending the application. */
export function ExemptionStepModal({ tenantId, exemption, action, stillDue, onClose, onDone }: ExemptionStepModalProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const [form] = Form.useForm<StepFormValues>();
  const step = useExemptionStep(tenantId);
  const today = todayInChina();
  const approved = Form.useWatch('approved', form);
  const startsOn = Form.useWatch('startsOn', form);
  const days = Form.useWatch('days', form);
  const formFields = fieldsOf(action);
  const isClose = action === 'CLOSE_PUBLICITY';
  const noteLabel = t(
    isReview(action) || isClose
      ? 'exemptions.step.note'
      : action === 'END'
        ? 'exemptions.step.endNote'
        : 'exemptions.step.withdrawNote',
  );
  const noteRequired = (isReview(action) || isClose) && approved === false;

  const requestOf = (values: StepFormValues): ExemptionStepRequest => {
    const { id, version } = exemption;
    const note = values.note?.trim() || undefined;
    if (isReview(action)) {
      return {
        kind: 'review',
        id,
        body: { version, stage: stages[action], approved: values.approved, decidedOn: values.decidedOn ?? '', note },
      };
    }
    switch (action) {
      case 'OPEN_PUBLICITY':
        return { kind: 'openPublicity', id, body: { version, startsOn: values.startsOn ?? '', days: values.days ?? undefined } };
      case 'CLOSE_PUBLICITY':
        return { kind: 'closePublicity', id, body: { version, approved: values.approved, note } };
      case 'END':
        return { kind: 'end', id, body: { version, lastDay: values.lastDay ?? '', note } };
      case 'WITHDRAW':
        return { kind: 'withdraw', id, body: { version, note } };
    }
  };

  const submit = (values: StepFormValues) =>
    step.mutate(requestOf(values), { onSuccess: onDone, onError: (error) => showFieldErrors(form, error, formFields) });

  const unplacedErrors = fieldErrorsOf(step.error).filter((error) => !formFields.includes(error.field));
  const dateRules = (label: string, notInFuture: boolean) => [
    { required: true, message: t('validation.required', { field: label }) },
    ...(notInFuture
      ? [
          {
            validator: (_: unknown, value?: string) =>
              value && value > today ? Promise.reject(new Error(t('exemptions.dateFuture'))) : Promise.resolve(),
          },
        ]
      : []),
  ];

  return (
    <Modal
      open
      title={t('exemptions.step.title', { action: t(`exemptions.actions.${action}`), name: exemption.memberName })}
      okText={t(
        action === 'WITHDRAW'
          ? 'exemptions.step.confirmWithdraw'
          : action === 'END'
            ? 'exemptions.step.confirmEnd'
            : 'exemptions.step.ok',
      )}
      cancelText={t('exemptions.cancel')}
      okButtonProps={{ loading: step.isPending, disabled: !stillDue, danger: action === 'WITHDRAW' || action === 'END' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {action === 'WITHDRAW' && (
        <Typography.Paragraph>{t('exemptions.step.withdrawConfirm', { name: exemption.memberName })}</Typography.Paragraph>
      )}
      {action === 'END' && (
        <Typography.Paragraph type="secondary">
          {t('exemptions.step.endHint', {
            from: exemption.effectiveFrom,
            to: exemption.effectiveTo ?? t('exemptions.period.open'),
          })}
        </Typography.Paragraph>
      )}
      <Form<StepFormValues>
        form={form}
        name="exemptionStep"
        layout="vertical"
        initialValues={{
          approved: isReview(action) || isClose ? true : undefined,
          decidedOn: today,
          startsOn: today,
          days: suggestedPublicityDays,
          lastDay: today,
        }}
        onFinish={submit}
      >
        {(isReview(action) || isClose) && (
          <Form.Item
            name="approved"
            label={t(isClose ? 'exemptions.step.publicityResult' : 'exemptions.step.decision')}
            rules={[{ required: true, message: t('validation.requiredChoice', { field: t('exemptions.step.decision') }) }]}
          >
            <Radio.Group
              options={[
                { value: true, label: t(isClose ? 'exemptions.decisions.noObjection' : 'exemptions.decisions.approved') },
                { value: false, label: t(isClose ? 'exemptions.decisions.objection' : 'exemptions.decisions.rejected') },
              ]}
            />
          </Form.Item>
        )}
        {isReview(action) && (
          <Form.Item
            name="decidedOn"
            label={t(`exemptions.step.decidedOn.${stages[action]}`)}
            rules={dateRules(t(`exemptions.step.decidedOn.${stages[action]}`), true)}
          >
            <Input type="date" max={today} />
          </Form.Item>
        )}
        {action === 'OPEN_PUBLICITY' && (
          <>
            <Form.Item
              name="startsOn"
              label={t('exemptions.step.startsOn')}
              rules={dateRules(t('exemptions.step.startsOn'), false)}
            >
              <Input type="date" />
            </Form.Item>
            <Form.Item
              name="days"
              label={t('exemptions.step.days')}
              extra={
                startsOn && days
                  ? t('exemptions.step.publicityEnds', { date: addDays(startsOn, days - 1) })
                  : t('exemptions.step.daysHint')
              }
              rules={[{ required: true, message: t('validation.required', { field: t('exemptions.step.days') }) }]}
            >
              <InputNumber min={1} max={30} precision={0} style={{ width: 120 }} suffix={t('exemptions.step.daysUnit')} />
            </Form.Item>
          </>
        )}
        {action === 'END' && (
          <Form.Item name="lastDay" label={t('exemptions.step.lastDay')} rules={dateRules(t('exemptions.step.lastDay'), false)}>
            <Input type="date" min={exemption.effectiveFrom} max={exemption.effectiveTo ?? undefined} />
          </Form.Item>
        )}
        {action !== 'OPEN_PUBLICITY' && (
          <Form.Item
            name="note"
            label={noteLabel}
            dependencies={['approved']}
            rules={[
              {
                required: noteRequired,
                whitespace: true,
                message: t(isClose ? 'exemptions.step.objectionNoteRequired' : 'exemptions.step.noteRequired'),
              },
              { max: noteMax, message: t('validation.maxLength', { field: noteLabel, max: noteMax }) },
            ]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
      </Form>
      {step.isError && (
        <Alert
          type="error"
          showIcon
          title={t('exemptions.failed')}
          description={[describeError(step.error), ...unplacedErrors.map((error) => error.message)].join(' ')}
        />
      )}
    </Modal>
  );
}
