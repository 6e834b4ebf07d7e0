import { extname } from 'node:path';
import createDebug from 'debug';
import type { StationContext } from '../context';
import { applyJobChanges } from './job-apply';
import { parseJobPostingFeed, type Parsed } from './job-posting-import';
import type { ImportProblem } from './import-fields';
import { parseJobSheet } from './sheet-import';

const log = createDebug('station:sync');

export interface ImportReport {
  /** Items or rows read (blank rows not counted). */
  total: number;
  /** Stored: new jobs or newer copies. */
  imported: number;
  /** Valid, but the cache already held the same or a newer copy. */
  unchanged: number;
  problems: ImportProblem[];
}

export type ImportProgress = (phase: '读取' | '校验' | '写入', done: number, total: number) => void;

export const importKinds = ['.json', '.jsonld', '.xlsx', '.csv'] as const;

/**
 * Imports a JobPosting feed (.json/.jsonld) or a job spreadsheet (.xlsx/.csv) into the cache. Every
 * valid item is stored in one transaction (all or none of them); every bad one is reported with its
 * row or item number and what is wrong, in Chinese. The desk can call this with an uploaded file.
 */
export async function importJobs(
  ctx: Pick<StationContext, 'data' | 'sync' | 'now' | 'clock'>,
  file: { name: string; bytes: Buffer },
  onProgress?: ImportProgress,
): Promise<ImportReport> {
  const ext = extname(file.name).toLowerCase();
  const now = ctx.now();
  onProgress?.('读取', 0, 0);
  let parsed: Parsed;
  if (ext === '.json' || ext === '.jsonld') {
    parsed = parseJobPostingFeed(
      file.bytes.toString('utf8').replace(/^\uFEFF/, ''),
      now,
      ctx.clock.timeZone,
      (d, t) => onProgress?.('校验', d, t),
    );
  } else if (ext === '.xlsx' || ext === '.csv') {
    parsed = await parseJobSheet(
      file.bytes,
      ext === '.xlsx' ? 'xlsx' : 'csv',
      now,
      ctx.clock.timeZone,
      (d, t) => onProgress?.('校验', d, t),
    );
  } else {
    return {
      total: 0,
      imported: 0,
      unchanged: 0,
      problems: [
        { row: 0, message: `不支持的文件类型“${ext || '无扩展名'}”：请使用 ${importKinds.join('、')}` },
      ],
    };
  }
  onProgress?.('写入', 0, parsed.jobs.length);
  const applied = parsed.jobs.length
    ? await ctx.data.write((tx) => applyJobChanges(tx, parsed.jobs, [], { now }))
    : { upserted: [], removed: [], stale: 0 };
  onProgress?.('写入', parsed.jobs.length, parsed.jobs.length);
  if (applied.upserted.length)
    ctx.sync.jobsChanged({ upserted: applied.upserted, removed: [], source: 'import' });
  log(
    'import of a %s file: %d read, %d stored, %d with problems',
    ext,
    parsed.total,
    applied.upserted.length,
    parsed.problems.length,
  );
  return {
    total: parsed.total,
    imported: applied.upserted.length,
    unchanged: parsed.jobs.length - applied.upserted.length,
    problems: parsed.problems,
  };
}
