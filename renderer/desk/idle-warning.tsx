import { useTranslation } from 'react-i18next';

/** The last minute before an unattended desk signs itself out. */
export function IdleWarning({ seconds, onStay }: { seconds: number; onStay(): void }) {
  const { t } = useTranslation();
  return (
    <div className="idle-bar" role="alertdialog" aria-live="assertive" data-testid="idle-warning">
      <span>{t('desk.idle.warning', { seconds })}</span>
      <button type="button" className="primary" onClick={onStay} autoFocus>
        {t('desk.idle.stay')}
      </button>
    </div>
  );
}
