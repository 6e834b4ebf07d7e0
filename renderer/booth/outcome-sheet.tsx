import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoothOutcome, BoothSession, CandidateView, PayUnit } from '../../electron/api';
import { payUnitsShown } from './units';

/** The job this person most likely came for: one they applied to, else one they fit, else the first. */
export function likelyJob(person: CandidateView, open: { id: string }[]): string {
  const ids = new Set(open.map((j) => j.id));
  return (
    person.applied.find((a) => ids.has(a.jobId))?.jobId ??
    person.fits.find((f) => ids.has(f.jobId))?.jobId ??
    open[0]?.id ??
    ''
  );
}

/** 录用 / 待定 / 未录用 for the person in front of the employer; a hire says when they start and for how much. */
export function OutcomeSheet({
  person,
  session,
  busy,
  onSubmit,
  onClose,
}: {
  person: CandidateView;
  session: BoothSession;
  busy: boolean;
  onSubmit(input: {
    jobId: string;
    outcome: BoothOutcome;
    startDate?: string;
    agreedPay?: { amount: number; unit: PayUnit };
    note: string;
  }): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const open = session.jobs.filter((j) => j.job.status === 'open').map((j) => j.job);
  const [jobId, setJobId] = useState(() => likelyJob(person, open));
  const job = open.find((j) => j.id === jobId);
  const [outcome, setOutcome] = useState<BoothOutcome>('hired');
  const [startDate, setStartDate] = useState(session.day);
  const [amount, setAmount] = useState(() => (job ? String(job.pay.amount) : ''));
  const [unit, setUnit] = useState<PayUnit>(job?.pay.unit ?? 'day');
  const [note, setNote] = useState('');

  const chooseJob = (id: string) => {
    setJobId(id);
    const j = open.find((x) => x.id === id);
    if (j) {
      setAmount(String(j.pay.amount));
      setUnit(j.pay.unit);
    }
  };
  const submit = () =>
    onSubmit({
      jobId,
      outcome,
      note,
      ...(outcome === 'hired' ? { startDate, agreedPay: { amount: Number(amount || 'NaN'), unit } } : {}),
    });

  return (
    <div className="sheet-backdrop">
      <section
        className="sheet"
        role="dialog"
        aria-modal="true"
        aria-labelledby="sheet-title"
        data-testid="outcome-sheet"
      >
        <h2 id="sheet-title">
          {t('booth.sheet.title')} · {person.maskedName}
          {person.age !== null && ` · ${t('booth.person.age', { age: person.age })}`}
        </h2>
        {open.length === 0 ? (
          <p>{t('booth.sheet.noJobs')}</p>
        ) : (
          <>
            <label className="field">
              <span>{t('booth.sheet.job')}</span>
              <select value={jobId} onChange={(e) => chooseJob(e.target.value)} data-testid="sheet-job">
                {open.map((j) => (
                  <option key={j.id} value={j.id}>
                    {j.title}
                  </option>
                ))}
              </select>
            </label>
            <div className="outcome-choice" role="radiogroup" aria-label={t('booth.sheet.title')}>
              {(['hired', 'pending', 'not-hired'] as const).map((o) => (
                <button
                  key={o}
                  type="button"
                  role="radio"
                  aria-checked={outcome === o}
                  className={outcome === o ? `choice on outcome-${o}` : 'choice'}
                  onClick={() => setOutcome(o)}
                  data-testid={`outcome-${o}`}
                >
                  {t(`booth.outcomes.${o}`)}
                </button>
              ))}
            </div>
            {outcome === 'hired' && (
              <div className="field-row">
                <label className="field">
                  <span>{t('booth.sheet.startDate')}</span>
                  <input
                    type="date"
                    value={startDate}
                    min={session.day}
                    onChange={(e) => setStartDate(e.target.value)}
                    data-testid="sheet-start"
                  />
                </label>
                <label className="field">
                  <span>{t('booth.sheet.amount')}</span>
                  <input
                    inputMode="decimal"
                    value={amount}
                    onChange={(e) => setAmount(e.target.value)}
                    data-testid="sheet-amount"
                  />
                </label>
                <label className="field">
                  <span>{t('booth.sheet.pay')}</span>
                  <select value={unit} onChange={(e) => setUnit(e.target.value as PayUnit)}>
                    {payUnitsShown.map((u) => (
                      <option key={u} value={u}>
                        {t(`booth.jobForm.units.${u}`)}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
            )}
            <label className="field">
              <span>{t('booth.sheet.note')}</span>
              <input value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} />
            </label>
          </>
        )}
        <div className="sheet-actions">
          <button type="button" onClick={onClose}>
            {t('booth.sheet.cancel')}
          </button>
          {open.length > 0 && (
            <button
              type="button"
              className="primary"
              disabled={busy || !jobId}
              onClick={submit}
              data-testid="sheet-confirm"
            >
              {t('booth.sheet.confirm')}
            </button>
          )}
        </div>
      </section>
    </div>
  );
}
