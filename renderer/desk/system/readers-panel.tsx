import { useTranslation } from 'react-i18next';
import { useStation } from '../../station-store';

/** Each card reader this station has, which screen it serves, and whether it works right now. */
export function ReadersPanel() {
  const { t } = useTranslation();
  const info = useStation((s) => s.info);
  const readers = info?.readers ?? [];
  return (
    <section className="panel" aria-labelledby="readers-title" data-testid="readers">
      <h2 id="readers-title">{t('desk.system.readers')}</h2>
      {info?.simulatedReader && <p className="pill pill-warn">{t('desk.system.simulated')}</p>}
      {readers.length === 0 ? (
        <p className="muted">{t('desk.system.noReaders')}</p>
      ) : (
        <ul className="status-list">
          {readers.map((r) => (
            <li key={r.id}>
              <span className={`dot dot-${r.state}`} aria-hidden="true" />
              <strong className="mono">{r.id}</strong>
              <span>{t(`desk.system.serves.${r.serves}`)}</span>
              <span data-testid={`reader-${r.id}`}>{t(`desk.system.readerStates.${r.state}`)}</span>
              {r.detail && <span className="muted">{r.detail}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
