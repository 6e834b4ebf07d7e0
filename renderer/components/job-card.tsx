import { useTranslation } from 'react-i18next';
import type { Job } from '../../electron/api';
import { payText } from './pay-text';

/** One posting, plainly: what, who, where, how much, when paid. Text only, never HTML. */
export function JobCard({ job }: { job: Job }) {
  const { t } = useTranslation();
  return (
    <article className="job-card">
      <h3>{job.title}</h3>
      <p className="job-pay">{payText(t, job.pay)}</p>
      <p className="job-meta">
        <span className="badge">{t(`jobs.settlement.${job.settlement}`)}</span>
        <span>{job.district}</span>
        <span>{t('jobs.headcount', { count: job.headcount - job.filled })}</span>
      </p>
      <p className="job-employer">{job.employer.name}</p>
    </article>
  );
}
