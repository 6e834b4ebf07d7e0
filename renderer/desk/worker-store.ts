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
  busy: boolean;
  /** A full ID number, shown until the page changes; fetching it is audited by the station. */
  revealed: string | null;
  /** The profile being edited; kept through a conflict so nothing typed is lost. */
  draft: ProfileDraft | null;
  /** The record as it was when editing began: what was typed is measured against it, so a save after a
   *  conflict sends only the fields this person changed and keeps the other terminal's edits. */
  editBase: WorkerRecord | null;
  conflict: string | null;
  /** Another terminal changed this record while it was being edited here. */
  changedElsewhere: boolean;
  load(id: string): Promise<void>;
  reveal(): Promise<void>;
  hideId(): void;
  startEdit(): void;
  setDraft(d: Partial<ProfileDraft>): void;
  cancelEdit(): void;
  saveProfile(): Promise<boolean>;
  act<M extends RecordMethod>(method: M, input: MethodInput<M>): Promise<boolean>;
  erase(): Promise<boolean>;
  remoteUpdate(workerId: string, version: number): void;
  clear(): void;
}

const blank = {
  record: null,
  error: null,
  busy: false,
  revealed: null,
  draft: null,
  editBase: null,
  conflict: null,
  changedElsewhere: false,
} as const;

/** The worker record open at the desk, and what is being typed into it. */
export const useWorker = create<WorkerState>()((set, get) => ({
  ...blank,
  async load(id) {
    const same = get().record?.id === id;
    if (!same) set({ ...blank });
    try {
      const record = await deskCall('workers.record', { workerId: id });
      set({ record, error: null, changedElsewhere: false });
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
  hideId: () => set({ revealed: null }),
  startEdit() {
    const r = get().record;
    if (r) set({ draft: draftOf(r), editBase: r, conflict: null });
  },
  setDraft(d) {
    const draft = get().draft;
    if (draft) set({ draft: { ...draft, ...d } });
  },
  cancelEdit: () => set({ draft: null, editBase: null, conflict: null }),
  async saveProfile() {
    const { record, draft, editBase } = get();
    if (!record || !draft) return false;
    const changes = profileChanges(editBase ?? record, draft);
    if (Object.keys(changes).length === 0) {
      set({ draft: null, editBase: null, conflict: null });
      return true;
    }
    set({ busy: true });
    try {
      const updated = await deskCall('workers.updateProfile', {
        workerId: record.id,
        version: record.version,
        changes,
      });
      set({
        record: updated,
        draft: null,
        editBase: null,
        conflict: null,
        error: null,
        changedElsewhere: false,
        busy: false,
      });
      return true;
    } catch (err) {
      set({ busy: false });
      if (err instanceof StationError && err.error.code === 'conflict') {
        // Someone else saved first: show their version, keep this draft for the person to save again.
        set({ conflict: err.error.message });
        const fresh = await deskCall('workers.record', { workerId: record.id }).catch(() => null);
        if (fresh) set({ record: fresh, changedElsewhere: false });
      } else set({ conflict: messageOf(err) });
      return false;
    }
  },
  async act(method, input) {
    set({ busy: true });
    try {
      const record = (await deskCall(method, input)) as WorkerRecord;
      set({ record, error: null, busy: false });
      return true;
    } catch (err) {
      const message = messageOf(err);
      set({ busy: false });
      if (err instanceof StationError && err.error.code === 'conflict') {
        const id = get().record?.id;
        if (id) await get().load(id);
      }
      set({ error: message });
      return false;
    }
  },
  async erase() {
    const r = get().record;
    if (!r) return false;
    try {
      await deskCall('workers.erase', { workerId: r.id });
      set({ ...blank });
      return true;
    } catch (err) {
      set({ error: messageOf(err) });
      return false;
    }
  },
  remoteUpdate(workerId, version) {
    const { record, draft } = get();
    if (!record || record.id !== workerId) return;
    // While someone is typing over an older version, do not swap it under them; say it changed instead.
    // A new ledger entry (same version) is simply shown.
    if (draft && version > record.version) set({ changedElsewhere: true });
    else void get().load(workerId);
  },
  clear: () => set({ ...blank }),
}));
