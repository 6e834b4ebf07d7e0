/**
 * The kiosk's fixed spoken phrases: i18n keys whose text has no placeholders. `npm run sounds`
 * records each in every language (assets/sounds/record-phrases.ts) so a kiosk whose machine has no
 * voice for the person's language still reads these aloud; a name or an address cannot be recorded
 * ahead and is then left out.
 */
export const spokenPhraseKeys = [
  'kiosk.attract.speech',
  'kiosk.consent.lead',
  'kiosk.consent.what',
  'kiosk.consent.why',
  'kiosk.consent.howLong',
  'kiosk.consent.whoTitle',
  'kiosk.consent.staff',
  'kiosk.consent.share',
  'kiosk.consent.phone',
  'kiosk.wizard.phone.title',
  'kiosk.wizard.work.title',
  'kiosk.wizard.pay.title',
  'kiosk.wizard.when.title',
  'kiosk.wizard.where.title',
  'kiosk.wizard.distance.title',
  'kiosk.wizard.certs.title',
  'kiosk.needsDesk.card-problem.title',
  'kiosk.needsDesk.card-problem.body',
  'kiosk.needsDesk.expired.title',
  'kiosk.needsDesk.expired.body',
  'kiosk.needsDesk.unknown-type.title',
  'kiosk.needsDesk.unknown-type.body',
  'kiosk.needsDesk.social-card.title',
  'kiosk.needsDesk.social-card.body',
  'kiosk.needsDesk.unverified.title',
  'kiosk.needsDesk.unverified.body',
  'kiosk.needsDesk.no-card.title',
  'kiosk.needsDesk.no-card.body',
  'kiosk.browse.title',
  'kiosk.browse.declined',
  'kiosk.recs.none.title',
  'kiosk.recs.none.body',
  'kiosk.failed.title',
  'kiosk.failed.body',
  'kiosk.slip.title',
  'kiosk.slip.repeated',
  'kiosk.slip.body',
] as const;

/**
 * The file name of a phrase's recording: FNV-1a of language and text. The screen finds a clip by
 * what it is about to say, so a changed translation simply has no clip until it is recorded again.
 */
export function clipName(lang: string, text: string): string {
  let h = 0x811c9dc5;
  const s = `${lang}\u0000${text.trim()}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
