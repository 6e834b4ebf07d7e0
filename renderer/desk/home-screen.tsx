import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStation } from '../station-store';
import { FollowUpsPanel } from './follow-ups-panel';
import { useNav } from './nav-store';
import { QueuePanel } from './queue-panel';
import { WorkerSearch } from './worker-search';

/** Where a shift starts: the queue, whom to call back today, and the search for whoever walks up. */
export function HomeScreen() {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const deskReader = useStation((s) =>
    s.info?.readers.some((r) => r.serves === s.info?.role || s.info?.role === 'admin'),
  );
  useEffect(() => {
    document.title = `${t('desk.nav.home')} · ${t('desk.title')}`;
  }, [t]);
  return (
    <div className="home-grid">
      <QueuePanel />
      <section className="panel home-find" aria-labelledby="find-title">
        <div className="panel-head">
          <h2 id="find-title">{t('desk.home.findTitle')}</h2>
          <button type="button" onClick={() => go('register')} data-testid="open-register">
            {t('desk.home.register')}
          </button>
        </div>
        <p className="hint">{deskReader ? t('desk.home.cardHint') : t('desk.home.noDeskReader')}</p>
        <WorkerSearch limit={12} />
      </section>
      <FollowUpsPanel />
    </div>
  );
}
