import { afterEach, describe, expect, it } from 'vitest';
import type { CallContext } from '../../../electron/dispatcher';
import { startHub, type RunningHub } from '../../../electron/hub/start-hub';
import { parseConfig } from '../../../electron/runtime/config';
import type { Runtime } from '../../../electron/runtime/runtime';
import { employerFields, platformFields } from '../../../electron/schema/worker';
import {
  booth1,
  boothDraft,
  boothStation,
  desk1,
  employer,
  kiosk,
  liftCard,
  ok,
  placeCard,
  signInDemo,
} from '../runtime/booth/helpers';
import { idNumber } from '../runtime/desk/helpers';
import { hallSecret, signedInDesk, startTerminal, waitFor } from '../runtime/sync/helpers';

/**
 * The consent screen says who sees what; these check that the code shows and sends exactly that:
 * an employer sees a phone only with its own tick box, and what leaves the terminal for the
 * platform is what the screen names.
 */
// The renderer's own modules (the DOM side of the build, outside the Node project): loaded at run time.
const renderer = async <T>(path: string): Promise<T> =>
  (await import(new URL(`../../../renderer/${path}`, import.meta.url).href)) as T;
const { employerFieldLabels, platformFieldLabels } = await renderer<{
  employerFieldLabels: Record<string, string>;
  platformFieldLabels: Record<string, string>;
}>('kiosk/consent-fields.ts');
const { zhCN } = await renderer<{ zhCN: object }>('i18n/zh-CN.ts');
const { ko } = await renderer<{ ko: object }>('i18n/ko.ts');
const { en } = await renderer<{ en: object }>('i18n/en.ts');

let stopping: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stopping.reverse()) await stop();
  stopping = [];
});

const wishes = { occupations: ['4-09-08-02'], expectedDailyPay: 170, certificates: [] };

/** A walk-in at a kiosk: the card, the consent screen's choices, then the wizard with a phone. */
async function walkIn(
  rt: Runtime,
  identity: number,
  consent: { shareWithEmployers: boolean; phoneToEmployers?: boolean },
  phone: string,
) {
  const token = await placeCard(rt, kiosk, identity);
  const r = await ok(rt, kiosk, 'workers.registerFromCard', {
    token,
    consent: { registration: true, ...consent },
  });
  await ok(rt, kiosk, 'kiosk.saveAnswers', { session: r.session!, answers: { ...wishes, phone } });
  await liftCard(rt, kiosk);
  return { workerId: r.workerId, session: r.session! };
}

async function boothAt(rt: Runtime) {
  await ok(rt, desk1, 'booth.assign', { booth: 1, employer });
  return (await ok(rt, booth1, 'booth.postJob', { draft: boothDraft() })).job;
}

const outbox = (rt: Runtime, type: string) =>
  rt.context.store
    .read((db) =>
      db.all<{ payload: string }>('SELECT payload FROM outbox WHERE type = ? ORDER BY seq', [type]),
    )
    .map((e) => JSON.parse(e.payload) as Record<string, unknown>);

