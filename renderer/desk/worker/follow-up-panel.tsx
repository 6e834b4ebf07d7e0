import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkerRecord } from '../../../electron/api';
import { useWorker } from '../worker-store';

/** Follow-ups: monthly until the person is employed, unless staff set the next date. */
export function FollowUpPanel({ record }: { record: WorkerRecord }) {
  const { t } = useTranslation();
  const act = useWorker((s) => s.act);
  const busy = useWorker((s) => s.busy);
  const [result, setResult] = useState<'reached' | 'unreachable'>('reached');
  const [note, setNote] = useState('');
  const [nextDue, setNextDue] = useState('');

  function submit(e: FormEvent) {
    e.preventDefault();
    void act('followUps.record', {
      workerId: record.id,
      result,
      note,
      ...(nextDue ? { nextDue } : {}),
    }).then((ok) => {
      if (ok) {
        setNote('');
        setNextDue('');
      }
    });
  }

  return (
    <section className="panel" aria-labelledby="followups-title" data-testid="follow-ups">
      <div className="panel-head">
        <h2 id="followups-title">{t('desk.worker.followUps')}</h2>
        <span className="pill" data-testid="next-follow-up">
          {record.nextFollowUp
            ? t('desk.worker.nextFollowUp', { day: record.nextFollowUp })
            : t('desk.worker.noFollowUp')}
        </span>
      </div>
      <form className="form-grid" onSubmit={submit}>
        <fieldset className="wide segmented">
          <legend className="sr-only">{t('desk.worker.followUps')}</legend>
          {(['reached', 'unreachable'] as const).map((r) => (
            <label key={r} className="check">
              <input type="radio" name="follow-result" checked={result === r} onChange={() => setResult(r)} />
              {t(`desk.worker.${r}`)}
            </label>
          ))}
        </fieldset>
        <label className="wide">
          {t('desk.worker.followUpNote')}
          <input
            value={note}
            maxLength={500}
            onChange={(e) => setNote(e.target.value)}
            data-testid="follow-up-note"
          />
        </label>
        <label className="wide">
          {t('desk.worker.nextDue')}
          <input type="date" value={nextDue} onChange={(e) => setNextDue(e.target.value)} />
        </label>
        <div className="row wide">
          <button type="submit" className="primary" disabled={busy} data-testid="follow-up-record">
            {t('desk.worker.recordFollowUp')}
          </button>
        </div>
      </form>
      {record.followUps.length === 0 ? (
        <p className="muted">{t('desk.worker.noFollowUps')}</p>
      ) : (
        <ul className="entries">
          {record.followUps.map((f) => (
            <li key={f.id}>
              <span>{f.day}</span>
              <strong>{t(`desk.worker.${f.result}`)}</strong>
              {f.note && <span>{f.note}</span>}
              {f.staffName && <span className="muted">{t('desk.worker.by', { name: f.staffName })}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
