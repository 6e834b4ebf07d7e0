import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralStatus, ReferralView, WorkerRecord } from '../../../electron/api';
import { payText } from '../../components/pay-text';
import { when } from '../format';
import { outcomeNeedsReason, useJobPicker } from '../job-picker-store';
import { useWorker } from '../worker-store';

/** Referrals through applied → referred → interviewed → hired / not hired / no-show. */
export function ReferralsPanel({ record }: { record: WorkerRecord }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="referrals-title" data-testid="referrals">
      <h2 id="referrals-title">{t('desk.worker.referrals')}</h2>
      <ReferJob workerId={record.id} />
      {record.referrals.length === 0 ? (
        <p className="muted">{t('desk.worker.noReferrals')}</p>
      ) : (
        <ul className="referrals">
          {record.referrals.map((r) => (
            <Referral key={r.id} referral={r} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Finds an open posting by title, employer or id, and refers the worker to it. */
function ReferJob({ workerId }: { workerId: string }) {
  const { t } = useTranslation();
  const act = useWorker((s) => s.act);
  const busy = useWorker((s) => s.busy);
  const { query: q, results: jobs, setQuery: setQ, clear } = useJobPicker();
  useEffect(() => clear, [clear]);
  const refer = (jobId: string, status: 'applied' | 'referred') =>
    void act('referrals.create', { workerId, jobId, status, eventId: crypto.randomUUID() }).then((ok) => {
      if (ok) clear();
    });
  return (
    <div className="refer">
      <input
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder={t('desk.worker.jobSearch')}
        aria-label={t('desk.worker.referJob')}
        data-testid="refer-search"
      />
      {q.trim() && jobs.length === 0 && <p className="muted">{t('desk.worker.noJobs')}</p>}
      {jobs.length > 0 && (
        <ul className="refer-results" data-testid="refer-results">
          {jobs.map((j) => (
            <li key={j.job.id}>
              <span>
                <strong>{j.job.title}</strong> · {j.job.employer.name} · {payText(t, j.job.pay)}
              </span>
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={() => refer(j.job.id, 'referred')}
                data-testid="refer-job"
              >
                {t('desk.worker.refer')}
              </button>
              <button type="button" disabled={busy} onClick={() => refer(j.job.id, 'applied')}>
                {t('desk.worker.referApplied')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Referral({ referral: r }: { referral: ReferralView }) {
  const { t } = useTranslation();
  const act = useWorker((s) => s.act);
  const busy = useWorker((s) => s.busy);
  const [pending, setPending] = useState<ReferralStatus | null>(null);
  const [reason, setReason] = useState('');
  const [side, setSide] = useState<'worker' | 'employer'>('worker');

  const move = (status: ReferralStatus) => {
    if (outcomeNeedsReason(status) && pending !== status) return setPending(status);
    void act('referrals.update', {
      referralId: r.id,
      version: r.version,
      status,
      reason,
      ...(status === 'no-show' ? { side } : {}),
    }).then((ok) => {
      if (ok) {
        setPending(null);
        setReason('');
      }
    });
  };

  return (
    <li className="referral" data-testid="referral" data-status={r.status}>
      <div className="referral-head">
        <strong>{r.jobTitle}</strong>
        <span>{r.employerName}</span>
        <span className={`pill status-${r.status}`} data-testid="referral-status">
          {t(`desk.referralStatus.${r.status}`)}
          {r.side && ` · ${t(`desk.worker.side.${r.side}`)}`}
        </span>
      </div>
      <ol className="referral-history">
        {r.history.map((h, i) => (
          <li key={i}>
            {when(h.at)} {t(`desk.referralStatus.${h.status}`)}
            {h.reason && `：${h.reason}`}
            <span className="muted" data-testid="referral-place">
              {' · '}
              {h.staffName ? `${h.staffName} · ${h.place}` : h.place}
            </span>
          </li>
        ))}
      </ol>
      {r.next.length === 0 ? null : (
        <div className="row">
          {r.next.map((s) => (
            <button
              key={s}
              type="button"
              className={pending === s ? 'current' : undefined}
              disabled={busy}
              onClick={() => move(s)}
              data-testid={`referral-to-${s}`}
            >
              {t('desk.worker.move', { status: t(`desk.referralStatus.${s}`) })}
            </button>
          ))}
        </div>
      )}
      {pending && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            move(pending);
          }}
        >
          {pending === 'no-show' && (
            <select
              value={side}
              onChange={(e) => setSide(e.target.value as 'worker' | 'employer')}
              aria-label={t('desk.worker.sideLabel')}
            >
              <option value="worker">{t('desk.worker.side.worker')}</option>
              <option value="employer">{t('desk.worker.side.employer')}</option>
            </select>
          )}
          <input
            autoFocus
            value={reason}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
            placeholder={`${t('desk.worker.reason')}${t('desk.worker.reasonRequired')}`}
            aria-label={t('desk.worker.reason')}
            data-testid="referral-reason"
          />
          <button type="submit" className="primary" disabled={busy} data-testid="referral-confirm">
            {t('desk.worker.move', { status: t(`desk.referralStatus.${pending}`) })}
          </button>
          <button type="button" onClick={() => setPending(null)}>
            {t('desk.worker.cancel')}
          </button>
        </form>
      )}
    </li>
  );
}
