import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFollowUps } from './follow-ups-store';
import { useNav } from './nav-store';

/** People still seeking work whose monthly follow-up is due today or overdue, most overdue first. */
export function FollowUpsPanel() {
  const { t } = useTranslation();
  const due = useFollowUps((s) => s.due);
  const refresh = useFollowUps((s) => s.refresh);
  const openWorker = useNav((s) => s.openWorker);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return (
    <section className="panel follow-ups" aria-labelledby="due-title">
      <div className="panel-head">
        <h2 id="due-title">{t('desk.home.dueTitle')}</h2>
        <span className="count">{due.length}</span>
      </div>
      {due.length === 0 ? (
        <p className="empty">{t('desk.home.dueEmpty')}</p>
      ) : (
        <ul className="due-list" data-testid="due-list">
          {due.map((d) => (
            <li key={d.workerId}>
              <button type="button" className="link" onClick={() => openWorker(d.workerId)}>
                {d.name}
              </button>
              <span className="mono muted">{d.maskedIdNumber}</span>
              <span className={d.overdueDays > 0 ? 'pill pill-warn' : 'pill'}>
                {d.overdueDays > 0
                  ? t('desk.home.overdue', { days: d.overdueDays })
                  : t('desk.home.dueToday')}
              </span>
              <span className="muted">
                {d.lastContact
                  ? t('desk.home.lastContact', { day: d.lastContact })
                  : t('desk.home.neverContacted')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
