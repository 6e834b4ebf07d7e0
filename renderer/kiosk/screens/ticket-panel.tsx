import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { useJobs } from '../jobs-store';
import { useKiosk } from '../kiosk-store';

/**
 * "取号": a queue ticket for the desk, shown large once taken. A registered person may let staff see
 * the jobs they looked at (off unless they tick it); nobody else's screen ever shows them.
 */
export function TicketPanel() {
  const { t, i18n } = useTranslation();
  const ticket = useKiosk((s) => s.ticket);
  const take = useKiosk((s) => s.takeTicket);
  const worker = useKiosk((s) => s.worker);
  const slip = useKiosk((s) => s.slip);
  const recommended = useJobs((s) => s.recommendations?.items);
  const [share, setShare] = useState(false);
  if (ticket)
    return (
      <div className="ticket" data-testid="ticket" role="status">
        <span>{t('kiosk.slip.ticketIs')}</span>
        <strong>{ticket.ticket}</strong>
        <span>{t('kiosk.slip.ahead', { count: ticket.ahead, lng: i18n.language })}</span>
      </div>
    );
  const viewed = [...(slip ? [slip.jobId] : []), ...(recommended ?? []).map((i) => i.job.id)];
  return (
    <>
      {worker && viewed.length > 0 && (
        <label className="ticket-share">
          <input
            type="checkbox"
            checked={share}
            onChange={(e) => setShare(e.target.checked)}
            data-testid="ticket-share"
          />
          {t('kiosk.slip.shareViewed')}
        </label>
      )}
      <button
        type="button"
        className="primary"
        onClick={() => void take(share ? viewed : undefined)}
        data-testid="take-ticket"
      >
        <Icon name="ticket" size={40} /> {t('kiosk.needsDesk.ticket')}
      </button>
    </>
  );
}
