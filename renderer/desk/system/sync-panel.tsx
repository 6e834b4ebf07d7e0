import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoopStatus } from '../../../electron/api';
import { when } from '../format';
import { useSystem } from '../system-store';

/** Sync with the upstream: when it last worked, what waits to go up, and what the upstream refused. */
export function SyncPanel() {
  const { t } = useTranslation();
  const { sync, syncing, quarantine, syncNow } = useSystem();
  return (
    <section className="panel" aria-labelledby="sync-title" data-testid="sync">
      <div className="panel-head">
        <h2 id="sync-title">{t('desk.system.sync')}</h2>
        <button
          type="button"
          className="primary"
          disabled={syncing || !sync?.upstream}
          onClick={() => void syncNow()}
          data-testid="sync-now"
        >
          {syncing ? t('desk.system.syncing') : t('desk.system.syncNow')}
        </button>
      </div>
      {sync && (
        <>
          <p>
            {sync.upstream ? t('desk.system.upstream', { url: sync.upstream }) : t('desk.system.standalone')}
          </p>
          <div className="loops">
            <Loop title={t('desk.system.pull')} loop={sync.pull}>
              {sync.pull.rejected > 0 && (
                <span>{t('desk.system.rejected', { count: sync.pull.rejected })}</span>
              )}
            </Loop>
            <Loop title={t('desk.system.push')} loop={sync.push}>
              <span data-testid="sync-pending">{t('desk.system.pending', { count: sync.push.pending })}</span>
              <span>{t('desk.system.delivered', { count: sync.push.delivered })}</span>
              {sync.push.quarantined > 0 && (
                <span className="pill pill-warn">
                  {t('desk.system.quarantined', { count: sync.push.quarantined })}
                </span>
              )}
            </Loop>
          </div>
        </>
      )}
      <h3>{t('desk.system.quarantine')}</h3>
      {quarantine.length === 0 ? (
        <p className="muted">{t('desk.system.quarantineEmpty')}</p>
      ) : (
        <table className="workers" data-testid="quarantine">
          <thead>
            <tr>
              <th>{t('desk.system.quarantineColumns.type')}</th>
              <th>{t('desk.system.quarantineColumns.at')}</th>
              <th>{t('desk.system.quarantineColumns.origin')}</th>
              <th>{t('desk.system.quarantineColumns.reason')}</th>
              <th className="num">{t('desk.system.quarantineColumns.attempts')}</th>
            </tr>
          </thead>
          <tbody>
            {quarantine.map((q) => (
              <tr key={q.id}>
                <td className="mono">{q.type}</td>
                <td>{when(q.at)}</td>
                <td>{q.origin}</td>
                <td>{q.reason}</td>
                <td className="num">{q.attempts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Loop({ title, loop, children }: { title: string; loop: LoopStatus; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="loop">
      <strong>{title}</strong>
      <span className="pill">{t(`desk.system.states.${loop.state}`)}</span>
      <span className="muted">
        {loop.lastSuccessAt
          ? t('desk.system.lastSuccess', { time: when(loop.lastSuccessAt) })
          : t('desk.system.never')}
      </span>
      {loop.lastError && (
        <span className="field-error">{t('desk.system.lastError', { error: loop.lastError })}</span>
      )}
      {children}
    </div>
  );
}
