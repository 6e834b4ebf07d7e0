/**
 * The sync benchmark's baseline on a thread of its own: a raw sql.js bulk insert of the rows the
 * platform serves (one prepared statement, one transaction), timed and posted back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { generateJobs } from '../../assets/jobs/generator';
import { Db } from '../../electron/runtime/store/db';
import { migrations } from '../../electron/runtime/store/migrations';
import { loadSqlJs } from '../../electron/runtime/store/sqljs';

const { jobs: count, seed } = workerData as { jobs: number; seed: number };
const jobs = generateJobs({ count, seed, prefix: 'pf' });
const SQL = await loadSqlJs();
const db = new SQL.Database();
migrations.find((m) => m.version === 1)!.up(new Db(db));
const t0 = performance.now();
db.run('BEGIN');
const stmt = db.prepare(
  `INSERT INTO jobs (id, status, district, occupation, employer_id, title, employer_name, valid_through, updated_at, data)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);
for (const j of jobs) {
  stmt.run([
    j.id,
    j.status,
    j.district,
    j.occupation,
    j.employer.id,
    j.title,
    j.employer.name,
    j.validThrough,
    j.updatedAt,
    JSON.stringify(j),
  ]);
}
stmt.free();
db.run('COMMIT');
const ms = performance.now() - t0;
db.close();
parentPort!.postMessage({ type: 'raw', ms });
