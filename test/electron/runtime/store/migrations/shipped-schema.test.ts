import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../../electron/runtime/store/migrate';
import { dbAt } from './helpers';

/**
 * sqlite_master after migrations 1–8 on an empty database, recorded from the code as it shipped.
 * A migration that has shipped never changes: every database in a hall was built by it.
 */
const shipped = JSON.parse(readFileSync(new URL('./schema-at-8.json', import.meta.url), 'utf8')) as {
  user_version: number;
  sqlite_master: unknown[];
};

describe('migrations that shipped', () => {
  it('build the same schema, statement text and page order included', async () => {
    const db = await dbAt(0);
    migrate(db, 8);
    expect(schemaVersion(db)).toBe(shipped.user_version);
    expect(
      db.all('SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master ORDER BY rootpage, type, name'),
    ).toEqual(shipped.sqlite_master);
  });
});
