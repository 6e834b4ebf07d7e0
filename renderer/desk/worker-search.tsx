import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { when } from './format';
import { useNav } from './nav-store';
import { useWorkers } from './workers-store';

/**
 * Find a worker by name, the last four digits of the ID number or phone. The list updates live as
 * kiosks register people; with no query it shows the latest visitors.
 */
export function WorkerSearch({ limit }: { limit?: number }) {
  const { t } = useTranslation();
  const { items, total, query, setQuery, refresh } = useWorkers();
  const openWorker = useNav((s) => s.openWorker);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const shown = limit ? items.slice(0, limit) : items;
  return (
    <div className="worker-search">
      <div className="search-line">
        <input
          type="search"
          value={query}
          placeholder={t('desk.search')}
          aria-label={t('desk.search')}
          title={t('desk.searchHint')}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && shown[0]) openWorker(shown[0].id);
          }}
          data-search
          data-testid="worker-search"
        />
        <span className="count" data-testid="worker-total">
          {t('desk.total', { count: total })}
        </span>
      </div>
      {shown.length === 0 ? (
        <p className="empty">{query.trim() ? t('desk.noMatch') : t('desk.empty')}</p>
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
            {shown.map((w) => (
              <tr key={w.id}>
                <td>
                  <button
                    type="button"
                    className="link"
                    onClick={() => openWorker(w.id)}
                    data-testid="worker-open"
                  >
                    {w.name}
                  </button>
                  {!w.verified && <span className="pill pill-warn">{t('desk.unverifiedShort')}</span>}
                </td>
                <td className="mono">{w.maskedIdNumber}</td>
                <td>{w.age === null ? '—' : t('desk.age', { age: w.age })}</td>
                <td>{when(w.registeredAt)}</td>
                <td>{when(w.lastSeenAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
