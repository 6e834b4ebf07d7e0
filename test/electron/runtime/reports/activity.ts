import { randomUUID } from 'node:crypto';
import type { CardPresented, JobDraft } from '../../../../electron/api';
import type { CallContext } from '../../../../electron/dispatcher';
import type { Runtime } from '../../../../electron/runtime/runtime';
import { receiveEvents } from '../../../../electron/runtime/sync/inbox';
import { workerRegisteredPayload } from '../../../../electron/runtime/sync/worker-events';
import { idHash } from '../../../../electron/runtime/workers/identity-hash';
import { desk1, jobDraft, idNumber, ok, registerByHand, signInDemo, testStation } from '../desk/helpers';

/** The week the activity happens in: Monday 16 to Wednesday 18 November 2026, Beijing time. */
export const MON = '2026-11-16';
export const TUE = '2026-11-17';
export const WED = '2026-11-18';

const HOUR = 3_600_000;
const kiosk1: CallContext = { role: 'kiosk', terminal: 'kiosk-1' };
const kiosk2: CallContext = { role: 'kiosk', terminal: 'kiosk-2' };

const draft = (title: string, occupation: string): JobDraft =>
  jobDraft({ title, occupation, headcount: 5, startDate: MON });

async function cardAt(rt: Runtime, ctx: CallContext, identity: number): Promise<string> {
  await ok(rt, ctx, 'simulator.placeCard', { identity });
  let card: CardPresented | null = null;
  while (!card) {
    await new Promise((r) => setTimeout(r, 20));
    card = await ok(rt, ctx, 'card.current', {});
  }
  const reg = await ok(rt, ctx, 'workers.registerFromCard', {
    token: card.token,
    consent: { registration: true, shareWithEmployers: false },
  });
  // Lifted, and seen to be lifted by the reader's loop: a quick swap would look like one card to it.
  const lifted = new Promise<void>((resolve) => {
    const off = rt.bus.subscribe((e) => {
      if (e.event !== 'card.removed') return;
      off();
      resolve();
    });
  });
  await ok(rt, ctx, 'simulator.removeCard', {});
  await lifted;
  return reg.workerId;
}

/** What a registration at a kiosk PC of the hall looks like when it reaches the hub. */
async function hallRegistration(rt: Runtime, id: string, name: string, at: Date) {
  await rt.context.data.write((tx) =>
    receiveEvents(
      tx,
      [
        {
          id: randomUUID(),
          type: 'worker.registered',
          at: at.toISOString(),
          payload: workerRegisteredPayload({
            workerId: randomUUID(),
            idHash: idHash(rt.context.hallSecret, id),
            card: {
              cardType: 'resident',
              name,
              sex: 'male',
              idNumber: id,
              validation: { checksum: true, birthMatches: true, sexMatches: true, scheme: 'gb11643' },
            },
            shareWithEmployers: false,
            terminal: 'kiosk-pc-3',
            at,
          }) as unknown as Record<string, unknown>,
        },
      ],
      { id: 'kiosk-pc-3', role: 'kiosk-station' },
      { now: at, dayOf: (d) => rt.context.clock.dayOf(d) },
    ),
  );
}

/**
 * Three days at a station, with the traps a count can fall into: one person registered on two
 * terminals, a card tapped twice a day, a registration tapped again the same day, a retried service,
 * a report made at 07:00 Beijing time (the previous day in UTC), a hall registration of someone the
 * hub had already registered.
 */
export async function threeDays() {
  // Two kiosks, each with its own reader: a card reaches only the screen at its reader.
  const s = await testStation(
    {
      readers: [
        { driver: 'simulator', id: 'reader-1', serves: 'kiosk', terminal: 'kiosk-1' },
        { driver: 'simulator', id: 'reader-2', serves: 'kiosk', terminal: 'kiosk-2' },
      ],
    },
    `${MON}T09:00:00+08:00`,
  );
  const rt = s.runtime;
  const later = async (hours: number) => {
    s.advance(hours * HOUR);
    await signInDemo(rt);
  };
  await signInDemo(rt);
  const jobs = [];
  for (const [title, occ] of [
    ['仓库分拣员', '4-02-06-05'],
    ['快递装卸工', '4-02-06-05'],
    ['写字楼保洁', '4-09-08-02'],
  ] as const)
    jobs.push((await ok(rt, desk1, 'jobs.post', { draft: draft(title, occ) })).job.job);

  // Monday
  const w0 = await cardAt(rt, kiosk1, 0); // 09:00 registered at kiosk 1
  await cardAt(rt, kiosk2, 0); // the same card on kiosk 2, the same day: neither a registration nor a return
  const w1Id = idNumber('19900101', '21', 'female');
  const { workerId: w1 } = await registerByHand(rt, '孙丽', w1Id);
  await ok(rt, desk1, 'workers.setKeyGroup', { workerId: w1, group: 'hard-to-employ', on: true });
  let rec = await ok(rt, desk1, 'workers.record', { workerId: w1 });
  await ok(rt, desk1, 'workers.updateProfile', {
    workerId: w1,
    version: rec.version,
    changes: { occupations: ['4-02-06-05'], phone: '13900001111' },
  });
  const eventId = randomUUID();
  await ok(rt, desk1, 'services.record', { workerId: w1, kind: 'policy', eventId });
  await ok(rt, desk1, 'services.record', { workerId: w1, kind: 'policy', eventId }); // a retry
  rec = await ok(rt, desk1, 'referrals.create', { workerId: w1, jobId: jobs[0]!.id });
  const firstReferral = rec.referrals[0]!;

  // Tuesday, 07:00 Beijing = Monday 23:00 UTC
  await later(22);
  await ok(rt, desk1, 'employers.report', {
    workerId: w1,
    employerId: jobs[0]!.employer.id,
    kind: 'sent-home-early',
    note: '干了四个小时就被叫回家',
  });
  await later(2); // 09:00
  await cardAt(rt, kiosk1, 0); // W0 comes back, taps on two kiosks: one return
  await cardAt(rt, kiosk2, 0);
  await ok(rt, desk1, 'referrals.update', {
    referralId: firstReferral.id,
    version: firstReferral.version,
    status: 'hired',
  });
  const { workerId: w2 } = await registerByHand(rt, '吴刚', idNumber('19800505', '31', 'male'));
  rec = await ok(rt, desk1, 'workers.record', { workerId: w2 });
  await ok(rt, desk1, 'workers.setOutcome', {
    workerId: w2,
    version: rec.version,
    status: 'employed',
    employer: '亲戚的装修队',
    viaStation: false,
  });
  // From a kiosk PC: someone new, and W1 again (already registered here on Monday).
  await hallRegistration(rt, idNumber('19750303', '41', 'male'), '郑涛', s.now());
  await hallRegistration(rt, w1Id, '孙丽', s.now());

  // Wednesday
  await later(24);
  await ok(rt, desk1, 'services.record', { workerId: w1, kind: 'guidance' });
  await ok(rt, desk1, 'referrals.create', { workerId: w1, jobId: jobs[1]!.id });
  await ok(rt, desk1, 'referrals.create', { workerId: w1, jobId: jobs[2]!.id });
  await ok(rt, desk1, 'services.record', { workerId: w1, kind: 'training', note: '叉车培训班' });
  await ok(rt, desk1, 'followUps.record', { workerId: w0, result: 'unreachable', note: '电话未接' });

  return { ...s, rt, workers: { w0, w1, w2 }, jobs };
}
