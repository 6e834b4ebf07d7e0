import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkerRecord } from '../../../electron/api';
import { when } from '../format';
import { useNav } from '../nav-store';
import { useSession } from '../session-store';
import { useWorker } from '../worker-store';

/** Name, masked ID number (the full one on request, audited), and erasure on the person's request. */
export function WorkerHeader({ record }: { record: WorkerRecord }) {
  const { t } = useTranslation();
  const revealed = useWorker((s) => s.revealed);
  const reveal = useWorker((s) => s.reveal);
  const hideId = useWorker((s) => s.hideId);
  const erase = useWorker((s) => s.erase);
  const admin = useSession((s) => s.session?.role === 'admin');
  const { go, openWorker, notify } = useNav();
  const [confirming, setConfirming] = useState(false);
  return (
    <header className="record-head">
      <button type="button" className="quiet" onClick={() => go('workers')}>
        ← {t('desk.worker.back')}
      </button>
      <h1 id="worker-name">{record.name}</h1>
      <span className="mono id-number" data-testid="worker-id-number">
        {revealed ?? record.maskedIdNumber}
      </span>
      {revealed ? (
        <>
          <button type="button" onClick={hideId}>
            {t('desk.worker.hide')}
          </button>
          <span className="muted" role="status">
            {t('desk.worker.revealed')}
          </span>
        </>
      ) : (
        <button type="button" onClick={() => void reveal()} data-testid="reveal-id">
          {t('desk.worker.reveal')}
        </button>
      )}
      <span>{t(`desk.worker.${record.verified ? 'verified' : 'unverified'}`)}</span>
      {record.age !== null && <span>{t('desk.age', { age: record.age })}</span>}
      <span className="muted">{t('desk.worker.registeredAt', { time: when(record.registeredAt) })}</span>
      <span className="muted">{t('desk.worker.lastSeenAt', { time: when(record.lastSeenAt) })}</span>
      {admin && (
        <span className="erase">
          {confirming ? (
            <>
              <span className="notice notice-error">{t('desk.worker.eraseConfirm')}</span>
              <button
                type="button"
                className="danger"
                onClick={() =>
                  void erase().then((ok) => {
                    if (!ok) return openWorker(record.id);
                    go('workers');
                    notify({ kind: 'ok', key: 'desk.worker.erased' });
                  })
                }
                data-testid="erase-yes"
              >
                {t('desk.worker.eraseYes')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('desk.worker.eraseNo')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="quiet danger-text"
              onClick={() => setConfirming(true)}
              data-testid="erase"
            >
              {t('desk.worker.erase')}
            </button>
          )}
        </span>
      )}
    </header>
  );
}
