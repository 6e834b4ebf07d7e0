import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useBoothAssignments } from '../booth-assignments-store';
import { useBoothPairing } from '../booth-pairing-store';
import type { BoothRow } from '../booth-rows';
import { clock, today } from '../format';
import { AssignForm } from './assign-form';
import { PairCodeBox } from './pair-code-box';

/** The booths on a day: who holds each, what is paired to it, and giving booths out and taking them back. */
export function AssignmentsPanel() {
  const { t } = useTranslation();
  const { day, rows, error } = useBoothAssignments(
    useShallow((s) => ({ day: s.day, rows: s.rows, error: s.error })),
  );
  const setDay = useBoothAssignments((s) => s.setDay);
  const isToday = day === today();
  const held = rows.filter((r) => r.assignment !== null).length;
  return (
    <section className="panel booths-panel" aria-labelledby="booths-title" data-testid="booth-assignments">
      <div className="panel-head">
        <h2 id="booths-title">{t('desk.booths.assignments')}</h2>
        <label className="day-pick">
          {t('desk.booths.day')}
          <input type="date" value={day} onChange={(e) => setDay(e.target.value)} data-testid="booths-day" />
        </label>
        <button
          type="button"
          className={isToday ? 'current' : undefined}
          aria-pressed={isToday}
          onClick={() => setDay(today())}
          data-testid="booths-today"
        >
          {t('desk.booths.today')}
        </button>
        <span className="count" data-testid="booths-total">
          {t('desk.booths.total', { count: held })}
        </span>
      </div>
      <AssignForm />
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="empty">{t('desk.booths.empty')}</p>
      ) : (
        <table className="workers booth-table" data-testid="booth-list">
          <thead>
            <tr>
              <th className="num">{t('desk.booths.columns.booth')}</th>
              <th>{t('desk.booths.columns.employer')}</th>
              <th className="num">{t('desk.booths.columns.openJobs')}</th>
              <th className="num">{t('desk.booths.columns.interviewing')}</th>
              <th>{t('desk.booths.columns.devices')}</th>
              <th>{t('desk.booths.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <BoothLine key={r.booth} row={r} />
            ))}
          </tbody>
        </table>
      )}
      <PairCodeBox />
    </section>
  );
}

function BoothLine({ row }: { row: BoothRow }) {
  const { t } = useTranslation();
  const unassigning = useBoothAssignments((s) => s.unassigning);
  const busy = useBoothAssignments((s) => s.busy);
  const { prefill, askUnassign, unassign } = useBoothAssignments.getState();
  const pair = useBoothPairing((s) => s.open);
  const a = row.assignment;
  const counted = (n: number | null, key: 'jobs' | 'people') =>
    n === null ? (
      <span className="muted" title={t('desk.booths.todayOnly')}>
        —
      </span>
    ) : (
      t(`desk.booths.${key}`, { count: n })
    );
  return (
    <tr data-testid="booth-row" data-booth={row.booth}>
      <th scope="row" className="num booth-no">
        {t('desk.booths.boothNo', { n: row.booth })}
      </th>
      <td>
        {a ? (
          <>
            <strong data-testid="booth-employer">{a.employerName}</strong>
            <div className="muted">{t('desk.booths.assignedAt', { time: clock(a.assignedAt) })}</div>
          </>
        ) : (
          <span className="muted">{t('desk.booths.free')}</span>
        )}
      </td>
      <td className="num">{a && counted(row.openJobs, 'jobs')}</td>
      <td className="num" data-testid="booth-interviewing">
        {a && counted(row.interviewing, 'people')}
      </td>
      <td>
        {row.tablets + row.screens === 0 ? (
          <span className="pill pill-warn">{t('desk.booths.noDevices')}</span>
        ) : (
          <span className="pill pill-ok" data-testid="booth-devices">
            {t('desk.booths.devices', { tablets: row.tablets, screens: row.screens })}
          </span>
        )}
      </td>
      <td>
        <div className="actions">
          <button type="button" onClick={() => pair(row.booth, 'tablet')} data-testid="pair-tablet">
            {t('desk.booths.pairTablet')}
          </button>
          <button type="button" onClick={() => pair(row.booth, 'tv')} data-testid="pair-tv">
            {t('desk.booths.pairTv')}
          </button>
          {!a ? (
            <button type="button" onClick={() => prefill(row.booth)} data-testid="booth-prefill">
              {t('desk.booths.assignThis')}
            </button>
          ) : unassigning === row.booth ? (
            <>
              <button
                type="button"
                className="danger"
                disabled={busy}
                onClick={() => void unassign(row.booth)}
                data-testid="unassign-confirm"
              >
                {t('desk.booths.confirmUnassign', { booth: row.booth })}
              </button>
              <button type="button" onClick={() => askUnassign(null)}>
                {t('desk.booths.cancel')}
              </button>
            </>
          ) : (
            <button type="button" onClick={() => askUnassign(row.booth)} data-testid="unassign">
              {t('desk.booths.unassign')}
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}
