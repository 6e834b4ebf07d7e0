import type { IdCard } from '../../../drivers/idcard/card';
import { maskIdNumber } from '../workers/masking';
import type { PlatformField, Sex } from '../../schema/worker';
import type { WorkerRegistered } from './protocol';

/**
 * The worker.registered payload. Personal data decision (PIPL Art. 28-29): the clear ID number stays
 * on the terminal that read the card. The hall recognises the person by the HMAC (`idHash`), and the
 * platform (the employment bureau) receives the name, sex, birth date and the number masked to
 * first 6 + last 4 — enough for its staff to reconcile with a person in front of them, not enough to
 * identify anyone from a leaked payload. If the bureau's real-name registration requires the full
 * number, that is a separate, consented transfer to add deliberately, not a field to slip in here.
 */
export function workerRegisteredPayload(w: {
  workerId: string;
  idHash: string;
  card: IdCard;
  shareWithEmployers: boolean;
  /** Its own tick box; absent is a no. */
  phoneToEmployers?: boolean;
  terminal: string;
  at: Date;
}): WorkerRegistered {
  const sex: Sex = w.card.sex === 'male' || w.card.sex === 'female' ? w.card.sex : 'unknown';
  // What the consent screen tells the person the platform receives (schema/worker.ts platformFields;
  // the phone and her applications travel in events of their own): every one of them, nothing else of her.
  const person = {
    // By code point, so a name is never cut inside a surrogate pair (registration refuses a card without one).
    name: Array.from(w.card.name ?? w.card.englishName ?? '')
      .slice(0, 80)
      .join(''),
    sex,
    birthDate: w.card.birthDate ?? null,
    maskedIdNumber: maskIdNumber(w.card.idNumber ?? ''),
    cardType: w.card.cardType,
  } satisfies Record<Exclude<PlatformField, 'phone' | 'applications'>, unknown>;
  return {
    // About the registration, not the person: the ids, the consent given, when and where.
    workerId: w.workerId,
    idHash: w.idHash,
    ...person,
    consent: {
      registration: true,
      shareWithEmployers: w.shareWithEmployers,
      phoneToEmployers: w.phoneToEmployers ?? false,
      at: w.at.toISOString(),
    },
    registeredAt: w.at.toISOString(),
    terminal: w.terminal.slice(0, 64),
  };
}
