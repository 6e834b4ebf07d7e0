import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueService, WaitingTicket } from '../../electron/api';
import { queueServiceChoices } from './choices';
import { clock } from './format';
import { useNav } from './nav-store';
import { useQueue } from './queue-store';

/** The line: who waits and why, and the button that calls the next person to this window. */
export function QueuePanel() {
  const { t } = useTranslation();
  const { waiting, current, window, service, message, refresh, callNext, setWindow, setService } = useQueue();
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return (
    <section className="panel queue-panel" aria-labelledby="queue-title">
      <div className="panel-head">
        <h2 id="queue-title">{t('desk.queue.title')}</h2>
        <span className="count" data-testid="queue-waiting">
          {t('desk.queue.waiting', { count: waiting.length })}
        </span>
      </div>
      <div className="queue-controls">
        <label>
          {t('desk.queue.window')}
          <input
            className="narrow"
            value={window}
            maxLength={12}
            onChange={(e) => setWindow(e.target.value)}
            data-testid="queue-window"
          />
        </label>
        <label>
          {t('desk.queue.callService')}
          <select
            value={service ?? ''}
            onChange={(e) => setService(e.target.value ? (e.target.value as QueueService) : null)}
          >
            <option value="">{t('desk.queue.anyService')}</option>
            {queueServiceChoices.map((s) => (
              <option key={s} value={s}>
                {t(`desk.queue.services.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="primary"
          disabled={!window.trim()}
          onClick={() => void callNext()}
          data-testid="queue-call"
        >
          {t('desk.queue.callNext')}
        </button>
      </div>
      {current && <Serving ticket={current} />}
      {message && (
        <p className="hint" role="status">
          {message === 'nobody' ? t('desk.queue.nobody') : message}
        </p>
      )}
      {waiting.length > 0 && (
        <ol className="queue-list" data-testid="queue-list">
          {waiting.map((w) => (
            <li key={w.id}>
              <strong className="ticket-no">{w.ticket}</strong>
              <span>{t(`desk.queue.services.${w.service}`)}</span>
              <span className="muted">{t('desk.queue.takenAt', { time: clock(w.takenAt) })}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The person this window called: why they came and, if they agreed, what they looked at. */
function Serving({ ticket }: { ticket: WaitingTicket & { calledAt: string } }) {
  const { t } = useTranslation();
  const openWorker = useNav((s) => s.openWorker);
  const shared = ticket.viewedJobs.length > 0 || ticket.note !== '' || ticket.workerId !== null;
  return (
    <div className="serving" data-testid="queue-current">
      <p className="serving-ticket">
        {t('desk.queue.calling', { ticket: ticket.ticket })}
        <span className="pill">{t(`desk.queue.services.${ticket.service}`)}</span>
      </p>
      <p className="muted">{t('desk.queue.calledAt', { time: clock(ticket.calledAt) })}</p>
      {shared ? (
        <>
          {ticket.viewedJobs.length > 0 && (
            <p>
              {t('desk.queue.viewed')}：{ticket.viewedJobs.map((j) => j.title).join('、')}
            </p>
          )}
          {ticket.note && (
            <p>
              {t('desk.queue.note')}：{ticket.note}
            </p>
          )}
          {ticket.workerId && (
            <button
              type="button"
              onClick={() => openWorker(ticket.workerId!)}
              data-testid="queue-open-worker"
            >
              {t('desk.queue.openWorker')}
            </button>
          )}
        </>
      ) : (
        <p className="muted">{t('desk.queue.noContext')}</p>
      )}
    </div>
  );
}
