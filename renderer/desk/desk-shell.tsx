import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffSession } from '../../electron/api';
import { BoothsScreen } from './booths/booths-screen';
import { CardPanel } from './card-panel';
import { DeskNav } from './desk-nav';
import { FindWorkerScreen } from './find-worker-screen';
import { HomeScreen } from './home-screen';
import { IdleWarning } from './idle-warning';
import { JobsScreen } from './jobs/jobs-screen';
import { useNav } from './nav-store';
import { NoticeLine } from './notice-line';
import { RegisterScreen } from './register-screen';
import { ReportsScreen } from './reports/reports-screen';
import { StaffAlerts } from './staff-alerts';
import { SystemScreen } from './system/system-screen';
import { useTaxonomy } from './taxonomy-store';
import { useIdleSignOut } from './use-idle-sign-out';
import { WorkerScreen } from './worker/worker-screen';

/** Everything a signed-in staff member sees: the navigation, the page, and what needs them now. */
export function DeskShell({ session }: { session: StaffSession }) {
  const { t } = useTranslation();
  const page = useNav((s) => s.page);
  const workerId = useNav((s) => s.workerId);
  const { idle, stay } = useIdleSignOut(session.idleMinutes);
  const loadTaxonomy = useTaxonomy((s) => s.load);
  useEffect(() => {
    void loadTaxonomy();
    return () => useNav.getState().reset();
  }, [loadTaxonomy]);

  // "/" jumps to the search box of the page, as in most tools staff already use.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing =
        target &&
        (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
      if (e.key !== '/' || typing) return;
      const box = document.querySelector<HTMLInputElement>('[data-search]');
      if (box) {
        e.preventDefault();
        box.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="desk">
      <DeskNav session={session} />
      <StaffAlerts />
      <CardPanel />
      <main
        className="desk-main"
        aria-label={t(`desk.nav.${page === 'worker' || page === 'register' ? 'workers' : page}`)}
      >
        <NoticeLine />
        {page === 'home' && <HomeScreen />}
        {page === 'workers' && <FindWorkerScreen />}
        {page === 'register' && <RegisterScreen />}
        {page === 'worker' && workerId && <WorkerScreen key={workerId} workerId={workerId} />}
        {page === 'jobs' && <JobsScreen />}
        {page === 'booths' && <BoothsScreen />}
        {page === 'reports' && <ReportsScreen admin={session.role === 'admin'} />}
        {page === 'system' && <SystemScreen admin={session.role === 'admin'} self={session.staffId} />}
      </main>
      {idle.phase === 'warn' && <IdleWarning seconds={idle.secondsLeft} onStay={stay} />}
    </div>
  );
}
