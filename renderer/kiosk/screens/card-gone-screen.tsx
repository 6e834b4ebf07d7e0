import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { useKiosk } from '../kiosk-store';
import { useReadAloud } from '../use-read-aloud';

/**
 * The card was lifted and the session ended with it. Says so kindly, says that half-given answers
 * were not kept, and what to do to go on: put the card back (a new session) or start over.
 */
export function CardGoneScreen({ midQuestion }: { midQuestion: boolean }) {
  const { t } = useTranslation();
  const dispatch = useKiosk((s) => s.dispatch);
  const title = t('kiosk.cardGone.title');
  const body = t(midQuestion ? 'kiosk.cardGone.midQuestion' : 'kiosk.cardGone.ended');
  useReadAloud([title, body, t('kiosk.cardGone.next')]);
  return (
    <section className="card-gone" data-testid="card-gone" data-mid-question={midQuestion}>
      <Icon name="card" size={96} />
      <h1>{title}</h1>
      <p>{body}</p>
      <p className="lead">{t('kiosk.cardGone.next')}</p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => dispatch({ type: 'finish' })}
          data-testid="card-gone-ok"
        >
          {t('kiosk.cardGone.ok')}
        </button>
      </div>
    </section>
  );
}
