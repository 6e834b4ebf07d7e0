import type { CallContext } from '../../../../electron/dispatcher';
import type { Runtime } from '../../../../electron/runtime/runtime';
import type { BoothJobDraft, KioskAnswersInput } from '../../../../electron/api';
import { ok, testStation } from '../desk/helpers';

export { desk1, failure, ok, signInDemo } from '../desk/helpers';

export const kiosk: CallContext = { role: 'kiosk', terminal: 'local-kiosk' };
export const booth1: CallContext = { role: 'booth', terminal: 'booth-1-tablet', booth: 1 };
export const booth2: CallContext = { role: 'booth', terminal: 'booth-2-tablet', booth: 2 };

/** A station with a kiosk's virtual reader and one at booth 1. */
export function boothStation() {
  return testStation({
    readers: [
      { driver: 'simulator', id: 'kiosk-reader', serves: 'kiosk' },
      { driver: 'simulator', id: 'booth-1-reader', serves: 'booth', booth: 1 },
    ],
    // A walk-in's session is used after the card is lifted (the reader sees it go a poll later).
    kiosk: { stationPhone: '0431-88886666', endOnCardRemoval: false },
  });
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Puts a synthetic card on a reader and waits until the runtime holds it. */
export async function placeCard(rt: Runtime, caller: CallContext, identity: number): Promise<string> {
  await ok(rt, caller, 'simulator.placeCard', { identity });
  return until('the card', async () => rt.context.readers.currentFor(caller)?.token);
}

export async function liftCard(rt: Runtime, caller: CallContext): Promise<void> {
  await ok(rt, caller, 'simulator.removeCard', {});
  await until('the card to leave', async () => (rt.context.readers.currentFor(caller) ? undefined : true));
}

/** A walk-in at the kiosk: card, consent, the wizard's answers; returns the worker and the kiosk session. */
export async function walkIn(
  rt: Runtime,
  identity: number,
  share: boolean,
  answers: KioskAnswersInput = { occupations: ['4-09-08-02'], expectedDailyPay: 170, certificates: [] },
  /** The consent screen's own tick box: employers may see the phone. */
  phoneToEmployers = false,
): Promise<{ workerId: string; session: string }> {
  const token = await placeCard(rt, kiosk, identity);
  const r = await ok(rt, kiosk, 'workers.registerFromCard', {
    token,
    consent: { registration: true, shareWithEmployers: share, phoneToEmployers },
  });
  await ok(rt, kiosk, 'kiosk.saveAnswers', { session: r.session!, answers });
  await liftCard(rt, kiosk);
  return { workerId: r.workerId, session: r.session! };
}

export const boothDraft = (over: Partial<BoothJobDraft> = {}): BoothJobDraft => ({
  title: '商场保洁员',
  occupation: '4-09-08-02',
  district: '二道区',
  address: '长春市二道区东盛大街1500号',
  pay: { amount: 22, unit: 'hour' },
  settlement: 'daily',
  schedule: 'day',
  headcount: 2,
  startDate: '2026-11-22',
  validThrough: '2026-12-31',
  ...over,
});

export const employer = { name: '长春市洁美物业服务有限公司' };
