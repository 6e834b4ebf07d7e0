import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../../electron/runtime/store/db';
import { migrate, schemaVersion } from '../../../../../electron/runtime/store/migrate';
import { latestVersion } from '../../../../../electron/runtime/store/migrations';
import { dbAt, tables } from './helpers';

describe('migrate', () => {
  it('refuses a database newer than the app with a clear error', async () => {
    const db = await dbAt(latestVersion);
    db.run(`PRAGMA user_version = ${latestVersion + 1}`);
    expect(() => migrate(db)).toThrow(
      new RegExp(
        `schema version ${latestVersion + 1} is newer than this app understands \\(${latestVersion}\\)`,
      ),
    );
  });

  it('rolls a failing migration back and names it', async () => {
    const db = await dbAt(0);
    const broken = [
      {
        version: 1,
        name: 'broken',
        up: (d: Db) => (d.run('CREATE TABLE t (x)'), d.run('SELECT nope FROM t')),
      },
    ];
    expect(() => migrate(db, 1, broken)).toThrow(/migration 1 \(broken\) failed/);
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
  });
});
