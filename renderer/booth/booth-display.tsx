import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Clock } from '../components/clock';
import { useNightlyReload } from '../components/nightly-reload';
import { OfflineBanner } from '../components/offline-banner';
import { payText } from '../components/pay-text';
import { QrCode } from '../components/qr-code';
import { dailyText } from '../screen/job-board';
import { useBoothDisplay } from './display-store';
import '../screen/screen.css';
import './booth.css';

/**
 * A booth's TV: the company, its open jobs with pay per day and as stated, a QR code with the same
 * in text, and how many people are in interview. Never a person. Reloads itself once a night.
 */
export function BoothDisplayScreen() {
  const { t } = useTranslation();
  const display = useBoothDisplay((s) => s.display);
  const load = useBoothDisplay((s) => s.load);
  useNightlyReload();
  useEffect(() => {
    void load();
  }, [load]);

  if (!display) return <main className="booth-tv" />;
  const company = display.company;
  return (
    <main className="booth-tv" data-testid="booth-display">
      <header className="hall-header">
        <span className="tv-booth">{t('screen.display.booth', { n: display.booth })}</span>
        <h1>{company?.name ?? display.stationName}</h1>
        <OfflineBanner />
        <Clock className="hall-clock" />
      </header>
      {!company ? (
        <p className="hall-empty tv-empty">{t('screen.display.noCompany')}</p>
      ) : (
        <div className="tv-body">
          <section className="tv-company">
            {company.logo && <img className="tv-logo" src={company.logo} alt="" />}
            {company.agency && <p className="chip warn">{t('screen.display.agency')}</p>}
            <p className="tv-intro" data-testid="booth-introduction">
              {company.introduction}
            </p>
            <p className="tv-interviewing" data-testid="booth-interviewing">
              {t('screen.display.interviewing', { count: display.interviewing })}
            </p>
          </section>
          <section className="tv-jobs" aria-labelledby="tv-jobs-title">
            <h2 id="tv-jobs-title">{t('screen.display.jobs')}</h2>
            {display.jobs.length === 0 ? (
              <p className="hall-empty">{t('screen.display.noJobs')}</p>
            ) : (
              <ul data-testid="booth-jobs">
                {display.jobs.slice(0, 8).map((j) => (
                  <li key={j.id}>
                    <div>
                      <p className="tv-job-title">{j.title}</p>
                      <p className="tv-job-meta">
                        <span>{j.district}</span>
                        <span>{t(`jobs.settlement.${j.settlement}`)}</span>
                        <span>{t('screen.display.openings', { count: j.openings })}</span>
                      </p>
                    </div>
                    <div className="board-pay">
                      <p className="board-daily">{dailyText(t, j)}</p>
                      <p className="board-stated">{t('screen.display.stated', { pay: payText(t, j.pay) })}</p>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <aside className="tv-qr">
            <QrCode text={display.qr} label={t('screen.display.qr')} size={640} />
            <p>{t('screen.display.qr')}</p>
          </aside>
        </div>
      )}
    </main>
  );
}
