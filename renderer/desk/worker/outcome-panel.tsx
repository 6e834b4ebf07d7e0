import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outcome, WorkerRecord } from '../../../electron/api';
import { outcomeChoices } from '../choices';
import { today, when } from '../format';
import { useWorker } from '../worker-store';

/** Employed (which job, when, through the station or not), still seeking, or no longer seeking. */
export function OutcomePanel({ record }: { record: WorkerRecord }) {
  const { t } = useTranslation();
  const act = useWorker((s) => s.act);
  const busy = useWorker((s) => s.busy);
  const o = record.outcome;
  const hiredJobs = record.referrals.filter((r) => r.status === 'hired');
  const [status, setStatus] = useState<Outcome>(o.status);
  const [jobId, setJobId] = useState(o.jobId ?? '');
  const [employer, setEmployer] = useState(o.employer ?? '');
  const [date, setDate] = useState(o.date ?? today());
  const [viaStation, setViaStation] = useState(o.viaStation ?? false);

  function submit(e: FormEvent) {
    e.preventDefault();
    const employed = status === 'employed';
    void act('workers.setOutcome', {
      workerId: record.id,
      version: record.version,
      status,
      ...(employed && jobId ? { jobId } : {}),
      ...(employed && employer.trim() ? { employer: employer.trim() } : {}),
      ...(employed && date ? { date } : {}),
      ...(employed ? { viaStation } : {}),
    });
  }

  return (
    <section className="panel" aria-labelledby="outcome-title" data-testid="outcome">
      <div className="panel-head">
        <h2 id="outcome-title">{t('desk.worker.outcome')}</h2>
        <span className={o.status === 'employed' ? 'pill pill-ok' : 'pill'} data-testid="outcome-status">
          {t(`desk.worker.outcomeStatus.${o.status}`)}
        </span>
      </div>
      {o.status === 'employed' && (
        <p data-testid="outcome-summary">
          {[o.employer, o.date, o.viaStation ? t('desk.worker.viaStationYes') : t('desk.worker.viaStationNo')]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      {o.at && <p className="muted">{t('desk.worker.outcomeSince', { time: when(o.at) })}</p>}
      <form className="form-grid" onSubmit={submit}>
        <label className="wide">
          {t('desk.worker.outcome')}
          <select
            value={status}
            onChange={(e) => setStatus(e.target.value as Outcome)}
            data-testid="outcome-select"
          >
            {outcomeChoices.map((s) => (
              <option key={s} value={s}>
                {t(`desk.worker.outcomeStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {status === 'employed' && (
          <>
            <label className="wide">
              {t('desk.worker.outcomeJob')}
              <select
                value={jobId}
                onChange={(e) => {
                  setJobId(e.target.value);
                  const ref = hiredJobs.find((r) => r.jobId === e.target.value);
                  if (ref) {
                    setEmployer(ref.employerName);
                    setViaStation(true);
                  }
                }}
              >
                <option value="">{t('desk.worker.outcomeJobNone')}</option>
                {hiredJobs.map((r) => (
                  <option key={r.id} value={r.jobId}>
                    {r.jobTitle} · {r.employerName}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('desk.worker.employer')}
              <input
                value={employer}
                maxLength={80}
                onChange={(e) => setEmployer(e.target.value)}
                data-testid="outcome-employer"
              />
            </label>
            <label>
              {t('desk.worker.date')}
              <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
            </label>
            <label className="check wide">
              <input type="checkbox" checked={viaStation} onChange={(e) => setViaStation(e.target.checked)} />
              {t('desk.worker.viaStation')}
            </label>
          </>
        )}
        <div className="row wide">
          <button type="submit" className="primary" disabled={busy} data-testid="outcome-save">
            {t('desk.worker.saveOutcome')}
          </button>
        </div>
      </form>
    </section>
  );
}
