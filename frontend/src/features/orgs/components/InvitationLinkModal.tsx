import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Modal, Space } from 'antd';
import { useTranslation } from 'react-i18next';

interface InvitationLinkModalProps {
  /** The backend's path (`/activate?token=…`); shown once, as a full address. */
  link: string;
  /** Where the backend e-mailed the link too, if it did. */
  emailedTo?: string | null;
  onClose: () => void;
}

/** The one and only sight of a new account's activation link, for the admin to pass on. */
export function InvitationLinkModal({ link, emailedTo, onClose }: InvitationLinkModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const url = new URL(link, window.location.origin).href;

  const copy = () =>
    navigator.clipboard
      .writeText(url)
      .then(() => void message.success(t('orgs.roles.copied')))
      .catch(() => void message.error(t('orgs.roles.copyFailed')));

  return (
    <Modal
      open
      title={t('orgs.roles.linkTitle')}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('orgs.roles.close')}
        </Button>
      }
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('orgs.roles.linkHint')} style={{ marginBottom: 16 }} />
      {emailedTo && (
        <Alert type="success" showIcon title={t('orgs.roles.emailed', { email: emailedTo })} style={{ marginBottom: 16 }} />
      )}
      <Space.Compact style={{ width: '100%' }}>
        <Input readOnly value={url} aria-label={t('orgs.roles.linkTitle')} data-testid="invitation-link" />
        <Button icon={<CopyOutlined />} onClick={() => void copy()}>
          {t('orgs.roles.copy')}
        </Button>
      </Space.Compact>
    </Modal>
  );
}
