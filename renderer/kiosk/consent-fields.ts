import type { EmployerField, PlatformField } from '../../electron/api';

/**
 * The consent screen's lists of who sees what, one i18n key per field. Keyed by the runtime's own
 * lists (electron/schema/worker.ts `platformFields`, `employerFields`), which build what is sent
 * and shown: a field added there does not compile here until the screen names it, and
 * test/electron/privacy/consent-coverage.test.ts checks both lists against what leaves the terminal.
 */
export const platformFieldLabels: Record<PlatformField, string> = {
  name: 'kiosk.consent.fields.name',
  sex: 'kiosk.consent.fields.sex',
  birthDate: 'kiosk.consent.fields.birthDate',
  maskedIdNumber: 'kiosk.consent.fields.maskedIdNumber',
  cardType: 'kiosk.consent.fields.cardType',
  phone: 'kiosk.consent.fields.phone',
  applications: 'kiosk.consent.fields.applications',
};

export const employerFieldLabels: Record<EmployerField, string> = {
  maskedName: 'kiosk.consent.fields.maskedName',
  age: 'kiosk.consent.fields.age',
  occupations: 'kiosk.consent.fields.occupations',
  certificates: 'kiosk.consent.fields.certificates',
  expectedDailyPay: 'kiosk.consent.fields.expectedDailyPay',
  inHallToday: 'kiosk.consent.fields.inHallToday',
};
