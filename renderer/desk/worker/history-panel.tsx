import { useTranslation } from 'react-i18next';
import type { WorkerRecord } from '../../../electron/api';
import { when } from '../format';

/** Which field changed, when, by whom and where (the terminal's place name); never the old values on screen. */
export function HistoryPanel({ record }: { record: WorkerRecord }) {
  const { t } = useTranslation();
  const field = (f: string) =>
    f.startsWith('keyGroup:')
      ? t('desk.worker.fields.keyGroup', { group: t(`desk.keyGroups.${f.slice(9)}`) })
      : t(`desk.worker.fields.${f}`, { defaultValue: f });
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title">{t('desk.worker.history')}</h2>
      {record.history.length === 0 ? (
        <p className="muted">{t('desk.worker.noHistory')}</p>
      ) : (
        <ul className="history" data-testid="history">
          {record.history.map((h, i) => (
            <li key={i}>
              <span>{when(h.at)}</span>
              <strong>{field(h.field)}</strong>
              <span className="muted">
                {t('desk.worker.changedBy', { name: h.staffName ?? '—', terminal: h.place })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
