import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { ko } from './ko';
import { zhCN } from './zh-CN';

/** All UI text comes from these resources; the kiosk switches language per session. */
export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  resources: { 'zh-CN': { translation: zhCN }, ko: { translation: ko }, en: { translation: en } },
  interpolation: { escapeValue: false },
  initAsync: false,
});
