import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoReader } from '../components/demo-reader';
import { useWorkers } from './workers-store';

const time = new Intl.DateTimeFormat('zh-CN', {
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

export function DeskScreen() {
  const { t } = useTranslation();
  const { items, total, query, setQuery, refresh } = useWorkers();

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <main className="desk">
      <header className="desk-header">
        <h1>{t('desk.title')}</h1>
        <input
          type="search"
          value={query}
          placeholder={t('desk.search')}
          aria-label={t('desk.search')}
          onChange={(e) => setQuery(e.target.value)}
        />
        <span className="count" data-testid="worker-total">
          {t('desk.total', { count: total })}
        </span>
      </header>
      {items.length === 0 ? (
        <p className="empty">{t('desk.empty')}</p>
      ) : (
        <table className="workers" data-testid="worker-list">
          <thead>
            <tr>
              <th>{t('desk.columns.name')}</th>
              <th>{t('desk.columns.id')}</th>
              <th>{t('desk.columns.age')}</th>
              <th>{t('desk.columns.registered')}</th>
              <th>{t('desk.columns.lastSeen')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((w) => (
              <tr key={w.id}>
                <td>{w.name}</td>
                <td className="mono">{w.maskedIdNumber}</td>
                <td>{w.age === null ? '—' : t('desk.age', { age: w.age })}</td>
                <td>{time.format(new Date(w.registeredAt))}</td>
                <td>{time.format(new Date(w.lastSeenAt))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <DemoReader />
    </main>
  );
}
