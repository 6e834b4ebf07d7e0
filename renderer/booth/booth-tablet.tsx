import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoReader } from '../components/demo-reader';
import { OfflineBanner } from '../components/offline-banner';
import { useBooth, type BoothTab } from './booth-store';
import { JobsPanel } from './jobs-panel';
import { OutcomeSheet } from './outcome-sheet';
import { PeoplePanel } from './people-panel';
import { ProfilePanel } from './profile-panel';
import './booth.css';

const tabs: BoothTab[] = ['people', 'jobs', 'profile'];

/** The employer's tablet at booth N: the people, the jobs, the company; a hire recorded on the spot. */
export function BoothTablet() {
  const { t } = useTranslation();
  const { session, tab, focus, notice, busy, reload, setTab, record, closeFocus, say } = useBooth();
  useEffect(() => {
    void reload();
  }, [reload]);
  useEffect(() => {
    if (!notice || notice.kind === 'error') return;
    const timer = setTimeout(() => say(null), 6000);
    return () => clearTimeout(timer);
  }, [notice, say]);

  if (!session) return <main className="booth-tablet" />;
  if (!session.employer)
    return (
      <main className="booth-tablet unassigned">
        <h1>{t('booth.unassigned.title', { n: session.booth })}</h1>
        <p>{t('booth.unassigned.body')}</p>
        <OfflineBanner />
      </main>
    );

  return (
    <main className="booth-tablet">
      <header className="booth-header">
        <span className="booth-no">{t('booth.header', { n: session.booth })}</span>
        <h1>{session.employer.name}</h1>
        <span className="booth-count" data-testid="interviewing">
          {t('booth.interviewing', { count: session.interviewing })}
        </span>
        <OfflineBanner />
      </header>
      <nav className="booth-tabs" role="tablist">
        {tabs.map((x) => (
          <button
            key={x}
            type="button"
            role="tab"
            aria-selected={tab === x}
            className={tab === x ? 'on' : undefined}
            onClick={() => setTab(x)}
            data-testid={`tab-${x}`}
          >
            {t(`booth.tabs.${x}`)}
          </button>
        ))}
      </nav>
      {notice && (
        <p
          className={notice.kind === 'error' ? 'booth-notice error' : 'booth-notice'}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-testid="booth-notice"
        >
          {notice.kind === 'error'
            ? notice.text
            : notice.kind === 'called'
              ? t('booth.sheet.called', { label: notice.label })
              : notice.kind === 'recorded'
                ? t('booth.sheet.done', { outcome: t(`booth.outcomes.${notice.outcome}`) })
                : t('booth.profile.saved')}
        </p>
      )}
      <div className="booth-content">
        {tab === 'people' && <PeoplePanel />}
        {tab === 'jobs' && <JobsPanel />}
        {tab === 'profile' && <ProfilePanel key={session.employer.version} profile={session.employer} />}
      </div>
      {focus && (
        <OutcomeSheet
          key={focus.workerId}
          person={focus}
          session={session}
          busy={busy}
          onClose={closeFocus}
          onSubmit={(input) => void record({ workerId: focus.workerId, ...input })}
        />
      )}
      <DemoReader />
    </main>
  );
}
