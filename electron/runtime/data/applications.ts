/** 报名: a worker applied for a job at the kiosk. One per worker and job. */
export interface NewApplication {
  id: string;
  workerId: string;
  jobId: string;
  employerId: string;
  /** The title as the worker saw it: the slip and the booth show it after the job has gone. */
  jobTitle: string;
  terminal: string;
  /** ISO instant. */
  createdAt: string;
  /** The station's day of `createdAt`. */
  day: string;
}

export interface ApplicationsRepository {
  /** The worker's application for this job, if they made one. */
  of(workerId: string, jobId: string): { id: string; createdAt: string } | undefined;
  insert(application: NewApplication): void;
}
