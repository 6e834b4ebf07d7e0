/**
 * Store benchmark (`npm run bench -- store`): registration commit latency against the naive
 * store (export + atomic write of the whole database on every write) at 10 MB and 100 MB,
 * checkpoint time and RSS across repeated checkpoints at 100 MB, and start-up replay of 10k
 * journal records. Prints figures; asserts nothing about timings.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Db } from '../../electron/runtime/store/db';
import { migrate } from '../../electron/runtime/store/migrate';
import { loadSqlJs } from '../../electron/runtime/store/sqljs';
import { openStore, type Store } from '../../electron/runtime/store/store';

const MB = 1 << 20;
const root = mkdtempSync(join(tmpdir(), 'store-bench-'));
const manual = { idleMs: 0, intervalMs: 0, journalBytes: Number.MAX_SAFE_INTEGER };
let counter = 0;

/** What a kiosk registration writes: a worker and a visit, every value made in JS. */
function register(db: Db): void {
  const id = randomUUID();
  const at = new Date().toISOString();
  const n = counter++;
  db.run(
    `INSERT INTO workers (id, id_hash, id_number, name, sex, birth_date, nation, card_type, verified,
       share_with_employers, consent_at, registered_at, last_seen_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)`,
    [
      id,
      `hash-${n}-${randomUUID()}`,
      `1101011990${String(n).padStart(8, '0')}`,
      '测试人',
      'female',
      '1990-01-01',
      '汉',
      'resident',
      0,
      at,
      at,
      at,
    ],
  );
  db.run('INSERT INTO visits (worker_id, kind, terminal, at, day) VALUES (?, ?, ?, ?, ?)', [
    id,
    'registered',
    'kiosk-1',
    at,
    at.slice(0, 10),
  ]);
}

/** Deterministic bulk: one statement, so it journals as one small record. ~1.1 KB per job row. */
function fillTo(db: Db, megabytes: number): void {
  const rows = Math.round((megabytes * MB) / 1150);
  db.run(
    `WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < ?)
     INSERT INTO jobs (id, status, district, occupation, employer_id, title, employer_name, valid_through, updated_at, data)
     SELECT printf('job-%07d', x), 'open', printf('d%02d', x % 12), printf('4-%02d', x % 40), printf('e%05d', x % 3000),
            printf('保洁员 %d', x), printf('长春某某物业 %d', x % 3000), '2030-01-01', '2026-01-01',
            printf('%d', x) || hex(zeroblob(500))
       FROM n`,
    [rows],
  );
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
function summary(samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  return `p50 ${pct(s, 50).toFixed(2)} ms  p99 ${pct(s, 99).toFixed(2)} ms  max ${s.at(-1)!.toFixed(2)} ms  (n=${s.length})`;
}
const rssMb = () => (process.memoryUsage().rss / MB).toFixed(0);

/** The disk's floor: appending a record-sized buffer and fdatasync'ing it, nothing else. */
async function fsyncFloor(appends: number): Promise<void> {
  const fh = await open(join(root, 'floor'), 'a');
  const record = Buffer.alloc(700, 1);
  const samples: number[] = [];
  for (let i = 0; i < appends; i++) {
    const t0 = performance.now();
    await fh.write(record);
    await fh.datasync();
    samples.push(performance.now() - t0);
  }
  await fh.close();
  console.log(`disk floor (700-byte append + fdatasync): ${summary(samples)}`);
}

async function journaledLatency(megabytes: number, writes: number): Promise<void> {
  const dir = join(root, `journal-${megabytes}`);
  const store = await openStore({ dir, checkpoint: manual });
  await store.write((db) => fillTo(db, megabytes));
  await store.checkpoint();
  const size = store.status().snapshotBytes;
  for (let i = 0; i < 20; i++) await store.write(register); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < writes; i++) {
    const t0 = performance.now();
    await store.write(register);
    samples.push(performance.now() - t0);
  }
  console.log(`journal store, ${(size / MB).toFixed(1)} MB snapshot: ${summary(samples)}`);
  await store.close({ checkpoint: false });
  rmSync(dir, { recursive: true, force: true });
}

