import type { Db } from '../db';
import type { Migration } from '../migrate';

export const migration: Migration = {
  version: 10,
  name: "hall record: the hub keeps its terminals' registrations as workers, without their clear ID number",
  up,
};

/**
 * The hub becomes the hall's record: a person registered at a kiosk PC is a row in the hub's
 * `workers`, so the desk, the queue, booths and figures find them as anyone else. Such a row holds
 * the HMAC and the masked number, never the clear one (it stays on the terminal that read the card,
 * `home_terminal`); reading the card at the hub fills it in. `hall_workers` goes: its facts are the
 * row's now. A second workerId for the same person (two terminals offline) is an alias, and the
 * fields terminals edit keep their history with the event that set them.
 */
function up(db: Db): void {
  // SQLite has no ALTER COLUMN. Dropping a NOT NULL changes nothing on disk, so the table's
  // statement is edited in place (sqlite.org/lang_altertable.html, "otheralter"): a rebuild would
  // drop the table, and with foreign keys on its dependants' rows would cascade away with it.
  const before = db.get<{ sql: string }>(
    "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'workers'",
  );
  const schemaVersion = Number(db.get<{ schema_version: number }>('PRAGMA schema_version')?.schema_version);
  const edited = before?.sql.replace('id_number TEXT NOT NULL,', 'id_number TEXT,');
  if (!edited || edited === before?.sql)
    throw new Error('workers.id_number is not the NOT NULL column expected');
  db.run('PRAGMA writable_schema = ON');
  db.run("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'workers'", [edited]);
  db.run(`PRAGMA schema_version = ${schemaVersion + 1}`);
  db.run('PRAGMA writable_schema = OFF');
  db.run(`
    -- Set where id_number is not: a person the hub knows from another terminal's event.
    ALTER TABLE workers ADD COLUMN masked_id_number TEXT;
    -- The terminal that read the card and holds the clear number; NULL when this station read it.
    ALTER TABLE workers ADD COLUMN home_terminal TEXT;

    CREATE TABLE worker_aliases (
      alias_id TEXT PRIMARY KEY,
      worker_id TEXT NOT NULL REFERENCES workers(id) ON DELETE CASCADE,
      terminal TEXT NOT NULL,
      at TEXT NOT NULL
    );
    CREATE INDEX worker_aliases_worker ON worker_aliases(worker_id);

    -- Every edit of a field a terminal sent, applied or superseded by a later one: what, where, who, when.
    CREATE TABLE worker_field_edits (
      event_id TEXT NOT NULL,
      field TEXT NOT NULL,
      worker_id TEXT NOT NULL REFERENCES workers(id) ON DELETE CASCADE,
      value TEXT,
      terminal TEXT NOT NULL,
      actor TEXT,
      at TEXT NOT NULL,
      applied INTEGER NOT NULL,
      PRIMARY KEY (event_id, field)
    );
    CREATE INDEX worker_field_edits_field ON worker_field_edits(worker_id, field, at);

    -- What hall_workers knew, completed from the registration events the hub kept (first one per
    -- person), each with its registration visit (the reports counted hall_workers as registrations).
    -- A migration does not know the station's zone: the day is China Standard Time's, the default.
    INSERT OR IGNORE INTO workers (id, id_hash, id_number, masked_id_number, home_terminal, name, sex, birth_date,
                                   card_type, verified, share_with_employers, consent_at, registered_at, last_seen_at)
      SELECT h.worker_id, h.id_hash, NULL, json_extract(o.payload, '$.maskedIdNumber'), h.terminal,
             json_extract(o.payload, '$.name'), json_extract(o.payload, '$.sex'),
             json_extract(o.payload, '$.birthDate'), json_extract(o.payload, '$.cardType'), 1,
             h.share_with_employers, json_extract(o.payload, '$.consent.at'), h.registered_at, h.registered_at
        FROM hall_workers h
        JOIN outbox o ON o.seq = (SELECT min(seq) FROM outbox
                                   WHERE type = 'worker.registered' AND json_extract(payload, '$.idHash') = h.id_hash)
       WHERE NOT EXISTS (SELECT 1 FROM workers w WHERE w.id_hash = h.id_hash);
    INSERT INTO visits (worker_id, kind, terminal, at, day)
      SELECT h.worker_id, 'registered', h.terminal, h.registered_at, date(h.registered_at, '+8 hours')
        FROM hall_workers h JOIN workers w ON w.id = h.worker_id AND w.id_number IS NULL;
    DROP TABLE hall_workers;
  `);
}
