import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Checklist, WorkerRecord } from '../../../electron/api';
import { recordedServiceChoices } from '../choices';
import { when } from '../format';
import { useWorker } from '../worker-store';

type Kind = (typeof recordedServiceChoices)[number];
const items = ['policy', 'guidance', 'referral', 'trainingOrInternship'] as const;

/** The service ledger and its 1131 checklist: what is done, what is still missing. */
export function LedgerPanel({ record }: { record: WorkerRecord }) {
  const { t } = useTranslation();
  const act = useWorker((s) => s.act);
  const busy = useWorker((s) => s.busy);
  const [kind, setKind] = useState<Kind>('policy');
  const [note, setNote] = useState('');

  function submit(e: FormEvent) {
    e.preventDefault();
    // One id per action: a retried call is counted once.
    void act('services.record', { workerId: record.id, kind, note, eventId: crypto.randomUUID() }).then(
      (ok) => ok && setNote(''),
    );
  }

  return (
    <section className="panel" aria-labelledby="ledger-title" data-testid="ledger">
      <h2 id="ledger-title">{t('desk.worker.services')}</h2>
      <ChecklistView checklist={record.checklist} />
      <form className="inline-form" onSubmit={submit}>
        <select
          value={kind}
          onChange={(e) => setKind(e.target.value as Kind)}
          aria-label={t('desk.worker.recordService')}
          data-testid="service-kind"
        >
          {recordedServiceChoices.map((k) => (
            <option key={k} value={k}>
              {t(`desk.services.${k}`)}
            </option>
          ))}
        </select>
        <input
          value={note}
          maxLength={500}
          placeholder={t('desk.worker.serviceNote')}
          aria-label={t('desk.worker.serviceNote')}
          onChange={(e) => setNote(e.target.value)}
        />
        <button type="submit" className="primary" disabled={busy} data-testid="service-record">
          {t('desk.worker.record')}
        </button>
      </form>
      {record.services.length === 0 ? (
        <p className="muted">{t('desk.worker.noServices')}</p>
      ) : (
        <ul className="entries" data-testid="services">
          {record.services.map((s) => (
            <li key={s.id}>
              <span>{when(s.at)}</span>
              <strong>{t(`desk.services.${s.kind}`)}</strong>
              {s.jobTitle && <span>{s.jobTitle}</span>}
              {s.note && <span>{s.note}</span>}
              {s.staffName && <span className="muted">{t('desk.worker.by', { name: s.staffName })}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ChecklistView({ checklist }: { checklist: Checklist }) {
  const { t } = useTranslation();
  return (
    <div className="checklist" data-testid="checklist" data-complete={checklist.complete}>
      <ul>
        {items.map((k) => {
          const item = checklist[k];
          const done = item.done >= item.required;
          return (
            <li key={k} className={done ? 'done' : 'missing'} data-item={k}>
              <span aria-hidden="true">{done ? '✓' : '○'}</span>
              {t(`desk.worker.checklist.${k}`)}
              <span className="progress">
                {t('desk.worker.checklist.progress', { done: item.done, required: item.required })}
              </span>
            </li>
          );
        })}
      </ul>
      <p className={checklist.complete ? 'pill pill-ok' : 'pill pill-warn'} data-testid="checklist-summary">
        {checklist.complete
          ? t('desk.worker.checklist.complete')
          : t('desk.worker.checklist.missing', {
              items: checklist.missing.map((m) => t(`desk.worker.checklist.${m}`)).join('、'),
            })}
      </p>
    </div>
  );
}
