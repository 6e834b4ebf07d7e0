import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { useKiosk } from '../kiosk-store';
import { useReadAloud } from '../use-read-aloud';

/** Something failed: never a stack trace, always a way on. */
export function FailedScreen() {
  const { t } = useTranslation();
  const dispatch = useKiosk((s) => s.dispatch);
  useReadAloud([t('kiosk.failed.title'), t('kiosk.failed.body')]);
  return (
    <section className="failed" data-testid="failed">
      <Icon name="bell" size={96} />
      <h1>{t('kiosk.failed.title')}</h1>
      <p>{t('kiosk.failed.body')}</p>
      <button type="button" className="primary" onClick={() => dispatch({ type: 'finish' })}>
        {t('kiosk.failed.again')}
      </button>
    </section>
  );
}
