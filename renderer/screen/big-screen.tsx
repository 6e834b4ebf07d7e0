import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Clock } from '../components/clock';
import { useNightlyReload } from '../components/nightly-reload';
import { OfflineBanner } from '../components/offline-banner';
import { useStation } from '../station-store';
import { useHall } from './hall-store';
import { JobBoard } from './job-board';
import { rotationPeriodMs, useRotation } from './rotation';
import { Booths, Calls, Figures, NoticeTicker } from './side-panels';
import { WageCompareChart } from './wage-compare-chart';
import type { WageTheme } from './wage-compare-option';
import './screen.css';

const theme: WageTheme = { ink: '#f4f6f8', grid: '#3a4a5e', expected: '#f0524a', offered: '#4f9cf0' };

/**
 * The hall's big screen: jobs, wages, booths in turn; today's figures and the calls always in view;
 * notices along the bottom. Counts and postings only, never a person. Fixed-size data, updated in
 * place from events; reloads itself once a night.
 */
export function BigScreen() {
  const { t } = useTranslation();
  const info = useStation((s) => s.info);
  const stats = useStation((s) => s.stats);
  const { board, wages, wageSeekers, calls, notices, booths, load } = useHall();
  useNightlyReload();

  useEffect(() => {
    void load();
  }, [load]);

  const panels = booths.length > 0 ? (['board', 'wages', 'booths'] as const) : (['board', 'wages'] as const);
  const period = useMemo(() => rotationPeriodMs(window.location.search), []);
  const active = panels[useRotation(panels.length, period)] ?? 'board';
  const labels = useMemo(
    () => ({
      expected: t('screen.wages.expected'),
      offered: t('screen.wages.offered'),
      unit: t('screen.wages.unit'),
    }),
    [t],
  );
  const panel = (name: string) => ({
    className: name === active ? 'hall-slot active' : 'hall-slot',
    'aria-hidden': name !== active,
    'data-testid': `panel-${name}`,
  });

  return (
    <main className="hall">
      <header className="hall-header">
        <h1>{t('screen.title', { station: info?.stationName ?? '' })}</h1>
        <OfflineBanner />
        <Clock className="hall-clock" />
      </header>
      <div className="hall-body">
        <div className="hall-main">
          <div {...panel('board')}>
            <JobBoard jobs={board} />
          </div>
          <div {...panel('wages')}>
            <section className="hall-panel wages" aria-labelledby="wages-title">
              <h2 id="wages-title">{t('screen.wages.title')}</h2>
              {wages.length === 0 ? (
                <p className="hall-empty">{t('screen.wages.empty')}</p>
              ) : (
                <WageCompareChart
                  rows={wages}
                  labels={labels}
                  title={t('screen.wages.title')}
                  theme={theme}
                />
              )}
              {wageSeekers && (
                <p className="hall-footnote" data-testid="wages-seekers">
                  {t('screen.wages.seekers', { days: wageSeekers.windowDays, min: wageSeekers.minGroup })}
                  {wages.length > 0 && wages.every((w) => w.expected === null)
                    ? `；${t('screen.wages.noSeekers', { min: wageSeekers.minGroup })}`
                    : ''}
                </p>
              )}
              <p className="hall-footnote">
                {t('screen.wages.range')}；{t('screen.wages.basis')}
              </p>
            </section>
          </div>
          <div {...panel('booths')}>
            <Booths booths={booths} />
          </div>
          <ol className="hall-dots" aria-hidden="true">
            {panels.map((p) => (
              <li key={p} className={p === active ? 'on' : undefined} />
            ))}
          </ol>
        </div>
        <aside className="hall-side">
          <Figures stats={stats} />
          <Calls calls={calls} />
        </aside>
      </div>
      <NoticeTicker notices={notices} />
    </main>
  );
}
