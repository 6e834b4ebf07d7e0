import { beforeEach, describe, expect, it } from 'vitest';
import type { Repositories } from '../../../../electron/runtime/data/repositories';
import { memoryData } from './memory-data';

let tx: Repositories;
beforeEach(async () => {
  ({ tx } = await memoryData());
});

const register = (i: number, at: string) =>
  tx.workers.insert({
    id: `w${i}`,
    idHash: `h${i}`,
    idNumber: `22010419680312${String(i).padStart(4, '0')}`,
    name: '王秀兰',
    sex: 'female',
    birthDate: '1968-03-12',
    nation: '汉',
    cardType: 'resident',
    shareWithEmployers: false,
    at,
  });

describe('what retention reads of workers and visits', () => {
  it('finds the workers unseen since the cutoff, and counts their visits however many there are', () => {
    // More workers than one statement takes ids.
    for (let i = 0; i < 1200; i++) {
      const at = i % 2 ? '2025-01-01T00:00:00Z' : '2026-01-01T00:00:00Z';
      register(i, at);
      tx.visits.record({ workerId: `w${i}`, kind: 'registered', terminal: 'k', at, day: at.slice(0, 10) });
    }
    tx.visits.record({
      workerId: 'w1',
      kind: 'returned',
      terminal: 'k',
      at: '2025-01-02T00:00:00Z',
      day: '2025-01-02',
    });

    const due = tx.workers.lastSeenBefore('2025-06-01T00:00:00Z');
    expect(due).toHaveLength(600);
    expect(due.every((id) => Number(id.slice(1)) % 2 === 1)).toBe(true);
    expect(tx.visits.countFor(due)).toBe(601);
    expect(tx.visits.countFor([])).toBe(0);
  });

  it("keeps a worker's consent to be seen by booths on the worker", () => {
    register(1, '2026-01-01T00:00:00Z');
    tx.workers.setShareWithEmployers('w1', true);
    expect(tx.workers.registrationByHash('h1')?.shareWithEmployers).toBe(true);
    tx.workers.setShareWithEmployers('w1', false);
    expect(tx.workers.registrationByHash('h1')?.shareWithEmployers).toBe(false);
  });
});
