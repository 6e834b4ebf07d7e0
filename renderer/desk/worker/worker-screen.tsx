import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNav } from '../nav-store';
import { useWorker } from '../worker-store';
import { EmployerReportPanel } from './employer-report-panel';
import { FollowUpPanel } from './follow-up-panel';
import { HistoryPanel } from './history-panel';
import { KeyGroupsPanel } from './key-groups-panel';
import { LedgerPanel } from './ledger-panel';
import { OutcomePanel } from './outcome-panel';
import { ProfilePanel } from './profile-panel';
import { ReferralsPanel } from './referrals-panel';
import { WorkerHeader } from './worker-header';

/** One worker's record: who they are, what the station has done for them, and what happens next. */
export function WorkerScreen({ workerId }: { workerId: string }) {
  const { t } = useTranslation();
  const record = useWorker((s) => s.record);
  const error = useWorker((s) => s.error);
  const load = useWorker((s) => s.load);
  const go = useNav((s) => s.go);
  useEffect(() => {
    void load(workerId);
    // A revealed ID number and a half-typed edit do not outlive the page.
    return () => useWorker.getState().clear();
  }, [load, workerId]);

  if (!record || record.id !== workerId)
    return (
      <section className="panel">
        {error ? (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        ) : (
          <p className="loading">{t('app.connecting')}</p>
        )}
        <button type="button" onClick={() => go('workers')}>
          {t('desk.worker.back')}
        </button>
      </section>
    );
  return (
    <article className="worker-record" data-testid="worker-record" aria-labelledby="worker-name">
      <WorkerHeader record={record} />
      {error && (
        <p className="notice notice-error" role="alert" data-testid="worker-error">
          {error}
        </p>
      )}
      <div className="record-grid">
        <div className="record-col">
          <ProfilePanel record={record} />
          <KeyGroupsPanel record={record} />
          <HistoryPanel record={record} />
        </div>
        <div className="record-col">
          <LedgerPanel record={record} />
          <ReferralsPanel record={record} />
        </div>
        <div className="record-col">
          <OutcomePanel key={`${record.version}:${record.outcome.at ?? ''}`} record={record} />
          <FollowUpPanel record={record} />
          <EmployerReportPanel record={record} />
        </div>
      </div>
    </article>
  );
}
