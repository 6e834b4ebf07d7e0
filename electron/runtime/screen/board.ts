import type { BoardJob, Job, JobBoard } from '../../api';
import { firstBy } from '../jobs/first-by';
import { instantMs } from '../match/iso-time';
import { dailyWage } from '../match/wage';

/**
 * The hall's job board, drawn from the postings seekers may see (`engine.visible()`, the rule in
 * jobs/visibility): those confirmed by staff or the employer first, newest first within each. Its
 * total is the count of them all, the figure 在招岗位 shows. Pay as stated and as 元/天.
 */
export function jobBoard(visible: readonly Job[], limit: number): JobBoard {
  const items = firstBy(visible, limit, boardOrder);
  return { total: visible.length, items: items.map(boardJob) };
}

// A shown posting that was ever confirmed was confirmed within the reconfirm period: it is verified.
const verified = (j: Job) => j.confirmedAt !== undefined;

function boardOrder(a: Job, b: Job): number {
  return (
    Number(verified(b)) - Number(verified(a)) ||
    instantMs(b.postedAt) - instantMs(a.postedAt) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

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
