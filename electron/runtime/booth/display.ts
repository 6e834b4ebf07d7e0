import type { BoothDisplay, DisplayJob } from '../../api';
import type { CallContext } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import type { StationContext } from '../context';
import { confirmedSinceSql, seekerCutoff } from '../desk/job-freshness';
import { dailyWageZh } from '../match/reasons-zh';
import { dailyWage } from '../match/wage';
import type { Job } from '../../schema/job';
import type { Db } from '../store/db';
import { localDay } from '../workers/repository';
import { assignmentAt } from './assignments';
import { loadProfile } from './employer-profile';
import { interviewingAt } from './visits';

/** What seekers may see of an employer's postings: open, unexpired, confirmed lately, places left. */
export function shownJobsOf(db: Db, employerId: string, now: Date, reconfirmDays: number): Job[] {
  return db
    .all<{ data: string }>(
      `SELECT data FROM jobs WHERE employer_id = ? AND status = 'open' AND valid_through >= ? AND ${confirmedSinceSql}
        ORDER BY updated_at DESC LIMIT 30`,
      [employerId, localDay(now), seekerCutoff(now, reconfirmDays)],
    )
    .map((r) => JSON.parse(r.data) as Job)
    .filter((j) => j.filled < j.headcount);
}

function displayJob(j: Job): DisplayJob {
  const w = dailyWage(j.pay);
  return {
    id: j.id,
    title: j.title,
    district: j.district,
    pay: j.pay,
    daily: w.daily,
    dailyMax: w.dailyMax,
    settlement: j.settlement,
    openings: j.headcount - j.filled,
  };
}

/** The QR's text: readable by any phone camera with no network, so a person can keep it. */
function qrText(name: string, jobs: readonly Job[], station: { name: string; phone: string }): string {
  const lines = [name, ...jobs.slice(0, 3).map((j) => `${j.title} ${dailyWageZh(dailyWage(j.pay))}`)];
  lines.push(`${station.name}${station.phone ? ` ${station.phone}` : ''}`);
  return lines.join('\n').slice(0, 300);
}

/**
 * The booth's TV. A booth terminal always gets its own booth; a screen gets the booth it was paired
 * to, or the one it names (the information is public). Never a person: only a count of interviews.
 */
export function boothDisplay(
  ctx: StationContext,
  caller: CallContext,
  asked: number | undefined,
): BoothDisplay {
  const booth = caller.role === 'booth' ? caller.booth : (caller.booth ?? asked);
  if (booth === undefined) throw new ApiFailure('invalid_input', '请指定摊位号');
  const now = ctx.now();
  const day = localDay(now);
  return ctx.store.read((db) => {
    const a = assignmentAt(db, booth, day);
    const base = { booth, day, stationName: ctx.config.stationName };
    if (!a) return { ...base, company: null, jobs: [], interviewing: 0, qr: ctx.config.stationName };
    const profile = loadProfile(db, a.employerId);
    const jobs = shownJobsOf(db, a.employerId, now, ctx.config.desk.reconfirmDays);
    return {
      ...base,
      company: {
        name: profile.name,
        introduction: profile.introduction,
        logo: profile.logo,
        agency: profile.agency,
      },
      jobs: jobs.map(displayJob),
      interviewing: interviewingAt(db, booth, day, a.employerId),
      qr: qrText(profile.name, jobs, { name: ctx.config.stationName, phone: ctx.config.kiosk.stationPhone }),
    };
  });
}
