import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice as StationNotice } from '../../../electron/api';
import { dayText, today } from '../format';
import { isShowing, useStationNotices } from '../notices-store';

/** Put a notice up on the hall's big screen for a day or a period; take one down. */
export function NoticesPanel() {
  const { t } = useTranslation();
  const items = useStationNotices((s) => s.items);
  const form = useStationNotices((s) => s.form);
  const error = useStationNotices((s) => s.error);
  const busy = useStationNotices((s) => s.busy);
  const { setField, post } = useStationNotices.getState();

  function submit(e: FormEvent) {
    e.preventDefault();
    void post();
  }

  return (
    <section className="panel notices-panel" aria-labelledby="notices-title" data-testid="station-notices">
      <div className="panel-head">
        <h2 id="notices-title">{t('desk.booths.notices.title')}</h2>
      </div>
      <form className="notice-form" onSubmit={submit} noValidate>
        <label>
          <span className="row">
            {t('desk.booths.notices.text')}
            <span className="spacer" />
            <span className="muted">{t('desk.booths.notices.length', { count: [...form.text].length })}</span>
          </span>
          <textarea
            rows={2}
            value={form.text}
            placeholder={t('desk.booths.notices.placeholder')}
            onChange={(e) => setField('text', e.target.value)}
            onKeyDown={(e) => {
              // Enter posts, as in a chat box; Shift+Enter would only add a line the ticker never shows.
              if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                e.preventDefault();
                void post();
              }
            }}
            data-testid="notice-text"
          />
        </label>
        <div className="notice-period">
          <label>
            {t('desk.booths.notices.from')}
            <input
              type="date"
              value={form.fromDay}
              onChange={(e) => setField('fromDay', e.target.value)}
              data-testid="notice-from"
            />
          </label>
          <label>
            {t('desk.booths.notices.until')}
            <input
              type="date"
              value={form.untilDay}
              onChange={(e) => setField('untilDay', e.target.value)}
              data-testid="notice-until"
            />
          </label>
        </div>
        <div className="notice-actions">
          <p className="hint">{t('desk.booths.notices.periodHint')}</p>
          <button type="submit" className="primary" disabled={busy} data-testid="notice-post">
            {busy ? t('desk.booths.notices.busy') : t('desk.booths.notices.post')}
          </button>
        </div>
        {error && (
          <p className="notice notice-error" role="alert" data-testid="notice-error">
            {error}
          </p>
        )}
      </form>
      {items.length === 0 ? (
        <p className="empty">{t('desk.booths.notices.empty')}</p>
      ) : (
        <ul className="notice-list" data-testid="notice-list">
          {items.map((n) => (
            <NoticeItem key={n.id} notice={n} />
          ))}
        </ul>
      )}
    </section>
  );
}

function NoticeItem({ notice: n }: { notice: StationNotice }) {
  const { t } = useTranslation();
  const remove = useStationNotices((s) => s.remove);
  return (
    <li data-testid="notice-item">
      <p className="notice-text">{n.text}</p>
      <div className="row">
        <span className="muted">
          {n.fromDay === n.untilDay
            ? t('desk.booths.notices.oneDay', { day: dayText(n.fromDay) })
            : t('desk.booths.notices.period', { from: dayText(n.fromDay), until: dayText(n.untilDay) })}
        </span>
        {isShowing(n, today()) ? (
          <span className="pill pill-ok">{t('desk.booths.notices.showing')}</span>
        ) : (
          <span className="pill">{t('desk.booths.notices.upcoming')}</span>
        )}
        <span className="spacer" />
        <button type="button" onClick={() => void remove(n.id)} data-testid="notice-remove">
          {t('desk.booths.notices.remove')}
        </button>
      </div>
    </li>
  );
}
