import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { encodeTextBlock } from '../../../drivers/idcard/text-encoder';
import { syntheticFields, syntheticPhoto } from '../../../drivers/simulator/identities';
import type { MethodName } from '../../../electron/api';
import type { CallContext } from '../../../electron/dispatcher';
import { startHub, type RunningHub } from '../../../electron/hub/start-hub';
import { parseConfig } from '../../../electron/runtime/config';
import type { Runtime } from '../../../electron/runtime/runtime';
import { booth1, boothDraft, boothStation, employer, kiosk, placeCard } from '../runtime/booth/helpers';
import { desk1, idNumber, jobDraft, ok, signInDemo } from '../runtime/desk/helpers';

/**
 * The same rule for names, phones and text on every path that stores them. Raw hostile values go
 * through the real dispatcher (nothing here filters them first): each is refused with a message
 * staff can read, and the database is byte-identical afterwards.
 */
let rt: Runtime;
let workerId: string;
let session: string;
let jobId: string;
const snapshot = () => Buffer.from(rt.context.store.read((db) => db.raw.export()));

/** Names that reorder or hide what a screen shows, break a database or start a spreadsheet formula. */
const hostileNames = [
  '\u202e兰秀王', // RIGHT-TO-LEFT OVERRIDE
  '王\u2066秀\u2069兰', // isolates
  '李\u200f娜', // RLM
  '李\u061c娜', // Arabic letter mark
  '王\ud800兰', // a lone high surrogate
  '王兰\udc00', // a lone low surrogate
  '王\u0007兰', // BEL
  '王\u0085兰', // NEL, a C1 control
  '王\u200b兰', // zero-width space
  '=HYPERLINK("http://x.example","王兰")',
  '@SUM(A1)',
];
/** Phones that are not a number anyone can be called on. */
const hostilePhones = [
  '=1+1',
  '+1+1',
  '-2+3',
  '@1',
  '1390000\u202e1111',
  '13900001111\u0000',
  '139\ud8000001111',
  'abc',
];
/** Free text: the invisible and the broken, which no note or company name needs. */
const hostileText = ['\u202e司公限有', '单位\ud800', '单位\u2067名', '单位\u0000', '单位\u200e'];

async function refuses(ctx: CallContext, method: MethodName, inputs: unknown[]) {
  const before = snapshot();
  for (const input of inputs) {
    const r = await rt.call(ctx, method, input as never);
    expect(r.ok, `${method} accepted ${JSON.stringify(input)}`).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_input');
      // The message names the problem in Chinese, for the clerk at the desk.
      expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
  }
  expect(snapshot().equals(before), `${method} changed the database`).toBe(true);
}

beforeAll(async () => {
  rt = (await boothStation()).runtime;
  await signInDemo(rt);
  workerId = (
    await ok(rt, desk1, 'workers.registerManual', {
      idNumber: idNumber(),
      name: '何平',
      consent: { registration: true, shareWithEmployers: true },
    })
  ).workerId;
  const token = await placeCard(rt, kiosk, 1);
  session = (
    await ok(rt, kiosk, 'workers.registerFromCard', {
      token,
      consent: { registration: true, shareWithEmployers: true },
    })
  ).session!;
  await ok(rt, desk1, 'booth.assign', { booth: 1, employer });
  jobId = (await ok(rt, booth1, 'booth.postJob', { draft: boothDraft() })).job.id;
}, 30_000);
afterAll(() => rt?.close());

