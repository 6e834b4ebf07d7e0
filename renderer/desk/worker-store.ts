import { create } from 'zustand';
import type { MethodInput, WorkerRecord } from '../../electron/api';
import { StationError } from '../api/bridge';
import { deskCall } from './desk-call';
import { messageOf } from './message-of';
import { draftOf, profileChanges, type ProfileDraft } from './profile-draft';

type RecordMethod =
  | 'services.record'
  | 'referrals.create'
  | 'referrals.update'
  | 'followUps.record'
  | 'employers.report'
  | 'workers.setKeyGroup'
  | 'workers.setOutcome';

interface WorkerState {
  record: WorkerRecord | null;
  error: string | null;
  /** A full ID number, shown until the page changes; fetching it is audited by the station. */
  revealed: string | null;
  /** The profile being edited; kept through a conflict so nothing typed is lost. */
  draft: ProfileDraft | null;
  conflict: string | null;
  /** Another terminal changed this record while it was open. */
  changedElsewhere: boolean;
  load(id: string): Promise<void>;
  reveal(): Promise<void>;
  startEdit(): void;
  setDraft(d: Partial<ProfileDraft>): void;
  cancelEdit(): void;
  saveProfile(): Promise<void>;
  act<M extends RecordMethod>(method: M, input: MethodInput<M>): Promise<boolean>;
  remoteUpdate(workerId: string, version: number): void;
  clear(): void;
}

export const useWorker = create<WorkerState>()((set, get) => ({
  record: null,
  error: null,
  revealed: null,
  draft: null,
  conflict: null,
  changedElsewhere: false,
  async load(id) {
    try {
      const record = await deskCall('workers.record', { workerId: id });
      const same = get().record?.id === id;
      set({ record, error: null, changedElsewhere: false, ...(same ? {} : { revealed: null, draft: null, conflict: null }) });
    } catch (err) {
      set({ error: messageOf(err) });
    }
  },
  async reveal() {
    const r = get().record;
    if (!r) return;
    try {
      set({ revealed: (await deskCall('workers.revealIdNumber', { workerId: r.id })).idNumber });
    } catch (err) {
      set({ error: messageOf(err) });
    }
  },
  startEdit() {
    const r = get().record;
    if (r) set({ draft: draftOf(r), conflict: null });
  },
  setDraft(d) {
    const draft = get().draft;
    if (draft) set({ draft: { ...draft, ...d } });
  },
  cancelEdit: () => set({ draft: null, conflict: null }),
  async saveProfile() {
    const { record, draft } = get();
    if (!record || !draft) return;
    const changes = profileChanges(record, draft);
    if (Object.keys(changes).length === 0) return set({ draft: null });
    try {
      const updated = await deskCall('workers.updateProfile', { workerId: record.id, version: record.version, changes });
      set({ record: updated, draft: null, conflict: null, error: null, changedElsewhere: false });
    } catch (err) {
      if (err instanceof StationError && err.error.code === 'conflict') {
        // Someone else saved first: show their version, keep this draft for the person to re-apply.
        set({ conflict: err.error.message });
        const fresh = await deskCall('workers.record', { workerId: record.id }).catch(() => null);
        if (fresh) set({ record: fresh, changedElsewhere: false });
      } else set({ conflict: messageOf(err) });
    }
  },
  async act(method, input) {
    try {
      const record = await deskCall(method, input);
      set({ record: record as WorkerRecord, error: null });
      return true;
    } catch (err) {
      set({ error: messageOf(err) });
      if (err instanceof StationError && err.error.code === 'conflict') {
        const id = get().record?.id;
        if (id) await get().load(id);
        set({ error: messageOf(err) });
      }
      return false;
    }
  },
  remoteUpdate(workerId, version) {
    const { record, draft } = get();
    if (!record || record.id !== workerId) return;
    // While someone is typing, do not swap the record under them; say it changed instead.
    if (draft) {
      if (version > record.version) set({ changedElsewhere: true });
    } else void get().load(workerId);
  },
  clear: () => set({ record: null, error: null, revealed: null, draft: null, conflict: null, changedElsewhere: false }),
}));
