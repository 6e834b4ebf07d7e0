import type { Job } from '../../api';

const DAY = 86_400_000;

/**
 * Phantom postings are the top complaint about job boards (Hello Work: 7,783 in a year). A posting
 * nobody has confirmed within `days` is hidden from seekers until staff or the employer confirm it.
 * One rule, two forms: `seekerCutoff` for listings (the jobs repository's desk search), `isStale`
 * for a job in hand.
 */
export function seekerCutoff(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY).toISOString();
}

export const lastConfirmed = (job: Pick<Job, 'confirmedAt' | 'postedAt'>): string =>
  job.confirmedAt ?? job.postedAt;

export function isStale(job: Pick<Job, 'confirmedAt' | 'postedAt'>, now: Date, days: number): boolean {
  return Date.parse(lastConfirmed(job)) < Date.parse(seekerCutoff(now, days));
}
