import type { FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OnboardingRequest } from '@/lib/api/types';

export interface OnboardingFormValues extends OnboardingRequest {
  confirmPassword: string;
}

export type OnboardingField = keyof OnboardingFormValues;

// The same rules the backend enforces; it stays the authority and its field errors are shown too.
const mobilePattern = /^1[3-9]\d{9}$/;
const containsNonDigit = /\D/;
const passwordMinLength = 10;

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

export function useOnboardingRules(): Record<OnboardingField, FormRule[]> {
  const { t } = useTranslation();
  const label = (field: OnboardingField) => t(`onboarding.fields.${field}`);
  const required = (field: OnboardingField): FormRule => ({
    required: true,
    whitespace: true,
    message: t('validation.required', { field: label(field) }),
  });
  const maxLength = (field: OnboardingField, max: number): FormRule => ({
    max,
    message: t('validation.maxLength', { field: label(field), max }),
  });
  const mobileOrEmailGiven: FormRule = ({ getFieldValue }) => ({
    validator: () =>
      isBlank(getFieldValue('mobile')) && isBlank(getFieldValue('email'))
        ? Promise.reject(new Error(t('validation.contactRequired')))
        : Promise.resolve(),
  });
  const matchesPassword: FormRule = ({ getFieldValue }) => ({
    validator: (_, value: unknown) =>
      isBlank(value) || value === getFieldValue('password')
        ? Promise.resolve()
        : Promise.reject(new Error(t('validation.passwordMismatch'))),
  });

  return {
    institutionName: [required('institutionName'), maxLength('institutionName', 100)],
    rootOrgType: [{ required: true, message: t('validation.requiredChoice', { field: label('rootOrgType') }) }],
    rootOrgName: [required('rootOrgName'), maxLength('rootOrgName', 100)],
    adminName: [required('adminName'), maxLength('adminName', 50)],
    mobile: [mobileOrEmailGiven, { pattern: mobilePattern, message: t('validation.mobile') }],
    email: [{ type: 'email', message: t('validation.email') }],
    password: [
      { required: true, message: t('validation.required', { field: label('password') }) },
      { min: passwordMinLength, message: t('validation.passwordTooShort', { min: passwordMinLength }) },
      { pattern: containsNonDigit, message: t('validation.passwordAllDigits') },
    ],
    confirmPassword: [
      { required: true, message: t('validation.required', { field: label('confirmPassword') }) },
      matchesPassword,
    ],
  };
}

function trimmedOrOmitted(value: string | undefined): string | undefined {
  return isBlank(value) ? undefined : value?.trim();
}

export function toOnboardingRequest(values: OnboardingFormValues): OnboardingRequest {
  return {
    institutionName: values.institutionName.trim(),
    rootOrgType: values.rootOrgType,
    rootOrgName: values.rootOrgName.trim(),
    adminName: values.adminName.trim(),
    mobile: trimmedOrOmitted(values.mobile),
    email: trimmedOrOmitted(values.email),
    password: values.password,
  };
}
