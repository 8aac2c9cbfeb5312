import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrgTreeSelect } from '@/components/OrgTreeSelect';
import { SpreadsheetImportWizard } from '@/components/SpreadsheetImportWizard';
import type { OrgNode } from '@/lib/api/types';
import { acceptsChildren } from '@/lib/orgs/orgs';
import { downloadOrgImportTemplate, useImportOrgs } from '../api/orgMutations';

interface OrgImportWizardProps {
  tenantId: string;
  /** Preselected parent, e.g. the node selected in the tree. */
  defaultParent?: OrgNode;
  /** After a successful import, with the parent the nodes went under. */
  onImported: (parentId: string) => void;
  onClose: () => void;
}

/** Imports org nodes from the spreadsheet template, all under one parent (rows may nest under rows above). */
export function OrgImportWizard({ tenantId, defaultParent, onImported, onClose }: OrgImportWizardProps) {
  const { t } = useTranslation();
  const [parentId, setParentId] = useState(defaultParent?.id);
  const importOrgs = useImportOrgs(tenantId);

  return (
    <SpreadsheetImportWizard
      title={t('orgs.import.title')}
      templateHint={t('orgs.import.templateHint')}
      downloadTemplate={() => downloadOrgImportTemplate(tenantId, t('orgs.import.templateFileName'))}
      target={{
        label: t('orgs.import.parent'),
        hint: t('orgs.import.parentHint'),
        input: (
          <OrgTreeSelect
            tenantId={tenantId}
            aria-label={t('orgs.import.parent')}
            placeholder={t('orgs.import.parentPlaceholder')}
            value={parentId}
            valueOrg={defaultParent}
            onChange={setParentId}
            isSelectable={acceptsChildren}
          />
        ),
      }}
      targetChosen={parentId !== undefined}
      upload={async (file, onProgress) => {
        if (parentId === undefined) throw new Error('no parent chosen');
        const result = await importOrgs.mutateAsync({ file, parentId, onProgress });
        onImported(parentId);
        return result;
      }}
      doneTitle={(count) => t('orgs.import.done', { count })}
      onClose={onClose}
    />
  );
}
