import { create } from 'zustand';
import type {
  MethodInput,
  PairedTerminal,
  QuarantinedEvent,
  StaffAccount,
  StaffRole,
  SyncStatus,
} from '../../electron/api';
import { deskCall } from './desk-call';
import { messageOf } from './message-of';
import { useNav } from './nav-store';

interface SystemState {
  sync: SyncStatus | null;
  syncing: boolean;
  quarantine: QuarantinedEvent[];
  terminals: PairedTerminal[];
  /** The label of the device staff approved last; it opens on its own within seconds. */
  approved: string | null;
  staff: StaffAccount[] | null;
  error: string | null;
  refresh(admin: boolean): Promise<void>;
  setSync(s: SyncStatus): void;
  syncNow(): Promise<void>;
  refreshTerminals(): Promise<void>;
  /** Pairs the device showing `code`; false (with the reason in `error`) when the hub refused. */
  approve(input: MethodInput<'terminals.approve'>): Promise<boolean>;
  rename(id: string, name: string): Promise<boolean>;
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
    approved: null,
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
    async approve(input) {
      set({ error: null, approved: null });
      try {
        const made = await deskCall('terminals.approve', input);
        set({ approved: made.name });
        return true;
      } catch (err) {
        return failed(err);
      }
    },
    async rename(id, name) {
      set({ error: null });
      try {
        const renamed = await deskCall('terminals.rename', { id, name });
        set({ terminals: get().terminals.map((t) => (t.id === id ? renamed : t)) });
        return true;
      } catch (err) {
        return failed(err);
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
