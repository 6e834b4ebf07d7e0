import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { employerFieldLabels, platformFieldLabels } from '../consent-fields';
import { useKiosk } from '../kiosk-store';
import { useReadAloud } from '../use-read-aloud';

/**
 * PIPL Art. 29–30: what is kept, why, how long and who sees what, before anything is stored. Who
 * sees what is named from the runtime's own lists (consent-fields.ts); both tick boxes are optional
 * and start unticked, so agreeing stays one tap.
 */
export function ConsentScreen({ maskedName }: { maskedName: string }) {
  const { t } = useTranslation();
  const dispatch = useKiosk((s) => s.dispatch);
  const share = useKiosk((s) => s.shareWithEmployers);
  const setShare = useKiosk((s) => s.setShare);
  const phone = useKiosk((s) => s.phoneToEmployers);
  const setPhone = useKiosk((s) => s.setPhoneToEmployers);
  const list = (labels: Record<string, string>) =>
    Object.values(labels)
      .map((key) => t(key, { name: maskedName }))
      .join(t('kiosk.consent.listSeparator'));
  const points = [
    ['card', t('kiosk.consent.what')],
    ['search', t('kiosk.consent.why')],
    ['calendar', t('kiosk.consent.howLong')],
  ] as const;
  const who = [
    ['staff', 'person', t('kiosk.consent.staff')],
    ['platform', 'globe', t('kiosk.consent.platform', { fields: list(platformFieldLabels) })],
    ['employers', 'factory', t('kiosk.consent.employers', { fields: list(employerFieldLabels) })],
  ] as const;
  useReadAloud([
    t('kiosk.consent.lead'),
    ...points.map((p) => p[1]),
    t('kiosk.consent.whoTitle'),
    ...who.map((w) => w[2]),
    t('kiosk.consent.share'),
    t('kiosk.consent.phone'),
  ]);

  return (
    <section className="consent">
      <h1>{t('kiosk.consent.title', { name: maskedName })}</h1>
      <div className="consent-columns">
        <div>
          <p className="lead">{t('kiosk.consent.lead')}</p>
          <ul className="consent-points">
            {points.map(([icon, text]) => (
              <li key={icon}>
                <Icon name={icon} />
                <span>{text}</span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h2>{t('kiosk.consent.whoTitle')}</h2>
          <ul className="consent-points">
            {who.map(([id, icon, text]) => (
              <li key={id} data-testid={`consent-${id}`}>
                <Icon name={icon} />
                <span>{text}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
      <label className="toggle">
        <input
          type="checkbox"
          checked={share}
          onChange={(e) => setShare(e.target.checked)}
          data-testid="consent-share"
        />
        <span>{t('kiosk.consent.share')}</span>
      </label>
      <label className="toggle">
        <input
          type="checkbox"
          checked={phone}
          onChange={(e) => setPhone(e.target.checked)}
          data-testid="consent-phone"
        />
        <span>{t('kiosk.consent.phone')}</span>
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
