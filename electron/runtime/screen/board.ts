import type { BoardJob, Job, JobBoard } from '../../api';
import type { MatchEngine } from '../match/engine';
import { dailyWage } from '../match/wage';

/**
 * The hall's job board, drawn from the postings seekers may see (the rule in jobs/visibility):
 * those confirmed by staff or the employer first, newest first within each. Its total is the count
 * of them all, the figure 在招岗位 shows. Pay as stated and as 元/天.
 */
export function jobBoard(engine: Pick<MatchEngine, 'visiblePage'>, limit: number): JobBoard {
  const page = engine.visiblePage('verified-newest', limit);
  return { total: page.total, items: page.items.map(boardJob) };
}

// A shown posting that was ever confirmed was confirmed within the reconfirm period: it is verified.
const verified = (j: Job) => j.confirmedAt !== undefined;

function boardJob(j: Job): BoardJob {
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
    verified: verified(j),
    postedAt: j.postedAt,
  };
}