describe('names, phones and text: one rule on every path', () => {
  it('desk manual registration refuses hostile names and phones', async () => {
    const base = {
      idNumber: idNumber('19900101', '55'),
      consent: { registration: true, shareWithEmployers: false },
    };
    await refuses(desk1, 'workers.registerManual', [
      ...hostileNames.map((name) => ({ ...base, name, phone: '13900001111' })),
      ...hostilePhones.map((phone) => ({ ...base, name: '孙丽', phone })),
    ]);
  });

  it('desk edits refuse hostile phones, districts, notes and employers', async () => {
    const edit = (changes: Record<string, unknown>) => ({ workerId, version: 1, changes });
    await refuses(desk1, 'workers.updateProfile', [
      ...hostilePhones.map((phone) => edit({ phone })),
      ...hostileText.map((t) => edit({ districts: [t] })),
      ...hostileText.map((notes) => edit({ notes })),
    ]);
    await refuses(
      desk1,
      'workers.setOutcome',
      hostileText.map((e) => ({ workerId, version: 1, status: 'employed', employer: e })),
    );
    await refuses(
      desk1,
      'services.record',
      hostileText.map((note) => ({ workerId, kind: 'policy', note })),
    );
  });

  it('the kiosk wizard refuses hostile phones and places', async () => {
    const answers = (over: Record<string, unknown>) => ({ session, answers: { occupations: [], ...over } });
    await refuses(kiosk, 'kiosk.saveAnswers', [
      ...hostilePhones.map((phone) => answers({ phone })),
      ...hostileText.map((district) => answers({ district })),
      ...hostileText.map((c) => answers({ certificates: [c] })),
    ]);
  });

  it('the booth refuses hostile company names, introductions, contact phones and notes', async () => {
    await refuses(booth1, 'booth.saveProfile', [
      ...hostileText.map((name) => ({ version: 1, name, uscc: '', introduction: '', logo: null })),
      ...hostileText.map((introduction) => ({
        version: 1,
        name: '长春市洁美物业',
        uscc: '',
        introduction,
        logo: null,
      })),
    ]);
    await refuses(
      booth1,
      'booth.postJob',
      hostilePhones.map((contactPhone) => ({ draft: boothDraft({ contactPhone }) })),
    );
    await refuses(
      booth1,
      'booth.recordOutcome',
      hostileText.map((note) => ({ workerId, jobId, outcome: 'pending', note })),
    );
    await refuses(
      desk1,
      'booth.assign',
      hostileText.map((name) => ({ booth: 2, employer: { name } })),
    );
  });

  it('desk job postings refuse hostile contact phones and text', async () => {
    await refuses(desk1, 'jobs.post', [
      ...hostilePhones.map((contactPhone) => ({ draft: jobDraft({ contactPhone }) })),
      ...hostileText.map((title) => ({ draft: jobDraft({ title }) })),
      ...hostileText.map((description) => ({ draft: jobDraft({ description }) })),
      ...hostileText.map((workHours) => ({ draft: jobDraft({ workHours }) })),
    ]);
  });

  it('staff accounts refuse hostile names', async () => {
    await refuses(
      desk1,
      'staff.create',
      hostileNames.map((name) => ({ username: 'li.na', name, role: 'staff', pin: '135790' })),
    );
  });

  it('a card whose name is hostile (forged or misread) registers nobody at the kiosk', async () => {
    // The name comes off the chip, so no schema stands between it and the store: the card path
    // must apply the same text rule itself.
    const sim = rt.context.readers.simulator(kiosk)!;
    const fields = syntheticFields[2]!;
    const before = snapshot();
    for (const name of hostileNames.filter((n) => !/^[=@]/.test(n))) {
      sim.device.put({ kind: 'id', text: encodeTextBlock({ ...fields, name }), photo: syntheticPhoto(2) });
      const token = await vi.waitFor(() => {
        const held = rt.context.readers.currentFor(kiosk)?.token;
        if (!held) throw new Error('the card is not read yet');
        return held;
      });
      const r = await rt.call(kiosk, 'workers.registerFromCard', {
        token,
        consent: { registration: true, shareWithEmployers: false },
      });
      expect(r.ok, JSON.stringify(name)).toBe(false);
      if (!r.ok) expect(r.error.message).toContain('请到前台办理');
      sim.device.lift();
      await vi.waitFor(() => expect(rt.context.readers.currentFor(kiosk)).toBeUndefined());
    }
    expect(snapshot().equals(before), 'a hostile card name changed the database').toBe(true);
  });

  it('the queue refuses a hostile note or window label (the window is shown to the whole hall)', async () => {
    await refuses(
      kiosk,
      'queue.take',
      hostileText.map((note) => ({ service: 'jobs', context: { consent: true, session, note } })),
    );
    await refuses(
      desk1,
      'queue.callNext',
      hostileText.map((w) => ({ window: w.slice(0, 6) })),
    );
  });

  it('keeps what is legitimate: minority and foreign names, landlines, +86, a cleared phone', async () => {
    const reg = await ok(rt, desk1, 'workers.registerManual', {
      idNumber: idNumber('19790202', '61', 'female'),
      name: '阿依古丽·买买提',
      phone: '+86 139 0000 2222',
      consent: { registration: true, shareWithEmployers: false },
    });
    const stored = () =>
      rt.context.store.read((db) =>
        db.get<{ name: string; phone: string | null }>('SELECT name, phone FROM workers WHERE id = ?', [
          reg.workerId,
        ]),
      );
    expect(stored()).toEqual({ name: '阿依古丽·买买提', phone: '13900002222' });
    for (const phone of ['0431-88886666', '043188886666', '010 8888 6666', '0431-8997713', '']) {
      const rec = await ok(rt, desk1, 'workers.record', { workerId: reg.workerId });
      await ok(rt, desk1, 'workers.updateProfile', {
        workerId: reg.workerId,
        version: rec.version,
        changes: { phone },
      });
      expect(stored()?.phone, phone).toBe(phone === '' ? null : phone.replaceAll(' ', ''));
    }
    await ok(rt, desk1, 'staff.create', {
      username: 'tester',
      name: 'TESTER, ALICE',
      role: 'staff',
      pin: '135790',
    });
    await ok(rt, booth1, 'booth.postJob', { draft: boothDraft({ contactPhone: '400-123-4567' }) });
  });
});