/** The first store's behaviour, reproduced: every write exports and atomically replaces the whole file. */
async function naiveLatency(megabytes: number, writes: number): Promise<void> {
  const dir = mkdtempSync(join(root, `naive-${megabytes}-`));
  const SQL = await loadSqlJs();
  const db = new Db(new SQL.Database());
  migrate(db);
  fillTo(db, megabytes);
  const persist = async () => {
    const target = join(dir, 'station.db');
    const data = db.raw.export();
    const fh = await open(`${target}.tmp`, 'w');
    await fh.writeFile(data);
    await fh.sync();
    await fh.close();
    await rename(`${target}.tmp`, target);
    const d = await open(dir, 'r');
    await d.sync();
    await d.close();
  };
  await persist();
  const samples: number[] = [];
  for (let i = 0; i < writes; i++) {
    const t0 = performance.now();
    db.run('BEGIN');
    register(db);
    db.run('COMMIT');
    await persist();
    samples.push(performance.now() - t0);
  }
  console.log(
    `naive store,   ${(db.raw.export().byteLength / MB).toFixed(1)} MB database: ${summary(samples)}`,
  );
  db.raw.close();
  rmSync(dir, { recursive: true, force: true });
}

async function checkpointsAt100(maxCheckpoints: number, budgetMs: number): Promise<void> {
  const dir = join(root, 'checkpoints');
  const store: Store = await openStore({ dir, checkpoint: manual });
  await store.write((db) => fillTo(db, 100));
  await store.checkpoint();
  const times: number[] = [];
  const rss: string[] = [`start ${rssMb()} MB`];
  const started = performance.now();
  let n = 0;
  while (n < maxCheckpoints && performance.now() - started < budgetMs) {
    await store.write(register);
    const t0 = performance.now();
    await store.checkpoint();
    times.push(performance.now() - t0);
    n++;
    if (n === 1 || n % 10 === 0) rss.push(`#${n} ${rssMb()} MB`);
  }
  console.log(`checkpoint at ${(store.status().snapshotBytes / MB).toFixed(1)} MB: ${summary(times)}`);
  console.log(
    `RSS across ${n} checkpoints${n < maxCheckpoints ? ` (time budget ${budgetMs / 1000} s reached)` : ''}: ${rss.join(', ')}`,
  );
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    console.log(`RSS after a full GC: ${rssMb()} MB`);
  }
  await store.close({ checkpoint: false });
  rmSync(dir, { recursive: true, force: true });
}

async function replay(records: number): Promise<void> {
  const dir = join(root, 'replay');
  const writer = await openStore({ dir, checkpoint: manual });
  for (let i = 0; i < records; i++) await writer.write(register);
  const journalBytes = writer.status().journalBytes;
  await writer.close({ checkpoint: false });
  const t0 = performance.now();
  const reader = await openStore({ dir, checkpoint: manual });
  const ms = performance.now() - t0;
  console.log(
    `start-up with ${reader.status().replayedRecords} journal records (${(journalBytes / MB).toFixed(1)} MB journal): ${ms.toFixed(0)} ms`,
  );
  await reader.close({ checkpoint: false });
  rmSync(dir, { recursive: true, force: true });
}

try {
  console.log(`node ${process.version}, ${process.platform}/${process.arch}, temp dir ${root}`);
  await fsyncFloor(1000);
  await journaledLatency(10, 1000);
  await naiveLatency(10, 100);
  await journaledLatency(100, 1000);
  await naiveLatency(100, 20);
  await replay(10_000);
  await checkpointsAt100(100, 180_000);
} finally {
  rmSync(root, { recursive: true, force: true });
}
