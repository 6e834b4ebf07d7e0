import { useTranslation } from 'react-i18next';
import { useNav } from './nav-store';
import { WorkerSearch } from './worker-search';

/** The whole register of workers, searchable. */
export function FindWorkerScreen() {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  return (
    <section className="panel" aria-labelledby="workers-title">
      <div className="panel-head">
        <h1 id="workers-title">{t('desk.home.findTitle')}</h1>
        <button type="button" onClick={() => go('register')} data-testid="open-register">
          {t('desk.home.register')}
        </button>
      </div>
      <WorkerSearch />
    </section>
  );
}
