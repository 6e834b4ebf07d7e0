import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoReader } from '../components/demo-reader';
import { useKiosk } from './kiosk-store';

/** How long a finished screen stays before the kiosk returns to the start for the next person. */
const RESET_AFTER_MS = 15_000;

export function KioskScreen() {
  const { t } = useTranslation();
  const phase = useKiosk((s) => s.phase);
  const dispatch = useKiosk((s) => s.dispatch);
  const share = useKiosk((s) => s.shareWithEmployers);
  const setShare = useKiosk((s) => s.setShare);

  useEffect(() => {
    if (phase.name === 'attract' || phase.name === 'consent' || phase.name === 'registering') return;
    const timer = setTimeout(() => dispatch({ type: 'finish' }), RESET_AFTER_MS);
    return () => clearTimeout(timer);
  }, [phase, dispatch]);

  return (
    <main className="kiosk" data-phase={phase.name}>
      {phase.name === 'attract' && (
        <section className="attract">
          <h1>{t('kiosk.attract.title')}</h1>
          <div className="card-animation" aria-hidden="true">
            <div className="reader-pad" />
            <div className="id-card">
              <span>居民身份证</span>
            </div>
          </div>
          <p className="hint">{t('kiosk.attract.hint')}</p>
          <p className="secondary">{t('kiosk.attract.noCard')}</p>
        </section>
      )}

      {phase.name === 'consent' && (
        <section className="consent">
          <h1>{t('kiosk.consent.title', { name: phase.card.maskedName })}</h1>
          <p>{t('kiosk.consent.body')}</p>
          <p>{t('kiosk.consent.why')}</p>
          <label className="toggle">
            <input type="checkbox" checked={share} onChange={(e) => setShare(e.target.checked)} />
            <span>{t('kiosk.consent.share')}</span>
          </label>
          <div className="actions">
            <button
              type="button"
              className="primary"
              data-testid="consent-agree"
              onClick={() => dispatch({ type: 'agree', card: phase.card })}
            >
              {t('kiosk.consent.agree')}
            </button>
            <button type="button" data-testid="consent-decline" onClick={() => dispatch({ type: 'decline' })}>
              {t('kiosk.consent.decline')}
            </button>
          </div>
        </section>
      )}

      {phase.name === 'registering' && (
        <section className="busy">
          <h1>{t('kiosk.reading')}</h1>
        </section>
      )}

      {phase.name === 'done' && (
        <section className="done" data-testid="kiosk-done">
          <p className="tick" aria-hidden="true">
            ✓
          </p>
          <h1>{phase.returning ? t('kiosk.done.welcome') : t('kiosk.done.registered')}</h1>
          <p className="greeting">{t('kiosk.done.hello', { name: phase.maskedName })}</p>
          <button type="button" className="primary" onClick={() => dispatch({ type: 'finish' })}>
            {t('kiosk.finish')}
          </button>
        </section>
      )}

      {phase.name === 'needs-desk' && (
        <section className="needs-desk">
          <h1>{t('kiosk.needsDesk.title')}</h1>
          <p>{t('kiosk.needsDesk.body')}</p>
          <button type="button" className="primary" onClick={() => dispatch({ type: 'finish' })}>
            {t('kiosk.finish')}
          </button>
        </section>
      )}

      {phase.name === 'declined' && (
        <section className="declined">
          <h1>{t('kiosk.declined.title')}</h1>
          <p>{t('kiosk.declined.body')}</p>
          <button type="button" className="primary" onClick={() => dispatch({ type: 'finish' })}>
            {t('kiosk.finish')}
          </button>
        </section>
      )}

      {phase.name === 'failed' && (
        <section className="failed">
          <h1>{t('errors.generic')}</h1>
          <button type="button" className="primary" onClick={() => dispatch({ type: 'finish' })}>
            {t('kiosk.finish')}
          </button>
        </section>
      )}
      <DemoReader />
    </main>
  );
}
