import 'i18next';
import type zhCN from '@/locales/zh-CN.json';

// Makes t('some.key') a compile error when the key is missing from the default locale.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
