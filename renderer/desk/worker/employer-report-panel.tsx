import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployerReportKind, WorkerRecord } from '../../../electron/api';
import { employerReportChoices } from '../choices';
import { useNav } from '../nav-store';
import { useWorker } from '../worker-store';

/** A worker's report of unpaid wages or being sent home early, recorded against the employer. */
export function EmployerReportPanel({ record }: { record: WorkerRecord }) {
  const { t } = useTranslation();
  const act = useWorker((s) => s.act);
  const busy = useWorker((s) => s.busy);
  const notify = useNav((s) => s.notify);
  // The employers this person was sent to, each once, most recent first.
  const employers = [...new Map(record.referrals.map((r) => [r.employerId, r])).values()];
  const [employerId, setEmployerId] = useState(employers[0]?.employerId ?? '');
  const [kind, setKind] = useState<EmployerReportKind>('unpaid-wages');
  const [note, setNote] = useState('');
  const chosen = employers.find((e) => e.employerId === employerId) ?? employers[0];

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!chosen) return;
    void act('employers.report', {
      workerId: record.id,
      employerId: chosen.employerId,
      jobId: chosen.jobId,
      kind,
      note,
    }).then((ok) => {
      if (!ok) return;
      setNote('');
      notify({ kind: 'ok', key: 'desk.worker.reported', values: { employer: chosen.employerName } });
    });
  }

  return (
    <section className="panel" aria-labelledby="report-title" data-testid="employer-report">
      <h2 id="report-title">{t('desk.worker.employerReport')}</h2>
      <p className="hint">{t('desk.worker.employerReportHint')}</p>
      {employers.length === 0 ? (
        <p className="muted">{t('desk.worker.noEmployers')}</p>
      ) : (
        <form className="form-grid" onSubmit={submit}>
          <label className="wide">
            {t('desk.worker.reportEmployer')}
            <select value={chosen?.employerId ?? ''} onChange={(e) => setEmployerId(e.target.value)}>
              {employers.map((e) => (
                <option key={e.employerId} value={e.employerId}>
                  {e.employerName}
                </option>
              ))}
            </select>
          </label>
          <label className="wide">
            {t('desk.worker.reportKind')}
            <select
              value={kind}
              onChange={(e) => setKind(e.target.value as EmployerReportKind)}
              data-testid="report-kind"
            >
              {employerReportChoices.map((k) => (
                <option key={k} value={k}>
                  {t(`desk.worker.reportKinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="wide">
            {t('desk.worker.reportNote')}
            <input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
          </label>
          <div className="row wide">
            <button type="submit" className="primary" disabled={busy} data-testid="report-record">
              {t('desk.worker.report')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
