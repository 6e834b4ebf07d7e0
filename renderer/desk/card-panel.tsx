import { useTranslation } from 'react-i18next';
import { useCard } from './card-store';

/** A newcomer's card on the desk's reader: registered once staff confirm the person agreed. */
export function CardPanel() {
  const { t } = useTranslation();
  const {
    card,
    consent,
    share,
    phoneToEmployers,
    busy,
    error,
    setConsent,
    setShare,
    setPhoneToEmployers,
    register,
    dismiss,
  } = useCard();
  if (!card) return null;
  const problems = card.problems.map((p) => t(`desk.card.problems.${p}`, { defaultValue: p })).join('、');
  return (
    <section className="card-panel" aria-label={t('desk.card.title')} data-testid="card-panel">
      {card.valid ? (
        <>
          <h2>{t('desk.card.newPerson', { name: card.maskedName })}</h2>
          <label className="check">
            <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
            {t('desk.card.consent')}
          </label>
          <label className="check">
            <input type="checkbox" checked={share} onChange={(e) => setShare(e.target.checked)} />
            {t('desk.card.share')}
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={phoneToEmployers}
              onChange={(e) => setPhoneToEmployers(e.target.checked)}
            />
            {t('desk.card.phoneToEmployers')}
          </label>
          <div className="row">
            <button
              type="button"
              className="primary"
              disabled={!consent || busy}
              onClick={() => void register()}
              data-testid="card-register"
            >
              {busy ? t('desk.card.opening') : t('desk.card.register')}
            </button>
            <button type="button" onClick={dismiss}>
              {t('desk.card.dismiss')}
            </button>
          </div>
        </>
      ) : (
        <div className="row">
          <p>{t('desk.card.needsManual', { problems })}</p>
          <button type="button" onClick={dismiss}>
            {t('desk.card.dismiss')}
          </button>
        </div>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
