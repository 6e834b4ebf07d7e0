import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { useKiosk } from '../kiosk-store';
import { speak } from '../read-aloud';
import { useSessionSettings } from '../session-settings';
import { useReadAloud } from '../use-read-aloud';

/** The first thing anyone sees: place the card. Alternatives for people without one. */
export function AttractScreen() {
  const { t } = useTranslation();
  const dispatch = useKiosk((s) => s.dispatch);
  const lang = useSessionSettings((s) => s.language);
  useReadAloud(t('kiosk.attract.speech'));

  useEffect(() => {
    // For the benchmark and for field diagnostics: when the start screen was first drawn.
    requestAnimationFrame(() => performance.mark('kiosk:attract-painted'));
  }, []);

  const listen = () => {
    const result = speak(t('kiosk.attract.speech'), lang);
    useSessionSettings.getState().set({ voiceMissing: result === 'no-voice' });
  };

  return (
    <section className="attract" data-testid="attract">
      <h1>{t('kiosk.attract.title')}</h1>
      <div className="card-animation" aria-hidden="true">
        <div className="reader-pad" />
        <div className="id-card">
          <Icon name="card" size={64} />
        </div>
      </div>
      <p className="hint">{t('kiosk.attract.hint')}</p>
      <div className="attract-actions">
        <button type="button" className="big-choice" onClick={listen} data-testid="attract-listen">
          <Icon name="speaker" />
          {t('kiosk.attract.listen')}
        </button>
        <button
          type="button"
          className="big-choice"
          onClick={() => dispatch({ type: 'to-desk', reason: 'social-card' })}
          data-testid="attract-qr"
        >
          <Icon name="qr" />
          {t('kiosk.attract.scanQr')}
        </button>
        <button
          type="button"
          className="big-choice"
          onClick={() => dispatch({ type: 'to-desk', reason: 'no-card' })}
          data-testid="attract-no-card"
        >
          <Icon name="person" />
          {t('kiosk.attract.noCard')}
        </button>
        <button
          type="button"
          className="big-choice"
          onClick={() => dispatch({ type: 'browse' })}
          data-testid="attract-browse"
        >
          <Icon name="search" />
          {t('kiosk.attract.browse')}
        </button>
      </div>
    </section>
  );
}
