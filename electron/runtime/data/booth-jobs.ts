import type { Job } from '../../schema/job';

/** An employer's postings as its booth works with them, and what came of them. */
export interface BoothJobsRepository {
  /** The employer's postings, open first, then last updated first, at most `limit`. */
  postingsOf(employerId: string, limit: number): Job[];
  /** Open postings not expired on the day, last updated first (places left are not looked at). */
  openOn(employerId: string, day: string): Job[];
  /** How many applied to each of the employer's jobs, by job id. */
  applicationsPerJob(employerId: string): Map<string, number>;
  /** How many people were hired for each of the employer's jobs, by job id. */
  hiresPerJob(employerId: string): Map<string, number>;
}
