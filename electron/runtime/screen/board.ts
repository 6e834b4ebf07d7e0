import type { BoardJob, Job, JobBoard } from '../../api';
import { confirmedSinceSql, seekerCutoff } from '../desk/job-freshness';
import { dailyWage } from '../match/wage';
import type { Db } from '../store/db';

/**
 * The hall's job board: what a kiosk would show (open, unexpired, confirmed lately), with postings
 * confirmed by staff or the employer first, newest first within each. Pay as stated and as 元/天.
 */
export function jobBoard(db: Db, now: Date, today: string, reconfirmDays: number, limit: number): JobBoard {
  const cutoff = seekerCutoff(now, reconfirmDays);
  const where = `status = 'open' AND valid_through >= ? AND ${confirmedSinceSql}`;
  const params = [today, cutoff];
  const total = Number(
    db.get<{ n: number }>(`SELECT count(*) AS n FROM jobs WHERE ${where}`, params)?.n ?? 0,
  );
  const rows = db.all<{ data: string }>(
    `SELECT data FROM jobs WHERE ${where}
      ORDER BY coalesce(julianday(json_extract(data, '$.confirmedAt')) >= julianday(?), 0) DESC,
               julianday(json_extract(data, '$.postedAt')) DESC, id
      LIMIT ?`,
    [...params, cutoff, limit],
  );
  return { total, items: rows.map((r) => boardJob(JSON.parse(r.data) as Job, cutoff)) };
}

function boardJob(j: Job, cutoff: string): BoardJob {
  const w = dailyWage(j.pay);
  return {
    id: j.id,
    title: j.title,
    employer: j.employer.name,
    agency: j.employer.agency,
    district: j.district,
    pay: j.pay,
    daily: w.daily,
    dailyMax: w.dailyMax,
    settlement: j.settlement,
    openings: Math.max(0, j.headcount - j.filled),
    verified: j.confirmedAt !== undefined && Date.parse(j.confirmedAt) >= Date.parse(cutoff),
    postedAt: j.postedAt,
  };
}