describe('an employer at a booth sees a phone only with its own tick box', () => {
  it('a person who shares her profile but did not tick the phone is shown without it; ticked, with it', async () => {
    const s = await boothStation();
    const rt = s.runtime;
    stopping.push(() => rt.close());
    await signInDemo(rt);
    const job = await boothAt(rt);
    const untick = await walkIn(rt, 1, { shareWithEmployers: true }, '13900001111');
    const ticked = await walkIn(rt, 3, { shareWithEmployers: true, phoneToEmployers: true }, '13900003333');

    const candidates = await ok(rt, booth1, 'booth.candidates', {});
    const byId = new Map(candidates.map((c) => [c.workerId, c]));
    expect(byId.get(untick.workerId)).toMatchObject({ phone: null, maskedName: expect.any(String) });
    expect(byId.get(ticked.workerId)).toMatchObject({ phone: '13900003333' });
    expect(JSON.stringify(candidates)).not.toContain('13900001111');

    // Applying does not give the number either: the applicant list follows the same tick box.
    for (const [identity, person] of [
      [1, untick],
      [3, ticked],
    ] as const) {
      const token = await placeCard(rt, kiosk, identity);
      const again = await ok(rt, kiosk, 'workers.registerFromCard', {
        token,
        consent: { registration: true, shareWithEmployers: true },
      });
      expect(again).toMatchObject({ workerId: person.workerId, returning: true });
      await ok(rt, kiosk, 'kiosk.apply', { session: again.session!, jobId: job.id });
      await liftCard(rt, kiosk);
    }
    const applicants = await ok(rt, booth1, 'booth.applicants', {});
    expect(applicants.map((a) => [a.workerId, a.phone]).sort()).toEqual(
      [
        [untick.workerId, null],
        [ticked.workerId, '13900003333'],
      ].sort(),
    );
    // Nor does the booth's card reader: identified at the booth, she is the same view.
    await placeCard(rt, booth1, 1);
    const identified = await ok(rt, booth1, 'booth.identify', { by: 'card' });
    expect(JSON.stringify(identified)).not.toContain('13900001111');
  });

  it('one who only applied, not shared, but ticked the phone: that employer may call her', async () => {
    const s = await boothStation();
    const rt = s.runtime;
    stopping.push(() => rt.close());
    await signInDemo(rt);
    const job = await boothAt(rt);
    const token = await placeCard(rt, kiosk, 4);
    const her = await ok(rt, kiosk, 'workers.registerFromCard', {
      token,
      consent: { registration: true, shareWithEmployers: false, phoneToEmployers: true },
    });
    await ok(rt, kiosk, 'kiosk.saveAnswers', {
      session: her.session!,
      answers: { ...wishes, phone: '13900004444' },
    });
    expect(await ok(rt, booth1, 'booth.candidates', {})).toEqual([]);
    await ok(rt, kiosk, 'kiosk.apply', { session: her.session!, jobId: job.id });
    expect(await ok(rt, booth1, 'booth.applicants', {})).toEqual([
      expect.objectContaining({ workerId: her.workerId, phone: '13900004444' }),
    ]);
  });

  it('an employer sees of a person what the consent screen names, and the booth’s own dealings with them', async () => {
    const s = await boothStation();
    const rt = s.runtime;
    stopping.push(() => rt.close());
    await signInDemo(rt);
    await boothAt(rt);
    await walkIn(rt, 1, { shareWithEmployers: true, phoneToEmployers: true }, '13900001111');
    const [view] = await ok(rt, booth1, 'booth.candidates', {});
    const dealings = ['workerId', 'applied', 'fits', 'outcome', 'calledAt', 'present'];
    expect(Object.keys(view!).sort()).toEqual([...employerFields, 'phone', ...dealings].sort());
    expect(Object.keys(employerFieldLabels)).toEqual([...employerFields]);
  });
});

describe('at the desk, staff record the phone consent and she may take it back', () => {
  it('registered by hand with it, her number is at the booth; withdrawn at the desk, it is gone, and the record says so', async () => {
    const s = await boothStation();
    const rt = s.runtime;
    stopping.push(() => rt.close());
    await signInDemo(rt);
    await boothAt(rt);
    const reg = await ok(rt, desk1, 'workers.registerManual', {
      idNumber: idNumber('19800101', '31', 'female'),
      name: '孙丽',
      phone: '13900005555',
      consent: { registration: true, shareWithEmployers: true, phoneToEmployers: true },
    });
    await ok(rt, desk1, 'workers.updateProfile', {
      workerId: reg.workerId,
      version: 1,
      changes: { occupations: ['4-09-08-02'] },
    });
    const shown = async () =>
      (await ok(rt, booth1, 'booth.candidates', {})).find((c) => c.workerId === reg.workerId)?.phone;
    expect(await shown()).toBe('13900005555');
    const record = await ok(rt, desk1, 'workers.record', { workerId: reg.workerId });
    expect(record).toMatchObject({ shareWithEmployers: true, phoneToEmployers: true });

    const after = await ok(rt, desk1, 'workers.updateProfile', {
      workerId: reg.workerId,
      version: record.version,
      changes: { phoneToEmployers: false },
    });
    expect(after).toMatchObject({ shareWithEmployers: true, phoneToEmployers: false });
    expect(await shown()).toBeNull();
    // Who changed it and when is in the record's history, as for any field.
    expect(after.history.map((h) => h.field)).toContain('phoneToEmployers');
  });
});

