import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { useKiosk } from '../kiosk-store';

/** "取号": a queue ticket for the desk, shown large once taken. */
export function TicketPanel() {
  const { t, i18n } = useTranslation();
  const ticket = useKiosk((s) => s.ticket);
  const take = useKiosk((s) => s.takeTicket);
  if (ticket)
    return (
      <div className="ticket" data-testid="ticket" role="status">
        <span>{t('kiosk.slip.ticketIs')}</span>
        <strong>{ticket.ticket}</strong>
        <span>{t('kiosk.slip.ahead', { count: ticket.ahead, lng: i18n.language })}</span>
      </div>
    );
  return (
    <button type="button" className="primary" onClick={() => void take()} data-testid="take-ticket">
      <Icon name="ticket" size={40} /> {t('kiosk.needsDesk.ticket')}
    </button>
  );
}
