import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { purgeInactiveWorkers } from '../../../../electron/runtime/store/retention';
import { openStore } from '../../../../electron/runtime/store/store';
import type { Db } from '../../../../electron/runtime/store/db';
import { manualCheckpoints, tempDir } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function worker(db: Db, id: string, idNumber: string, name: string, seen: string[]): void {
  db.run(
    `INSERT INTO workers (id, id_hash, id_number, name, sex, card_type, verified, consent_at, registered_at, last_seen_at)
     VALUES (?, ?, ?, ?, 'female', 'resident', 1, ?, ?, ?)`,
    [id, `h-${id}`, idNumber, name, seen[0]!, seen[0]!, seen.at(-1)!],
  );
  seen.forEach((at, i) =>
    db.run('INSERT INTO visits (worker_id, kind, terminal, at, day) VALUES (?, ?, ?, ?, ?)', [
      id,
      i ? 'returned' : 'registered',
      'k1',
      at,
      at.slice(0, 10),
    ]),
  );
}

describe('retention', () => {
  it('erases workers unseen for N days with their visits, audits counts only, and leaves nothing on disk', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const s = await openStore({ dir: t.dir, checkpoint: manualCheckpoints });
    const now = new Date('2026-06-01T10:00:00Z');
    await s.write((db) => {
      worker(db, 'w-old', '110101195001011111', '李旧人', [
        '2025-01-10T10:00:00.000Z',
        '2025-02-01T10:00:00.000Z',
      ]);
      worker(db, 'w-new', '110101199001012222', '张新人', ['2026-05-01T10:00:00.000Z']);
    });
    await s.checkpoint();

    const result = await purgeInactiveWorkers(s, { days: 365, now, actor: 'desk-1' });
    expect(result).toEqual({ workers: 1, visits: 2, cutoff: '2025-06-01T10:00:00.000Z' });
    expect(s.read((db) => db.all('SELECT name FROM workers'))).toEqual([{ name: '张新人' }]);
    expect(s.read((db) => db.all('SELECT worker_id FROM visits')).length).toBe(1);
    const audit = s.read((db) =>
      db.all<{ actor: string; action: string; subject: string }>('SELECT actor, action, subject FROM audit'),
    );
    expect(audit).toEqual([
      {
        actor: 'desk-1',
        action: 'retention.purge_inactive_workers',
        subject: '1 workers, 2 visits, last seen before 2025-06-01',
      },
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/李旧人|110101195001011111/);

    // The erasure checkpoint dropped history: no snapshot, previous snapshot or journal still holds the row.
    expect(s.status().journalBytes).toBe(0);
    const files = readdirSync(t.dir).filter(
      (f) => f.startsWith('station.db') || f.startsWith('station.journal'),
    );
    expect(files.sort()).toEqual(['station.db', 'station.db.prev', 'station.journal']);
    expect(readFileSync(join(t.dir, 'station.db')).equals(readFileSync(join(t.dir, 'station.db.prev')))).toBe(
      true,
    );
    // secure_delete: the image itself (decrypted) no longer holds the erased name.
    const image = s.read((db) => db.raw.export());
    expect(Buffer.from(image).includes(Buffer.from('李旧人'))).toBe(false);
    expect(Buffer.from(image).includes(Buffer.from('110101195001011111'))).toBe(false);
    await s.close();
  });

  it('does nothing (and writes no audit row) when nobody is due, and rejects a nonsense period', async () => {
    const s = await openStore({ dir: null });
    expect(await purgeInactiveWorkers(s, { now: new Date('2026-01-01T00:00:00Z') })).toMatchObject({
      workers: 0,
      visits: 0,
    });
    expect(s.read((db) => db.all('SELECT * FROM audit'))).toEqual([]);
    await expect(purgeInactiveWorkers(s, { days: 0 })).rejects.toThrow(/at least 1/);
    await s.close();
  });
});
