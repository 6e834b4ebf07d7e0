import { beforeEach, describe, expect, it } from 'vitest';
import type { Repositories } from '../../../../electron/runtime/data/repositories';
import { CorruptRow } from '../../../../electron/runtime/data/rows';
import type { Db } from '../../../../electron/runtime/store/db';
import { memoryData } from './memory-data';

let db: Db;
let tx: Repositories;
beforeEach(async () => {
  ({ db, tx } = await memoryData());
});

describe('queue tickets', () => {
  it('keep what the person shared, and refuse a shared context that is not what was stored', () => {
    const take = (context: { viewedJobs: string[]; note: string } | null) =>
      tx.queue.insert({
        day: '2026-11-21',
        service: 'jobs',
        number: tx.queue.lastNumber('2026-11-21', 'jobs') + 1,
        ticket: 'B001',
        context,
        workerId: null,
        at: new Date('2026-11-21T01:00:00Z'),
        terminal: 'k',
      });
    take({ viewedJobs: ['j1'], note: '想找白班' });
    expect(tx.queue.waiting('2026-11-21')[0]?.context).toEqual({ viewedJobs: ['j1'], note: '想找白班' });
    db.run(`UPDATE queue_tickets SET context = '{"viewedJobs":"j1"}'`);
    expect(() => tx.queue.waiting('2026-11-21')).toThrow(CorruptRow);
  });
});
