import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../electron/api';
import { call } from '../api/bridge';
import { JobCard } from '../components/job-card';

/** The employer's booth tablet. For now it shows the station's open jobs. */
export function BoothScreen() {
  const { t } = useTranslation();
  const [jobs, setJobs] = useState<Job[]>([]);
  useEffect(() => {
    void call('jobs.list', { limit: 20 }).then((page) => setJobs(page.items));
  }, []);
  return (
    <main className="booth">
      <h1>{t('booth.title')}</h1>
      <h2>{t('booth.jobs')}</h2>
      <section className="job-grid">
        {jobs.map((j) => (
          <JobCard key={j.id} job={j} />
        ))}
      </section>
    </main>
  );
}
