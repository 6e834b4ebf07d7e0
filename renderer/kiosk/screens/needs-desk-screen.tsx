import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import type { DeskReason } from '../kiosk-flow';
import { useKiosk } from '../kiosk-store';
import { useReadAloud } from '../use-read-aloud';
import { TicketPanel } from './ticket-panel';

/** A kind stop: what is wrong in plain words, and what to do next (the desk, a ticket, or browse). */
export function NeedsDeskScreen({ reason }: { reason: DeskReason }) {
  const { t } = useTranslation();
  const dispatch = useKiosk((s) => s.dispatch);
  const title = t(`kiosk.needsDesk.${reason}.title`);
  const body = t(`kiosk.needsDesk.${reason}.body`);
  useReadAloud([title, body]);
  return (
    <section className="needs-desk" data-testid="needs-desk" data-reason={reason}>
      <Icon name="desk" size={96} />
      <h1>{title}</h1>
      <p>{body}</p>
      <div className="actions">
        <TicketPanel />
        <button type="button" onClick={() => dispatch({ type: 'browse' })} data-testid="desk-browse">
          {t('kiosk.needsDesk.browse')}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'finish' })}>
          {t('kiosk.finish')}
        </button>
      </div>
    </section>
  );
}
