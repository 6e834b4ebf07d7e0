import type { BoothDisplay, DisplayJob } from '../../api';
import type { CallContext } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import type { StationContext } from '../context';
import type { Repositories } from '../data/repositories';
import { isVisible, seekerMomentOf, type SeekerMoment } from '../jobs/visibility';
import { dailyWageZh } from '../match/reasons-zh';
import { dailyWage } from '../match/wage';
import type { Job } from '../../schema/job';
import { loadProfile } from './employer-profile';

/** A booth's TV lists this many of its employer's postings. */
const SHOWN_AT_BOOTH = 30;

/**
 * An employer's postings seekers may see (the rule in jobs/visibility), last updated first. Read
 * from the employer's own rows, a handful, with the rule applied to all of them before the TV takes
 * its first 30; `day` is the station's day of `at`.
 */
export function shownJobsOf(tx: Repositories, employerId: string, day: string, at: SeekerMoment): Job[] {
  return tx.boothJobs.openOn(employerId, day).filter((j) => isVisible(j, at));
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
  const day = ctx.clock.dayOf(now);
  return ctx.data.read((tx) => {
    const a = tx.booths.at(booth, day);
    const base = { booth, day, stationName: ctx.config.stationName };
    if (!a) return { ...base, company: null, jobs: [], interviewing: 0, qr: ctx.config.stationName };
    const profile = loadProfile(tx, a.employerId);
    const jobs = shownJobsOf(tx, a.employerId, day, seekerMomentOf(ctx)).slice(0, SHOWN_AT_BOOTH);
    return {
      ...base,
      company: {
        name: profile.name,
        introduction: profile.introduction,
        logo: profile.logo,
        agency: profile.agency,
      },
      jobs: jobs.map(displayJob),
      interviewing: tx.boothVisits.interviewing({ booth, day, employerId: a.employerId }),
      qr: qrText(profile.name, jobs, { name: ctx.config.stationName, phone: ctx.config.kiosk.stationPhone }),
    };
  });
}
