import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../electron/api';
import { call } from '../api/bridge';
import { JobCard } from '../components/job-card';
import { useStation } from '../station-store';

/** The hall's big screen: today's figures and the newest jobs. Counts and postings only, never a person. */
export function BigScreen() {
  const { t } = useTranslation();
  const info = useStation((s) => s.info);
  const stats = useStation((s) => s.stats);
  const [jobs, setJobs] = useState<Job[]>([]);

  useEffect(() => {
    void call('jobs.list', { limit: 12 }).then((page) => setJobs(page.items));
  }, []);

  return (
    <main className="big-screen">
      <h1>{t('screen.title', { station: info?.stationName ?? '' })}</h1>
      <section className="figures">
        <Figure
          label={t('screen.registrations')}
          value={stats?.registrations}
          testId="figure-registrations"
        />
        <Figure label={t('screen.returning')} value={stats?.returningVisits} testId="figure-returning" />
        <Figure label={t('screen.openJobs')} value={stats?.openJobs} testId="figure-open-jobs" />
      </section>
      <h2>{t('screen.latestJobs')}</h2>
      <section className="job-grid">
        {jobs.map((j) => (
          <JobCard key={j.id} job={j} />
        ))}
      </section>
    </main>
  );
}

function Figure({ label, value, testId }: { label: string; value: number | undefined; testId: string }) {
  return (
    <div className="figure">
      <span className="figure-value" data-testid={testId}>
        {value ?? '—'}
      </span>
      <span className="figure-label">{label}</span>
    </div>
  );
}
