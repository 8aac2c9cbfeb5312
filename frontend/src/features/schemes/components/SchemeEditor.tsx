import { CheckCircleOutlined, ReloadOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldErrorsOf } from '@/components/formErrors';
import { useDescribeError } from '@/components/useDescribeError';
import { ApiError, type FieldError } from '@/lib/api/problem';
import type { SchemeDocument, SchemeRecord } from '@/lib/api/types';
import { useSaveDraft, useValidateScheme } from '../api/library';
import { EditorAlerts, EditorBasics } from './EditorBasics';
import { EditorComposition } from './EditorComposition';
import { EditorContext, placeOf, type EditorState, type NamePath } from './editorContext';
import { formDocument, toDocument, type ItemFrame } from './editorDocument';
import { EditorGrades } from './EditorGrades';
import { EditorSections } from './EditorSections';
import { EditorVetoes } from './EditorVetoes';
import { ProblemList } from './ProblemList';
import { namePathOf } from './schemePaths';

interface SchemeEditorProps {
  tenantId: string;
  scheme: SchemeRecord;
  /** The version edited: the draft, or the newest version a new draft starts from. */
  base: { number: number; status: SchemeRecord['versions'][number]['status']; document: SchemeDocument };
  /** For a derived scheme: the parent's frame, item by code. */
  frame?: ReadonlyMap<string, ItemFrame>;
  /** Throws the edits away and loads the scheme as it is now (after someone else changed it). */
  onReload: () => void;
}

/** The editor's parts, each in a card of its own. */
const parts = [
  ['schemes.groups.basics', EditorBasics],
  ['schemes.editor.sections', EditorSections],
  ['schemes.groups.vetoes', EditorVetoes],
  ['schemes.editor.composition', EditorComposition],
  ['schemes.editor.grades', EditorGrades],
  ['schemes.editor.alerts', EditorAlerts],
] as const;

type Outcome = { type: 'success' | 'error'; text: string } | { type: 'conflict' };

