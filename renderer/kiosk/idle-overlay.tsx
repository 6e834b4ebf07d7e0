import { useTranslation } from 'react-i18next';

/** The visible countdown before a forgotten session ends. Any touch dismisses it. */
export function IdleOverlay({ remaining, onStay }: { remaining: number; onStay(): void }) {
  const { t } = useTranslation();
  return (
    <div
      className="idle-overlay"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="idle-title"
      data-testid="idle-overlay"
    >
      <div className="idle-box">
        <h2 id="idle-title">{t('kiosk.idle.title')}</h2>
        <p className="idle-count" aria-live="assertive">
          {remaining}
        </p>
        <p>{t('kiosk.idle.body', { seconds: remaining })}</p>
        <button type="button" className="primary" onClick={onStay}>
          {t('kiosk.idle.stay')}
        </button>
      </div>
    </div>
  );
}
