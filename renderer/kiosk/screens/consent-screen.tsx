import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { useKiosk } from '../kiosk-store';
import { useReadAloud } from '../use-read-aloud';

/** PIPL Art. 29–30: what is kept, why, how long and who sees it, before anything is stored. */
export function ConsentScreen({ maskedName }: { maskedName: string }) {
  const { t } = useTranslation();
  const dispatch = useKiosk((s) => s.dispatch);
  const share = useKiosk((s) => s.shareWithEmployers);
  const setShare = useKiosk((s) => s.setShare);
  const points = [
    ['card', t('kiosk.consent.what')],
    ['search', t('kiosk.consent.why')],
    ['calendar', t('kiosk.consent.howLong')],
    ['person', t('kiosk.consent.who')],
  ] as const;
  useReadAloud([t('kiosk.consent.lead'), ...points.map((p) => p[1]), t('kiosk.consent.share')]);

  return (
    <section className="consent">
      <h1>{t('kiosk.consent.title', { name: maskedName })}</h1>
      <p className="lead">{t('kiosk.consent.lead')}</p>
      <ul className="consent-points">
        {points.map(([icon, text]) => (
          <li key={icon}>
            <Icon name={icon} />
            <span>{text}</span>
          </li>
        ))}
      </ul>
      <label className="toggle">
        <input
          type="checkbox"
          checked={share}
          onChange={(e) => setShare(e.target.checked)}
          data-testid="consent-share"
        />
        <span>{t('kiosk.consent.share')}</span>
      </label>
      <div className="actions">
        <button
          type="button"
          className="primary"
          data-testid="consent-agree"
          onClick={() => dispatch({ type: 'agree' })}
        >
          {t('kiosk.consent.agree')}
        </button>
        <button type="button" data-testid="consent-decline" onClick={() => dispatch({ type: 'decline' })}>
          {t('kiosk.consent.decline')}
        </button>
      </div>
    </section>
  );
}
