import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { IdCard } from '../../../../drivers/idcard/card';
import { purgeInactiveWorkers } from '../../../../electron/runtime/store/retention';
import { openStore } from '../../../../electron/runtime/store/store';
import { insertWorker, recordVisit } from '../../../../electron/runtime/workers/repository';
import { manualCheckpoints, tempDir } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const card = (idNumber: string, name: string): IdCard => ({ idNumber, name, sex: 'female', cardType: 'resident' });

describe('retention', () => {
  it('erases workers unseen for N days with their visits, audits counts only, and leaves nothing on disk', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const s = await openStore({ dir: t.dir, checkpoint: manualCheckpoints });
    const now = new Date('2026-06-01T10:00:00Z');
    const old = new Date('2025-01-10T10:00:00Z');
    await s.write((db) => {
      const gone = insertWorker(db, { hash: 'h-old', card: card('110101195001011111', '李旧人'), shareWithEmployers: false, terminal: 'k1', now: old });
      recordVisit(db, gone, 'returned', 'k1', new Date('2025-02-01T10:00:00Z'));
      insertWorker(db, { hash: 'h-new', card: card('110101199001012222', '张新人'), shareWithEmployers: false, terminal: 'k1', now: new Date('2026-05-01T10:00:00Z') });
    });
    await s.checkpoint();

    const result = await purgeInactiveWorkers(s, { days: 365, now, actor: 'desk-1' });
    expect(result).toEqual({ workers: 1, visits: 2, cutoff: '2025-06-01T10:00:00.000Z' });
    expect(s.read((db) => db.all('SELECT name FROM workers'))).toEqual([{ name: '张新人' }]);
    expect(s.read((db) => db.all('SELECT worker_id FROM visits')).length).toBe(1);
    const audit = s.read((db) => db.all<{ actor: string; action: string; subject: string }>('SELECT actor, action, subject FROM audit'));
    expect(audit).toEqual([{ actor: 'desk-1', action: 'retention.purge_inactive_workers', subject: '1 workers, 2 visits, last seen before 2025-06-01' }]);
    expect(JSON.stringify(audit)).not.toMatch(/李旧人|110101195001011111/);

    // The erasure checkpoint dropped history: no snapshot, previous snapshot or journal still holds the row.
    expect(s.status().journalBytes).toBe(0);
    const files = readdirSync(t.dir).filter((f) => f.startsWith('station.db') || f.startsWith('station.journal'));
    expect(files.sort()).toEqual(['station.db', 'station.db.prev', 'station.journal']);
    expect(readFileSync(join(t.dir, 'station.db')).equals(readFileSync(join(t.dir, 'station.db.prev')))).toBe(true);
    // secure_delete: the image itself (decrypted) no longer holds the erased name.
    const image = s.read((db) => db.raw.export());
    expect(Buffer.from(image).includes(Buffer.from('李旧人'))).toBe(false);
    expect(Buffer.from(image).includes(Buffer.from('110101195001011111'))).toBe(false);
    await s.close();
  });

  it('does nothing (and writes no audit row) when nobody is due, and rejects a nonsense period', async () => {
    const s = await openStore({ dir: null });
    expect(await purgeInactiveWorkers(s, { now: new Date('2026-01-01T00:00:00Z') })).toMatchObject({ workers: 0, visits: 0 });
    expect(s.read((db) => db.all('SELECT * FROM audit'))).toEqual([]);
    await expect(purgeInactiveWorkers(s, { days: 0 })).rejects.toThrow(/at least 1/);
    await s.close();
  });
});