describe('what leaves the terminal is what the consent screen says the platform receives', () => {
  it('worker.registered carries the named fields of her and the consent, nothing else; the phone and her 报名 go in their own events', async () => {
    const s = await boothStation();
    const rt = s.runtime;
    stopping.push(() => rt.close());
    await signInDemo(rt);
    const job = await boothAt(rt);
    const her = await walkIn(rt, 1, { shareWithEmployers: true }, '13900001111');
    await ok(rt, kiosk, 'kiosk.apply', { session: her.session, jobId: job.id });

    const [registered] = outbox(rt, 'worker.registered');
    // About the registration, not the person: ids (the hall's HMAC, not the number), the consent, when, where.
    const bookkeeping = ['workerId', 'idHash', 'consent', 'registeredAt', 'terminal'];
    const personal = Object.keys(registered!).filter((k) => !bookkeeping.includes(k));
    const elsewhere: string[] = ['phone', 'applications'];
    expect(personal.sort()).toEqual(platformFields.filter((f) => !elsewhere.includes(f)).sort());
    expect(Object.keys(registered!).sort()).toEqual([...personal, ...bookkeeping].sort());
    expect(registered!.consent).toMatchObject({
      registration: true,
      shareWithEmployers: true,
      phoneToEmployers: false,
    });
    // The clear number never leaves: only the masked one.
    const idNumber = rt.context.store.read((db) =>
      db.get<{ id_number: string }>('SELECT id_number FROM workers'),
    )!.id_number;
    expect(JSON.stringify(registered)).not.toContain(idNumber);
    expect(registered!.maskedIdNumber).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`);

    // The phone the wizard took travels upstream on its own; her wishes are a separate, hall-only edit.
    const edits = outbox(rt, 'worker.updated').map((e) => Object.keys(e.changes as object));
    expect(edits).toContainEqual(['phone']);
    // And what she applies for: the 报名 goes upstream as application.created (the job, not more of her).
    const [applied] = outbox(rt, 'application.created');
    expect(applied).toMatchObject({ workerId: her.workerId, jobId: job.id });
    const sentFields = new Set([
      ...personal,
      ...edits.flat().filter((f) => f !== 'answers'),
      ...(applied ? ['applications'] : []),
    ]);
    expect([...sentFields].sort()).toEqual([...platformFields].sort());
  });

  it('the consent screen names every one of those fields, in every language', () => {
    expect(Object.keys(platformFieldLabels)).toEqual([...platformFields]);
    const lookup = (table: object, key: string): unknown =>
      key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], table);
    for (const [lang, table] of [
      ['zh-CN', zhCN],
      ['ko', ko],
      ['en', en],
    ] as const) {
      for (const key of [...Object.values(platformFieldLabels), ...Object.values(employerFieldLabels)])
        expect(typeof lookup(table, key), `${lang} ${key}`).toBe('string');
      for (const key of ['staff', 'platform', 'employers', 'share', 'phone'])
        expect(typeof lookup(table, `kiosk.consent.${key}`), `${lang} kiosk.consent.${key}`).toBe('string');
    }
  });
});

describe('across the hall: the hub keeps the phone consent she gave at a kiosk PC', () => {
  it('the hub’s booth shows the number of the one who ticked it, not of the one who did not', async () => {
    const token = 'token-for-kiosk-pc-1-0123456789';
    const readers = { readers: [{ driver: 'simulator' as const, id: 'r1', serves: 'kiosk' as const }] };
    const hub: RunningHub = await startHub({
      config: parseConfig({
        ...readers,
        hallSecret,
        hub: { terminals: [{ name: 'kiosk-pc-1', role: 'kiosk-station', token }] },
      }),
      dataDir: null,
      port: 0,
      host: '127.0.0.1',
      rendererDir: '/nonexistent',
    });
    stopping.push(() => hub.close());
    const pc: Runtime = await startTerminal(hub.url, token, null, readers);
    stopping.push(() => pc.close());
    const desk: CallContext = await signedInDesk(hub.runtime);
    await ok(hub.runtime, desk, 'booth.assign', { booth: 1, employer });
    const day = (ms: number) => new Date(Date.now() + ms).toISOString().slice(0, 10);
    await ok(hub.runtime, booth1, 'booth.postJob', {
      draft: boothDraft({ startDate: day(0), validThrough: day(30 * 86_400_000) }),
    });

    const untick = await walkIn(pc, 1, { shareWithEmployers: true }, '13900001111');
    const ticked = await walkIn(pc, 3, { shareWithEmployers: true, phoneToEmployers: true }, '13900003333');
    const phones = () =>
      hub.runtime.context.store.read((db) =>
        db.all<{ id: string; phone: string | null; phone_to_employers: number }>(
          'SELECT id, phone, phone_to_employers FROM workers ORDER BY id',
        ),
      );
    await waitFor(() => phones().filter((w) => w.phone).length === 2, 5_000, 'both phones at the hub');
    expect(phones()).toEqual(
      [
        { id: untick.workerId, phone: '13900001111', phone_to_employers: 0 },
        { id: ticked.workerId, phone: '13900003333', phone_to_employers: 1 },
      ].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    const shown = await ok(hub.runtime, booth1, 'booth.candidates', {});
    expect(shown.map((c) => [c.workerId, c.phone]).sort()).toEqual(
      [
        [untick.workerId, null],
        [ticked.workerId, '13900003333'],
      ].sort(),
    );
  });
});
