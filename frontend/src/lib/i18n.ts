import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '@/locales/en.json';
import zhCN from '@/locales/zh-CN.json';

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

const defaultLanguage: Language = 'zh-CN';
// A UI preference, not a credential, so localStorage is the right home for it.
const languageStorageKey = 'xianfeng.lang';

export const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const;

function isLanguage(value: unknown): value is Language {
  return languages.some((language) => language === value);
}

function storedLanguage(): Language {
  const stored = localStorage.getItem(languageStorageKey);
  return isLanguage(stored) ? stored : defaultLanguage;
}

// The backend's own pages (sign-in) and its error messages follow this cookie.
const languageCookieName = 'xianfeng_lang';

function reflectLanguageInDocument(language: string) {
  document.documentElement.lang = language;
  document.title = i18n.t('app.documentTitle');
  document.cookie = `${languageCookieName}=${language}; path=/; max-age=31536000; SameSite=Lax`;
}

i18n.on('languageChanged', reflectLanguageInDocument);

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: languages,
  interpolation: { escapeValue: false }, // React already escapes
  initAsync: false,
});

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : defaultLanguage;
}

export async function changeLanguage(language: Language): Promise<void> {
  localStorage.setItem(languageStorageKey, language);
  await i18n.changeLanguage(language);
}

export default i18n;
