import { describe, expect, it } from 'vitest';
import type { Role } from '../../../electron/api';
import type { PairAnswer } from '../../../renderer/pairing/pair-client';
import { createPairingStore, type PairingDeps } from '../../../renderer/pairing/pairing-store';

/** A hub that answers from a script, and a clock the test moves; waits resolve at once. */
function scripted(answers: PairAnswer[], start = 0) {
  const asked: string[] = [];
  const paired: { token: string; role: Role }[] = [];
  let now = start;
  const next = (what: string) => {
    asked.push(what);
    return Promise.resolve(answers.shift() ?? { kind: 'offline' as const });
  };
  const deps: PairingDeps = {
    request: () => next('request'),
    status: (secret) => next(`status ${secret}`),
    paired: (token, role) => paired.push({ token, role }),
    now: () => now,
    wait: async (ms) => {
      now += ms;
      // Stop when the script runs out, so the loop does not spin for ever.
      if (answers.length === 0) await new Promise(() => undefined);
    },
  };
  return { deps, asked, paired };
}

const made = (code: string, secret: string, expiresAt = '1970-01-01T00:05:00.000Z'): PairAnswer => ({
  kind: 'made',
  code,
  secret,
  expiresAt,
});

describe('the unpaired device', () => {
  it('shows its code, waits, and opens as the role staff chose, saving the token once', async () => {
    const hub = scripted([
      made('K7QM3XPA', 's1'),
      { kind: 'waiting', expiresAt: '1970-01-01T00:05:00.000Z' },
      { kind: 'paired', token: 't', role: 'booth' },
    ]);
    const store = createPairingStore(hub.deps);
    store.getState().start();
    await expect.poll(() => store.getState().phase).toEqual({ kind: 'paired', role: 'booth' });
    expect(hub.asked).toEqual(['request', 'status s1', 'status s1']);
    expect(hub.paired).toEqual([{ token: 't', role: 'booth' }]);
    expect(store.getState().phase).toEqual({ kind: 'paired', role: 'booth' });
  });

  it('asks for a new code when the hub no longer knows its request, and shows that one', async () => {
    const hub = scripted([made('AAAA1111', 's1'), { kind: 'gone' }, made('BBBB2222', 's2')]);
    const store = createPairingStore(hub.deps);
    store.getState().start();
    await expect.poll(() => store.getState().phase).toEqual({ kind: 'showing', code: 'BBBB2222' });
    expect(hub.asked).toEqual(['request', 'status s1', 'request']);
    expect(store.getState().phase).toEqual({ kind: 'showing', code: 'BBBB2222' });
  });

  it('takes a new code shortly before the shown one expires, so staff never type a dead one', async () => {
    const hub = scripted([
      made('AAAA1111', 's1', '1970-01-01T00:00:05.000Z'),
      { kind: 'waiting', expiresAt: '1970-01-01T00:00:05.000Z' },
      made('BBBB2222', 's2'),
    ]);
    const store = createPairingStore(hub.deps);
    store.getState().start();
    await expect.poll(() => store.getState().phase).toEqual({ kind: 'showing', code: 'BBBB2222' });
    expect(hub.asked).toEqual(['request', 'status s1', 'request']);
    expect(store.getState().phase).toEqual({ kind: 'showing', code: 'BBBB2222' });
  });

  it('says when the hub is out of reach, and shows the same code again when it answers', async () => {
    const hub = scripted([
      made('AAAA1111', 's1'),
      { kind: 'offline' },
      { kind: 'waiting', expiresAt: '1970-01-01T00:05:00.000Z' },
    ]);
    const store = createPairingStore(hub.deps);
    const phases: string[] = [];
    store.subscribe((s) => phases.push(s.phase.kind));
    store.getState().start();
    await expect.poll(() => phases).toEqual(['showing', 'offline', 'showing']);
    expect(hub.asked).toEqual(['request', 'status s1', 'status s1']);
    expect(phases).toEqual(['showing', 'offline', 'showing']);
    expect(store.getState().phase).toEqual({ kind: 'showing', code: 'AAAA1111' });
  });
});