/** The whole scheme document as a form: 校验 checks it, 保存草稿 saves it; every problem shows at its field. */
export function SchemeEditor({ tenantId, scheme, base, frame, onReload }: SchemeEditorProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const navigate = useNavigate();
  const [form] = Form.useForm<SchemeDocument>();
  // The lock the editing started from: a save after someone else's is refused (409), never silently merged.
  const [lock] = useState(scheme.lock);
  const [problems, setProblems] = useState<{ errors: FieldError[]; document: SchemeDocument }>();
  const [state, setState] = useState<EditorState>({ problemPaths: [], stamp: 0, frame });
  const [outcome, setOutcome] = useState<Outcome>();
  const save = useSaveDraft(tenantId, scheme.id);
  const validate = useValidateScheme(tenantId, scheme.id);

  const showProblems = (errors: FieldError[], document: SchemeDocument) => {
    const fields = form.getFieldsError();
    const registered = fields.map((field) => field.name);
    const placed = new Map<string, { name: NamePath; errors: string[] }>();
    for (const error of errors) {
      const name = placeOf(namePathOf(error.field), registered);
      if (name === undefined) continue;
      const key = JSON.stringify(name);
      placed.set(key, { name, errors: [...(placed.get(key)?.errors ?? []), error.message] });
    }
    form.setFields([
      ...fields.filter((field) => field.errors.length > 0).map((field) => ({ name: field.name as never, errors: [] })),
      ...[...placed.values()].map(({ name, errors: messages }) => ({ name: [...name] as never, errors: messages })),
    ]);
    setProblems(errors.length > 0 ? { errors, document } : undefined);
    setState((previous) => ({
      ...previous,
      problemPaths: errors.map((error) => namePathOf(error.field)),
      revealPath: undefined,
      stamp: previous.stamp + 1,
    }));
  };

  const fail = (error: unknown, document: SchemeDocument) => {
    const errors = fieldErrorsOf(error);
    if (error instanceof ApiError && error.status === 409) {
      setOutcome({ type: 'conflict' });
    } else if (errors.length > 0) {
      showProblems(errors, document);
      setOutcome({ type: 'error', text: t('schemes.editor.rejected', { count: errors.length }) });
    } else {
      setOutcome({ type: 'error', text: describeError(error) });
    }
  };

  const check = () => {
    const document = toDocument(formDocument(form));
    setOutcome(undefined);
    validate.mutate(document, {
      onSuccess: () => {
        showProblems([], document);
        setOutcome({ type: 'success', text: t('schemes.editor.valid') });
      },
      onError: (error) => fail(error, document),
    });
  };

  const submit = () => {
    const document = toDocument(formDocument(form));
    setOutcome(undefined);
    save.mutate(
      { lock, document },
      {
        onSuccess: (saved) => {
          const draft = saved.versions.find((version) => version.status === 'DRAFT');
          void message.success(t('schemes.editor.saved', { number: draft?.number ?? base.number }));
          void navigate(`/schemes/${scheme.id}${draft ? `?v=${draft.number}` : ''}`);
        },
        onError: (error) => fail(error, document),
      },
    );
  };

  const reveal = (error: FieldError) => {
    const name = namePathOf(error.field);
    setState((previous) => ({ ...previous, revealPath: name, stamp: previous.stamp + 1 }));
    // Once the section (and the item's settings) are open, bring the field into view.
    const target = placeOf(name, form.getFieldsError().map((field) => field.name));
    if (target === undefined) return;
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        form.scrollToField([...target] as never, { behavior: 'smooth', block: 'center', focus: true }),
      ),
    );
  };

  const busy = save.isPending || validate.isPending;
  return (
    <EditorContext value={state}>
      <Flex vertical gap={12}>
        <Flex
          gap={8}
          wrap
          align="center"
          justify="space-between"
          style={{
            position: 'sticky',
            top: 0,
            zIndex: 10,
            padding: '8px 0',
            background: token.colorBgLayout,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
          data-testid="editor-toolbar"
        >
          <Typography.Text type="secondary" style={{ flex: '1 1 240px' }}>
            {base.status === 'DRAFT'
              ? t('schemes.editor.editingDraft', { number: base.number })
              : t('schemes.editor.newDraft', { number: base.number, next: (scheme.versions.at(-1)?.number ?? 0) + 1 })}
          </Typography.Text>
          <Flex gap={8} wrap>
            <Button onClick={() => void navigate(`/schemes/${scheme.id}`)}>{t('schemes.editor.cancel')}</Button>
            <Button icon={<CheckCircleOutlined />} loading={validate.isPending} disabled={busy} onClick={check}>
              {t('schemes.editor.validate')}
            </Button>
            <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} disabled={busy} onClick={submit}>
              {t('schemes.editor.save')}
            </Button>
          </Flex>
        </Flex>
        {outcome?.type === 'conflict' && (
          <Alert
            type="warning"
            showIcon
            data-testid="editor-conflict"
            title={t('schemes.editor.conflict')}
            action={
              <Button size="small" icon={<ReloadOutlined />} onClick={onReload}>
                {t('schemes.editor.reload')}
              </Button>
            }
          />
        )}
        {outcome !== undefined && outcome.type !== 'conflict' && (
          <Alert
            type={outcome.type}
            showIcon
            data-testid="editor-outcome"
            title={outcome.text}
            description={
              outcome.type === 'error' &&
              problems && <ProblemList errors={problems.errors} document={problems.document} onOpen={reveal} />
            }
          />
        )}
        <Form<SchemeDocument>
          form={form}
          name="scheme"
          layout="vertical"
          initialValues={base.document}
          requiredMark={false}
          // The backend's message on a field goes once the user changes the field (the form has no rules to rerun).
          onFieldsChange={(changed) => {
            const answered = changed.filter((field) => (field.errors ?? []).length > 0);
            if (answered.length > 0) form.setFields(answered.map((field) => ({ name: field.name as never, errors: [] })));
          }}
          data-testid="scheme-editor"
        >
          <Flex vertical gap={12}>
            {parts.map(([title, Part]) => (
              <Card key={title} size="small" title={t(title)}>
                <Part />
              </Card>
            ))}
          </Flex>
        </Form>
      </Flex>
    </EditorContext>
  );
}