describe('a registration pushed to the hub (POST /v1/events)', () => {
  const token = 'kiosk-pc-token-input-rules-0123';
  let hub: RunningHub;
  let seq = 0;
  beforeAll(async () => {
    hub = await startHub({
      config: parseConfig({
        readers: [],
        hub: { terminals: [{ name: 'kiosk-pc-1', role: 'kiosk-station', token }] },
      }),
      dataDir: null,
      port: 0,
      rendererDir: '/nonexistent',
    });
  });
  afterAll(() => hub?.close());

  const registered = (name: string) => {
    seq++;
    const at = '2026-11-21T10:00:00+08:00';
    return {
      id: `evt-input-rules-${String(seq).padStart(4, '0')}`,
      type: 'worker.registered',
      at,
      payload: {
        workerId: `w-rules-${seq}`,
        idHash: seq.toString(16).padStart(64, '0'),
        maskedIdNumber: '220102********1234',
        name,
        sex: 'female',
        birthDate: '1968-03-12',
        cardType: 'resident',
        consent: { registration: true, shareWithEmployers: false, at },
        registeredAt: at,
        terminal: 'kiosk-pc-1',
      },
    };
  };
  const push = async (events: unknown[]) => {
    const res = await fetch(`${hub.url}/v1/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ events }),
    });
    return {
      status: res.status,
      body: (await res.json()) as { results: { status: string; reason?: string }[] },
    };
  };
  const kept = () =>
    hub.runtime.context.store.read((db) => ({
      outbox: db.get<{ n: number }>('SELECT count(*) AS n FROM outbox')!.n,
      workers: db.get<{ n: number }>('SELECT count(*) AS n FROM workers')!.n,
    }));

  it('rejects a hostile name with the reason and keeps nothing of it', async () => {
    const before = kept();
    const r = await push(hostileNames.map(registered));
    expect(r.status).toBe(200);
    for (const [i, result] of r.body.results.entries()) {
      expect(result.status, hostileNames[i]).toBe('rejected');
      expect(result.reason).toMatch(/name: 姓名/);
    }
    expect(kept()).toEqual(before);
    // A later edit carrying a hostile phone or name is refused the same way.
    const edits = await push([
      ...hostilePhones.map((phone) => ({
        id: `evt-input-rules-edit-${seq++}`,
        type: 'worker.updated',
        at: '2026-11-21T10:05:00+08:00',
        payload: { workerId: 'w-rules-1', changes: { phone } },
      })),
      {
        id: `evt-input-rules-edit-${seq++}`,
        type: 'worker.updated',
        at: '2026-11-21T10:05:00+08:00',
        payload: { workerId: 'w-rules-1', changes: { name: hostileNames[0] } },
      },
    ]);
    expect(edits.body.results.map((x) => x.status)).toEqual(
      hostilePhones.map(() => 'rejected').concat('rejected'),
    );
    expect(kept()).toEqual(before);
    // The same registration with a real name goes through.
    const good = await push([registered('王秀兰')]);
    expect(good.body.results[0]!.status).toBe('accepted');
    expect(kept().workers).toBe(before.workers + 1);
  });
});
