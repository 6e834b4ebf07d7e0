import type { Db } from './db';
import { latestVersion, migrations } from './migrations';

/** One schema step. The list the store runs is migrations/index.ts. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

export function schemaVersion(db: Db): number {
  return Number(db.get<{ user_version: number }>('PRAGMA user_version')?.user_version ?? 0);
}

/** Brings db up to `target` (default: latest). Each migration runs in its own transaction with its version bump. */
export function migrate(db: Db, target = latestVersion, list: Migration[] = migrations): void {
  const current = schemaVersion(db);
  const known = list.reduce((v, m) => Math.max(v, m.version), 0);
  if (current > known) {
    throw new Error(
      `database schema version ${current} is newer than this app understands (${known}); install the newer app, do not downgrade over this data`,
    );
  }
  for (const m of [...list].sort((a, b) => a.version - b.version)) {
    if (m.version <= current || m.version > target) continue;
    db.run('BEGIN');
    try {
      m.up(db);
      db.run(`PRAGMA user_version = ${m.version}`);
      db.run('COMMIT');
    } catch (err) {
      db.run('ROLLBACK');
      throw new Error(`migration ${m.version} (${m.name}) failed: ${(err as Error).message}`, { cause: err });
    }
  }
}
