import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../electron/api';
import { payText } from '../components/pay-text';
import { useBooth } from './booth-store';
import { JobFormView } from './job-form';

/** The employer's postings: post a new one, edit, close or reopen. */
export function JobsPanel() {
  const { t } = useTranslation();
  const { session, setJobStatus } = useBooth();
  const [editing, setEditing] = useState<{ job: Job | null } | null>(null);
  if (!session) return null;
  if (editing) return <JobFormView job={editing.job} onDone={() => setEditing(null)} />;
  return (
    <div className="jobs">
      <button
        type="button"
        className="primary big"
        onClick={() => setEditing({ job: null })}
        data-testid="post-job"
      >
        {t('booth.jobList.post')}
      </button>
      {session.jobs.length === 0 ? (
        <p className="empty">{t('booth.jobList.none')}</p>
      ) : (
        <ul className="job-list" data-testid="booth-job-list">
          {session.jobs.map(({ job, daily, applicants, hires }) => (
            <li key={job.id} className={`booth-job status-${job.status}`}>
              <div className="booth-job-main">
                <p className="booth-job-title">
                  <span className={`tag status-${job.status}`}>
                    {t(`booth.jobList.status.${job.status}`)}
                  </span>
                  {job.title}
                </p>
                <p className="booth-job-meta">
                  <span>{payText(t, job.pay)}</span>
                  {daily !== null && job.pay.unit !== 'day' && (
                    <span>{t('booth.jobList.perDay', { amount: daily })}</span>
                  )}
                  <span>{t('jobs.headcount', { count: job.headcount - job.filled })}</span>
                  <span>{t('booth.jobList.applicants', { count: applicants })}</span>
                  <span>{t('booth.jobList.hires', { count: hires })}</span>
                </p>
              </div>
              <div className="booth-job-actions">
                <button type="button" onClick={() => setEditing({ job })}>
                  {t('booth.jobList.edit')}
                </button>
                {job.status === 'open' ? (
                  <button type="button" onClick={() => void setJobStatus(job.id, 'closed')}>
                    {t('booth.jobList.close')}
                  </button>
                ) : (
                  <button type="button" onClick={() => void setJobStatus(job.id, 'open')}>
                    {t('booth.jobList.reopen')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
