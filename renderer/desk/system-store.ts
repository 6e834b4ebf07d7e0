import { create } from 'zustand';
import type {
  PairedTerminalView,
  QuarantinedEvent,
  Role,
  StaffAccount,
  StaffRole,
  SyncStatus,
} from '../../electron/api';
import { deskCall } from './desk-call';
import { messageOf } from './message-of';
import { useNav } from './nav-store';

type PairRole = Exclude<Role, 'admin'>;

interface SystemState {
  sync: SyncStatus | null;
  syncing: boolean;
  quarantine: QuarantinedEvent[];
  terminals: PairedTerminalView[];
  code: { code: string; expiresAt: string; role: PairRole; booth?: number } | null;
  staff: StaffAccount[] | null;
  error: string | null;
  refresh(admin: boolean): Promise<void>;
  setSync(s: SyncStatus): void;
  syncNow(): Promise<void>;
  refreshTerminals(): Promise<void>;
  pair(role: PairRole, booth?: number): Promise<void>;
  revoke(id: string): Promise<void>;
  createStaff(a: { username: string; name: string; role: StaffRole; pin: string }): Promise<boolean>;
  updateStaff(staffId: string, change: { active?: boolean; unlock?: true; pin?: string }): Promise<boolean>;
}

/** Sync, paired devices and staff accounts, as the desk's "设备与同步" page shows them. */
export const useSystem = create<SystemState>()((set, get) => {
  const failed = (err: unknown) => {
    set({ error: messageOf(err) });
    return false;
  };
  return {
    sync: null,
    syncing: false,
    quarantine: [],
    terminals: [],
    code: null,
    staff: null,
    error: null,
    async refresh(admin) {
      set({ error: null });
      try {
        const [sync, quarantine, terminals] = await Promise.all([
          deskCall('sync.status', {}),
          deskCall('sync.quarantine', { limit: 50 }),
          deskCall('terminals.list', {}),
        ]);
        set({ sync, quarantine: quarantine.items, terminals });
        if (admin) set({ staff: await deskCall('staff.list', {}) });
      } catch (err) {
        failed(err);
      }
    },
    setSync: (sync) => set({ sync }),
    async syncNow() {
      set({ syncing: true });
      try {
        const sync = await deskCall('sync.now', {});
        const quarantine = await deskCall('sync.quarantine', { limit: 50 });
        set({ sync, quarantine: quarantine.items, syncing: false });
      } catch (err) {
        set({ syncing: false });
        failed(err);
      }
    },
    async refreshTerminals() {
      try {
        set({ terminals: await deskCall('terminals.list', {}) });
      } catch {
        // Shown as it was; the page refreshes when opened again.
      }
    },
    async pair(role, booth) {
      set({ error: null });
      try {
        const made = await deskCall('terminals.createPairingCode', {
          role,
          ...(role === 'booth' && booth !== undefined ? { booth } : {}),
        });
        set({ code: { ...made, role, ...(booth !== undefined ? { booth } : {}) } });
      } catch (err) {
        failed(err);
      }
    },
    async revoke(id) {
      try {
        await deskCall('terminals.revoke', { id });
        await get().refreshTerminals();
      } catch (err) {
        failed(err);
      }
    },
    async createStaff(a) {
      set({ error: null });
      try {
        const made = await deskCall('staff.create', a);
        set({ staff: [...(get().staff ?? []), made] });
        useNav
          .getState()
          .notify({ kind: 'ok', key: 'desk.system.staffCreated', values: { username: made.username } });
        return true;
      } catch (err) {
        return failed(err);
      }
    },
    async updateStaff(staffId, change) {
      set({ error: null });
      try {
        const updated = await deskCall('staff.update', { staffId, ...change });
        set({ staff: (get().staff ?? []).map((a) => (a.id === updated.id ? updated : a)) });
        if (change.pin) useNav.getState().notify({ kind: 'ok', key: 'desk.system.pinSet' });
        return true;
      } catch (err) {
        return failed(err);
      }
    },
  };
});
