import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSystem } from '../system-store';
import { ReadersPanel } from './readers-panel';
import { StaffPanel } from './staff-panel';
import { SyncPanel } from './sync-panel';
import { TerminalsPanel } from './terminals-panel';

/** The station's plumbing as staff need it: readers, sync, paired devices, and (admins) accounts. */
export function SystemScreen({ admin, self }: { admin: boolean; self: string }) {
  const { t } = useTranslation();
  const refresh = useSystem((s) => s.refresh);
  const error = useSystem((s) => s.error);
  useEffect(() => {
    void refresh(admin);
  }, [refresh, admin]);
  return (
    <div className="system">
      <h1 className="sr-only">{t('desk.system.title')}</h1>
      {error && (
        <p className="notice notice-error" role="alert" data-testid="system-error">
          {error}
        </p>
      )}
      <div className="system-grid">
        <ReadersPanel />
        <SyncPanel />
        <TerminalsPanel />
        {admin && <StaffPanel self={self} />}
      </div>
    </div>
  );
}
