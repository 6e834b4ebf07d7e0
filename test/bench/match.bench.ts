/**
 * `npm run bench -- match`: the matching and search engine on 100k generated jobs, beside two
 * baselines in sql.js (a scoring scan in SQL and LIKE search). Prints figures; asserts nothing.
 * Targets (issue 6): build ≤ 2 s, ≤ 150 MB, match p95 ≤ 5 ms and ≥ 10× the SQL scan, search p95 ≤ 10 ms.
 */
import os from 'node:os';
import { generateJobs, rng } from '../../assets/jobs/generator';
import { searchQuerySchema } from '../../electron/contract/match';
import { createMatchEngine } from '../../electron/runtime/match/engine';
import { districtCentres } from '../../electron/runtime/match/geo';
import { loadTaxonomy } from '../../electron/runtime/match/taxonomy';
import { dailyWage } from '../../electron/runtime/match/wage';
import { workerProfileSchema, type WorkerProfile } from '../../electron/runtime/match/worker';
import { loadSqlJs } from '../../electron/runtime/store/sqljs';

const COUNT = Number(process.env.BENCH_JOBS ?? 100_000);
const NOW = new Date('2026-11-21T09:00:00+08:00');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const heapMb = () => process.memoryUsage().heapUsed / 1e6;

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { n: s.length, p50: at(0.5), p95: at(0.95), max: s[s.length - 1]! };
}
const fmt = (x: { n: number; p50: number; p95: number; max: number }) =>
  `p50 ${x.p50.toFixed(2)} ms  p95 ${x.p95.toFixed(2)} ms  max ${x.max.toFixed(2)} ms  (n=${x.n})`;
function time<T>(f: () => T): [number, T] {
  const t = performance.now();
  const r = f();
  return [performance.now() - t, r];
}

const taxonomy = loadTaxonomy();
const codes = taxonomy.data.occupations.map((o) => o.code);
const certNames = taxonomy.data.certificates.map((c) => c.name);
const districtNames = Object.keys(districtCentres);

function workers(n: number, seed = 4242): WorkerProfile[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: n }, () =>
    workerProfileSchema.parse({
      age: 18 + Math.floor(r() * 47),
      occupations: r() < 0.9 ? [pick(codes), ...(r() < 0.4 ? [pick(codes)] : [])] : [],
      ...(r() < 0.85 ? { expectedDailyPay: 100 + Math.round(r() * 300) } : {}),
      certificates: certNames.filter(() => r() < 0.15),
      keyGroups: r() < 0.15 ? ['hard-to-employ'] : [],
      home: { district: pick(districtNames) },
      ...(r() < 0.6 ? { maxDistanceKm: 5 + Math.round(r() * 25) } : {}),
      schedules: r() < 0.5 ? [pick(['day', 'short', 'long'] as const)] : [],
      ...(r() < 0.3 ? { dailySettlement: true } : {}),
      ...(r() < 0.1 ? { keywords: [pick(['夜班', '包吃住', '日结', '见习'])] } : {}),
    }),
  );
}

const queries = {
  chinese: [
    '保洁',
    '搬运',
    '叉车司机',
    '钟点工',
    '南关区日结保洁员',
    '我想找个保洁的工作',
    '电焊',
    '厨师',
    '快递',
    '外卖骑手',
    '洁',
  ],
  pinyin: ['baojie', 'banyun', 'chache', 'zhongdiangong', 'diangong', 'kuaidi', 'waimai', 'chushi', 'baoan'],
  initials: ['bj', 'by', 'cc', 'zdg', 'dg', 'kd', 'wm', 'cs', 'ba'],
};

