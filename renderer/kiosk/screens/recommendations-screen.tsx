import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { KioskJobCard } from '../../components/kiosk-job-card';
import { WageChart } from '../../components/wage-chart';
import { chartLabels } from '../chart-labels';
import { distanceOf } from '../job-view';
import { useJobs } from '../jobs-store';
import { useKiosk } from '../kiosk-store';
import { useSessionSettings } from '../session-settings';
import { useReadAloud } from '../use-read-aloud';

/** Today's 3–5 jobs for this person, why each was chosen, and how the pay compares. */
export function RecommendationsScreen() {
  const { t } = useTranslation();
  const worker = useKiosk((s) => s.worker);
  const dispatch = useKiosk((s) => s.dispatch);
  const apply = useKiosk((s) => s.apply);
  const recs = useJobs((s) => s.recommendations);
  const recommend = useJobs((s) => s.recommend);
  const contrast = useSessionSettings((s) => s.highContrast);
  const now = useMemo(() => new Date(), []);

  useEffect(() => {
    void recommend().catch(() => dispatch({ type: 'failed', message: 'recommend' }));
  }, [recommend, dispatch]);

  useEffect(() => {
    if (recs) requestAnimationFrame(() => performance.mark('kiosk:recommendations-painted'));
  }, [recs]);

  const title = t('kiosk.recs.title', { name: worker?.maskedName ?? '' });
  const empty = recs !== null && recs.items.length === 0;
  useReadAloud(empty ? [t('kiosk.recs.none.title'), t('kiosk.recs.none.body')] : recs ? title : '');

  if (!recs)
    return (
      <section className="busy">
        <h1>{t('kiosk.recs.loading')}</h1>
      </section>
    );
  const fallback = recs.warnings.some((w) => w.code === 'unrelated-fallback');
  const barNames = chartLabels(
    recs.items.map((i) => ({ title: i.job.title, employer: i.job.employer.name, district: i.job.district })),
  );

  return (
    <section className="recs" data-testid="recommendations">
      <h1>{title}</h1>
      {empty ? (
        <div className="kind" data-testid="no-match">
          <Icon name="search" size={96} />
          <h2>{t('kiosk.recs.none.title')}</h2>
          <p>{t('kiosk.recs.none.body')}</p>
        </div>
      ) : (
        <>
          {fallback && <p className="note">{t('kiosk.recs.fallback')}</p>}
          {/* Above the cards: on a portrait kiosk it is seen with the first of them, without scrolling. */}
          <figure className="chart-box" data-testid="chart-box">
            <figcaption>{t('kiosk.chart.title')}</figcaption>
            <WageChart
              title={
                recs.market && recs.expectedDailyPay !== null
                  ? t('kiosk.chart.summary', {
                      mine: recs.expectedDailyPay,
                      low: recs.market.p25,
                      high: recs.market.p75,
                    })
                  : t('kiosk.chart.title')
              }
              jobs={recs.items.map((i, k) => ({ label: barNames[k]!, daily: i.wage.daily }))}
              expected={recs.expectedDailyPay}
              band={recs.market}
              labels={{
                mine: t('kiosk.chart.mineIs', { amount: recs.expectedDailyPay ?? '' }),
                market: recs.market
                  ? t('kiosk.chart.marketIs', { low: recs.market.p25, high: recs.market.p75 })
                  : '',
              }}
              ink={contrast ? '#ffffff' : '#1b1f24'}
              paper={contrast ? '#000000' : '#ffffff'}
            />
            <p className="basis">{t('kiosk.chart.basis')}</p>
          </figure>
          <div className="kjobs">
            {recs.items.map((item) => (
              <KioskJobCard
                key={item.job.id}
                job={item.job}
                wage={item.wage}
                reasons={item.reasons}
                flags={item.flags}
                distanceKm={distanceOf(item)}
                onApply={() => void apply(item.job.id)}
                now={now}
              />
            ))}
          </div>
        </>
      )}
      <div className="actions row">
        <button
          type="button"
          onClick={() => dispatch({ type: 'edit-preferences' })}
          data-testid="edit-preferences"
        >
          <Icon name="wrench" size={36} /> {t('kiosk.recs.edit')}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'browse' })} data-testid="to-browse">
          <Icon name="search" size={36} /> {t('kiosk.recs.browse')}
        </button>
      </div>
    </section>
  );
}
