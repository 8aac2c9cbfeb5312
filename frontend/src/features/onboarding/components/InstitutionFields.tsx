import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RootOrgType } from '@/lib/api/types';
import { useOnboardingRules } from './onboardingRules';

const rootOrgTypes: RootOrgType[] = ['COMMITTEE', 'GENERAL_BRANCH'];

/** The institution's name and the root of its tree: asked at sign-up and when adding another institution. */
export function InstitutionFields() {
  const { t } = useTranslation();
  const rules = useOnboardingRules();
  return (
    <>
      <Form.Item name="institutionName" label={t('onboarding.fields.institutionName')} rules={rules.institutionName}>
        <Input placeholder={t('onboarding.placeholders.institutionName')} autoComplete="organization" />
      </Form.Item>
      <Form.Item name="rootOrgType" label={t('onboarding.fields.rootOrgType')} rules={rules.rootOrgType}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={rootOrgTypes.map((type) => ({ value: type, label: t(`orgTypes.${type}`) }))}
        />
      </Form.Item>
      <Form.Item name="rootOrgName" label={t('onboarding.fields.rootOrgName')} rules={rules.rootOrgName}>
        <Input placeholder={t('onboarding.placeholders.rootOrgName')} />
      </Form.Item>
    </>
  );
}
