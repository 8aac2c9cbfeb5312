import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrgTreeSelect } from '@/components/OrgTreeSelect';
import { SpreadsheetImportWizard } from '@/components/SpreadsheetImportWizard';
import { downloadImportTemplate, useImportMembers } from '../api/members';

interface ImportWizardProps {
  tenantId: string;
  onClose: () => void;
}

/** Imports members from the spreadsheet template, optionally all into one org. */
export function ImportWizard({ tenantId, onClose }: ImportWizardProps) {
  const { t } = useTranslation();
  const [orgId, setOrgId] = useState<string>();
  const importMembers = useImportMembers(tenantId);

  return (
    <SpreadsheetImportWizard
      title={t('members.import.title')}
      templateHint={t('members.import.templateHint')}
      downloadTemplate={() => downloadImportTemplate(tenantId, t('members.import.templateFileName'))}
      target={{
        label: t('members.import.org'),
        hint: t('members.import.orgHint'),
        input: (
          <OrgTreeSelect
            tenantId={tenantId}
            aria-label={t('members.import.org')}
            allowClear
            value={orgId}
            onChange={setOrgId}
          />
        ),
      }}
      upload={(file, onProgress) => importMembers.mutateAsync({ file, orgId, onProgress })}
      doneTitle={(count) => t('members.import.done', { count })}
      onClose={onClose}
    />
  );
}
