import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult, MethodInput, MethodName, StationBridge, WorkerRecord } from '../../../electron/api';
import { setBridge } from '../../../renderer/api/bridge';
import { useSession } from '../../../renderer/desk/session-store';
import { useWorker } from '../../../renderer/desk/worker-store';

function record(over: Partial<WorkerRecord['profile']> = {}, version = 1): WorkerRecord {
  return {
    id: 'w1',
    name: '王秀兰',
    maskedIdNumber: '220104********0225',
    sex: 'female',
    age: 58,
    verified: true,
    registeredAt: '2026-11-21T01:00:00.000Z',
    lastSeenAt: '2026-11-21T01:00:00.000Z',
    shareWithEmployers: false,
    phoneToEmployers: false,
    version,
    profile: { phone: '13800000000', occupations: [], expectedPay: null, districts: [], notes: '', ...over },
    keyGroups: [],
    services: [],
    checklist: {
      policy: { done: 0, required: 1 },
      guidance: { done: 0, required: 1 },
      referral: { done: 0, required: 3 },
      trainingOrInternship: { done: 0, required: 1 },
      complete: false,
      missing: ['policy', 'guidance', 'referral', 'trainingOrInternship'],
    },
    referrals: [],
    followUps: [],
    nextFollowUp: null,
    outcome: { status: 'seeking', jobId: null, employer: null, date: null, viaStation: null, at: null },
    history: [],
  };
}

/** The station as far as these calls go: one record, versioned, refusing an edit of an old version. */
function fakeStation() {
  let current = record();
  const sent: MethodInput<'workers.updateProfile'>[] = [];
  const bridge: StationBridge = {
    role: 'desk',
    on: () => () => undefined,
    async call<M extends MethodName>(method: M, input: MethodInput<M>) {
      const ok = (value: unknown) => ({ ok: true, value }) as ApiResult<never>;
      if (method === 'workers.record') return ok(current);
      if (method === 'workers.updateProfile') {
        const edit = input as MethodInput<'workers.updateProfile'>;
        sent.push(edit);
        if (edit.version !== current.version)
          return {
            ok: false,
            error: { code: 'conflict', message: '这条记录已被赵敏在 10:02 修改过' },
          } as ApiResult<never>;
        current = record({ ...current.profile, ...edit.changes }, current.version + 1);
        return ok(current);
      }
      return { ok: false, error: { code: 'unknown_method', message: method } } as ApiResult<never>;
    },
  };
  return {
    bridge,
    sent,
    otherDeskSaves: (changes: Partial<WorkerRecord['profile']>) => {
      current = record({ ...current.profile, ...changes }, current.version + 1);
    },
    current: () => current,
  };
}

afterEach(() => {
  setBridge(undefined);
  useWorker.getState().clear();
});

describe('editing a worker at the desk', () => {
  it('keeps what was typed through a conflict, then saves only it, keeping the other desk’s edit', async () => {
    const station = fakeStation();
    setBridge(station.bridge);
    useSession.setState({ session: null });
    const w = useWorker.getState();
    await w.load('w1');
    w.startEdit();
    useWorker.getState().setDraft({ notes: '腰不好，不能干重活' });

    station.otherDeskSaves({ phone: '13998765432' });
    expect(await useWorker.getState().saveProfile()).toBe(false);
    let s = useWorker.getState();
    expect(s.conflict).toBe('这条记录已被赵敏在 10:02 修改过');
    expect(s.draft?.notes).toBe('腰不好，不能干重活');
    // The latest record is shown above the form.
    expect(s.record?.profile.phone).toBe('13998765432');

    expect(await useWorker.getState().saveProfile()).toBe(true);
    s = useWorker.getState();
    expect(s.draft).toBeNull();
    expect(s.conflict).toBeNull();
    expect(station.sent.at(-1)).toEqual({
      workerId: 'w1',
      version: 2,
      changes: { notes: '腰不好，不能干重活' },
    });
    expect(station.current().profile).toMatchObject({ phone: '13998765432', notes: '腰不好，不能干重活' });
  });

  it('sends nothing when nothing was changed', async () => {
    const station = fakeStation();
    setBridge(station.bridge);
    await useWorker.getState().load('w1');
    useWorker.getState().startEdit();
    expect(await useWorker.getState().saveProfile()).toBe(true);
    expect(station.sent).toEqual([]);
  });

  it('does not swap the record under someone typing; it says another terminal changed it', async () => {
    const station = fakeStation();
    setBridge(station.bridge);
    await useWorker.getState().load('w1');
    useWorker.getState().startEdit();
    station.otherDeskSaves({ phone: '13911112222' });
    useWorker.getState().remoteUpdate('w1', 2);
    expect(useWorker.getState()).toMatchObject({ changedElsewhere: true, record: { version: 1 } });
  });
});