console.log(`generating ${COUNT} jobs…`);
const jobs = generateJobs({ count: COUNT, seed: 100_000, now: NOW, prefix: 'bench', catalogue: 'full' });
gc();
const heapBefore = heapMb();
const cpu0 = process.cpuUsage();
const [buildMs, engine] = time(() => createMatchEngine({ jobs, now: () => NOW }));
const buildCpuMs = (process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1000;
gc();
const heapDelta = heapMb() - heapBefore;
console.log(
  `engine build: ${buildMs.toFixed(0)} ms wall, ${buildCpuMs.toFixed(0)} ms CPU for ${engine.size} jobs; heap +${heapDelta.toFixed(1)} MB (total heap ${heapMb().toFixed(0)} MB)`,
);
console.log(
  `machine: ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (wall times inflate under load)`,
);

const profiles = workers(300);
// Warm-up on other walk-ins, so the measured ones meet compiled code as at a station that has been open a while.
for (const w of workers(100, 77)) engine.match(w);
const matchTimes = profiles.map((w) => time(() => engine.match(w))[0]);
const matchStats = stats(matchTimes);
console.log(`match top-5 over ${profiles.length} workers: ${fmt(matchStats)}`);
const named = matchTimes.filter((_, i) => profiles[i]!.occupations.length > 0);
const unnamed = matchTimes.filter((_, i) => profiles[i]!.occupations.length === 0);
console.log(`  of which naming an occupation: ${fmt(stats(named))}`);
if (unnamed.length) console.log(`  of which naming none:          ${fmt(stats(unnamed))}`);

const searchStats: Record<string, ReturnType<typeof stats>> = {};
for (const [kind, qs] of Object.entries(queries)) {
  const parsed = qs.map((text) => searchQuerySchema.parse({ text }));
  for (const q of parsed) engine.search(q);
  const samples: number[] = [];
  for (let round = 0; round < 10; round++)
    for (const q of parsed) samples.push(time(() => engine.search(q))[0]);
  searchStats[kind] = stats(samples);
  console.log(`search ${kind.padEnd(8)}: ${fmt(searchStats[kind])}`);
}
const browse = searchQuerySchema.parse({ dailySettlement: true, minDailyPay: 150 });
engine.search(browse);
console.log(
  `browse (no text, 日结 ≥150): ${fmt(stats(Array.from({ length: 20 }, () => time(() => engine.search(browse))[0])))}`,
);

// Incremental updates as sync delivers them.
const updates = jobs
  .slice(0, 1000)
  .map((j) => ({ ...j, title: `${j.title}（急招）`, updatedAt: NOW.toISOString() }));
const [upsertMs] = time(() => updates.forEach((j) => engine.upsert(j)));
const [removeMs] = time(() => updates.slice(0, 500).forEach((j) => engine.remove(j.id)));
console.log(
  `incremental: upsert ${(upsertMs / 1000).toFixed(3)} ms/job, remove ${(removeMs / 500).toFixed(3)} ms/job`,
);

// ---- Baselines in sql.js ----
const SQL = await loadSqlJs();
const db = new SQL.Database();
db.run(`CREATE TABLE jobs (id TEXT PRIMARY KEY, status TEXT, valid_through TEXT, occupation TEXT, employer_id TEXT, title TEXT,
  employer_name TEXT, district TEXT, lat REAL, lng REAL, daily REAL, age_min INT, age_max INT, certs TEXT, public_welfare INT,
  schedule TEXT, settlement TEXT, start_date TEXT, headcount INT, filled INT, updated_at TEXT, data TEXT)`);
const [loadMs] = time(() => {
  db.run('BEGIN');
  const ins = db.prepare('INSERT INTO jobs VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)');
  for (const j of jobs) {
    const w = dailyWage(j.pay);
    ins.run([
      j.id,
      j.status,
      j.validThrough,
      j.occupation,
      j.employer.id,
      j.title,
      j.employer.name,
      j.district,
      j.geo?.lat ?? null,
      j.geo?.lng ?? null,
      w.daily,
      j.ageMin ?? null,
      j.ageMax ?? null,
      j.certificates.join(','),
      j.publicWelfare ? 1 : 0,
      j.schedule,
      j.settlement,
      j.startDate,
      j.headcount,
      j.filled,
      j.updatedAt,
      JSON.stringify(j),
    ]);
  }
  ins.free();
  db.run('COMMIT');
});
console.log(`sql.js baseline: loaded ${COUNT} rows (flat columns + JSON) in ${loadMs.toFixed(0)} ms`);

/** The same filters and a comparable score, expressed in SQL over flat columns (no trig in sql.js: squared planar km). */
function sqlMatch(w: WorkerProfile): unknown[] {
  const occ = w.occupations[0];
  const o = occ ? taxonomy.occupation(occ) : undefined;
  const groupCodes = o
    ? taxonomy.data.occupations
        .filter((x) => x.group === o.group)
        .map((x) => `'${x.code}'`)
        .join(',')
    : "''";
  const home = districtCentres[w.home?.district ?? '南关区']!;
  const kx = 111.32 * Math.cos((home.lat * Math.PI) / 180);
  // Squared planar km: sql.js's sqrt() is a deprecated extension that logs on every call.
  const d2 = `(((lat - ${home.lat}) * 110.57) * ((lat - ${home.lat}) * 110.57) + ((lng - ${home.lng}) * ${kx}) * ((lng - ${home.lng}) * ${kx}))`;
  const reach = w.maxDistanceKm ?? 25;
  const exp = w.expectedDailyPay ?? 0;
  const held = new Set(w.certificates);
  const sql = `SELECT id, (CASE WHEN occupation = '${occ ?? ''}' THEN 40 WHEN occupation LIKE '${o?.minorGroup ?? '#'}-%' THEN 30
      WHEN occupation IN (${groupCodes}) THEN 20 ELSE 0 END)
    + (CASE WHEN daily IS NULL THEN 8 WHEN ${exp} = 0 THEN 12 ELSE 25 * max(0, min(1, (daily / ${exp || 1} - 0.7) / 0.5)) END)
    + 15 * max(0, 1 - ${d2} / ${reach * reach}) AS score
    FROM jobs WHERE status = 'open' AND valid_through >= '2026-11-21' AND filled < headcount
      AND (age_min IS NULL OR age_min <= ${w.age}) AND (age_max IS NULL OR age_max >= ${w.age})
      AND (certs = '' ${held.size ? `OR certs IN (${[...held].map((c) => `'${c}'`).join(',')})` : ''})
      AND (public_welfare = 0 OR ${w.keyGroups.length > 0 ? 1 : 0})
      ${w.maxDistanceKm ? `AND ${d2} <= ${w.maxDistanceKm * w.maxDistanceKm}` : ''}
    ORDER BY score DESC, updated_at DESC LIMIT 5`;
  const rows: unknown[] = [];
  const st = db.prepare(sql);
  while (st.step()) rows.push(st.get());
  st.free();
  return rows;
}
const sqlProfiles = profiles.slice(0, 40);
sqlMatch(sqlProfiles[0]!);
const sqlMatchStats = stats(sqlProfiles.map((w) => time(() => sqlMatch(w))[0]));
console.log(`sql.js scoring scan top-5: ${fmt(sqlMatchStats)}`);

function likeSearch(text: string): unknown[] {
  const st = db.prepare(
    "SELECT data FROM jobs WHERE status = 'open' AND (title LIKE ? OR employer_name LIKE ?) ORDER BY updated_at DESC LIMIT 20",
  );
  const like = `%${text}%`;
  st.bind([like, like]);
  const rows: unknown[] = [];
  while (st.step()) rows.push(st.get());
  st.free();
  return rows;
}
const likeQueries = queries.chinese.filter((q) => q.length <= 4);
likeSearch('保洁');
const likeStats = stats(likeQueries.flatMap((q) => [0, 1, 2].map(() => time(() => likeSearch(q))[0])));
console.log(`sql.js LIKE search (Chinese only; finds nothing for pinyin or synonyms): ${fmt(likeStats)}`);
db.close();

const allSearch = stats(Object.values(searchStats).flatMap((s) => [s.p95]));
console.log('\n--- summary ---');
console.log(
  `build            ${buildMs.toFixed(0)} ms (target ≤ 2000)     memory +${heapDelta.toFixed(1)} MB (target ≤ 150)`,
);
console.log(`match p95        ${matchStats.p95.toFixed(2)} ms (target ≤ 5)`);
console.log(
  `match vs SQL     p50 ${(sqlMatchStats.p50 / matchStats.p50).toFixed(1)}×  p95 ${(sqlMatchStats.p95 / matchStats.p95).toFixed(1)}× faster (target ≥ 10×)`,
);
console.log(`search p95       worst kind ${allSearch.max.toFixed(2)} ms (target ≤ 10)`);
console.log(
  `search vs LIKE   p50 ${(likeStats.p50 / searchStats.chinese!.p50).toFixed(1)}×  p95 ${(likeStats.p95 / searchStats.chinese!.p95).toFixed(1)}× faster (Chinese queries)`,
);
