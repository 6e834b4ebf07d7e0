import { useTranslation } from 'react-i18next';
import type { StaffSession } from '../../electron/api';
import { DemoReader } from '../components/demo-reader';
import { useStation } from '../station-store';
import { useNav, type DeskPage } from './nav-store';
import { useSession } from './session-store';

const pages: DeskPage[] = ['home', 'workers', 'jobs', 'booths', 'reports', 'system'];

/** The bar across the top: the station, the pages, who is signed in, and signing out. */
export function DeskNav({ session }: { session: StaffSession }) {
  const { t } = useTranslation();
  const page = useNav((s) => s.page);
  const go = useNav((s) => s.go);
  const signOut = useSession((s) => s.signOut);
  const stationName = useStation((s) => s.info?.stationName ?? '');
  const online = useStation((s) => s.online);
  const current: DeskPage = page === 'worker' || page === 'register' ? 'workers' : page;
  return (
    <header className="desk-nav">
      <div className="desk-brand">
        <strong>{stationName}</strong>
        <span>{t('desk.title')}</span>
      </div>
      <nav aria-label={t('desk.nav.label')}>
        {pages.map((p) => (
          <button
            key={p}
            type="button"
            className={current === p ? 'nav-item current' : 'nav-item'}
            aria-current={current === p ? 'page' : undefined}
            onClick={() => go(p)}
            data-testid={`nav-${p}`}
          >
            {t(`desk.nav.${p}`)}
          </button>
        ))}
      </nav>
      <DemoReader />
      <div className="desk-who">
        {!online && <span className="pill pill-warn">{t('errors.unavailable')}</span>}
        <span data-testid="signed-in-as">
          {t('desk.nav.signedInAs', { name: session.name, role: t(`desk.roles.${session.role}`) })}
        </span>
        <button type="button" className="quiet" onClick={() => void signOut()} data-testid="sign-out">
          {t('desk.nav.signOut')}
        </button>
      </div>
    </header>
  );
}
