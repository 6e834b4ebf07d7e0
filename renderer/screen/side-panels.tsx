import { useTranslation } from 'react-i18next';
import type { BoothSummary, HallCall, Notice, TodayStats } from '../../electron/api';

function Figure({ label, value, testId }: { label: string; value: number | undefined; testId: string }) {
  return (
    <div className="hall-figure">
      <span className="hall-figure-value" data-testid={testId}>
        {value ?? '—'}
      </span>
      <span className="hall-figure-label">{label}</span>
    </div>
  );
}

export function Figures({ stats }: { stats: TodayStats | undefined }) {
  const { t } = useTranslation();
  return (
    <section className="hall-figures" aria-label={t('screen.figures')}>
      <Figure label={t('screen.registrations')} value={stats?.registrations} testId="figure-registrations" />
      <Figure label={t('screen.openJobs')} value={stats?.openJobs} testId="figure-open-jobs" />
      <Figure label={t('screen.placements')} value={stats?.placements} testId="figure-placements" />
      <Figure label={t('screen.completions')} value={stats?.completions1131} testId="figure-completions" />
    </section>
  );
}

export function Calls({ calls }: { calls: HallCall[] }) {
  const { t } = useTranslation();
  return (
    <section className="hall-calls" aria-labelledby="calls-title" aria-live="polite">
      <h2 id="calls-title">{t('screen.calls.title')}</h2>
      {calls.length === 0 ? (
        <p className="hall-empty">{t('screen.calls.none')}</p>
      ) : (
        <ol data-testid="calls">
          {calls.map((c, i) => (
            <li key={`${c.kind}|${c.label}|${c.place}|${c.at}`} className={i === 0 ? 'latest' : undefined}>
              {c.kind === 'booth'
                ? t('screen.calls.toBooth', { label: c.label, place: c.place })
                : t('screen.calls.toWindow', { label: c.label, place: c.place })}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function Booths({ booths }: { booths: BoothSummary[] }) {
  const { t } = useTranslation();
  return (
    <section className="hall-panel booths" aria-labelledby="booths-title">
      <h2 id="booths-title">{t('screen.booths.title')}</h2>
      {booths.length === 0 ? (
        <p className="hall-empty">{t('screen.booths.empty')}</p>
      ) : (
        <ul className="booth-grid" data-testid="booths">
          {booths.map((b) => (
            <li key={b.booth}>
              <span className="hall-booth-no">{t('screen.booths.booth', { n: b.booth })}</span>
              <span className="booth-employer">{b.employer}</span>
              <span>{t('screen.booths.jobs', { count: b.openJobs })}</span>
              {b.interviewing > 0 && (
                <span>{t('screen.booths.interviewing', { count: b.interviewing })}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Station notices run along the bottom; none, no bar. */
export function NoticeTicker({ notices }: { notices: Notice[] }) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  const text = notices.map((n) => n.text).join('　　·　　');
  return (
    <footer className="hall-notices" aria-label={t('screen.notices.title')}>
      <span className="notices-label">{t('screen.notices.title')}</span>
      <div className="notices-window">
        <p
          className="notices-track"
          data-testid="notices"
          style={{ animationDuration: `${Math.max(20, text.length / 3)}s` }}
        >
          {text}
        </p>
      </div>
    </footer>
  );
}
