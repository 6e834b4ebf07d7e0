import { create } from 'zustand';
import type {
  BoothJobDraft,
  BoothSession,
  CandidateView,
  EmployerProfile,
  MethodInput,
  Taxonomy,
} from '../../electron/api';
import { call, StationError } from '../api/bridge';
import { coalescer } from '../screen/coalesce';
import { useStation } from '../station-store';

export type BoothTab = 'people' | 'jobs' | 'profile';

/** A message a person can read for any failure: the station's own text for expected errors. */
export function messageOf(err: unknown): string {
  if (err instanceof StationError) {
    const issue = err.error.issues?.[0];
    return err.error.code === 'invalid_input' && issue ? issue.message : err.error.message;
  }
  return err instanceof Error ? err.message : String(err);
}

/** Field errors of a refused draft, by the form's field name (`draft.pay.amount` → `amount`). */
export function fieldIssues(err: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(err instanceof StationError)) return out;
  for (const i of err.error.issues ?? []) {
    const parts = i.path.split('.').filter((p) => p !== 'draft');
    const field = parts[0] === 'pay' ? (parts[1] ?? 'amount') : (parts[0] ?? '');
    if (field && !out[field]) out[field] = i.message;
  }
  return out;
}

/** People appear once: an applicant who also fits is listed with the applicants. */
export function mergePeople(applicants: CandidateView[], candidates: CandidateView[]): CandidateView[] {
  const seen = new Set(applicants.map((a) => a.workerId));
  return candidates.filter((c) => !seen.has(c.workerId));
}

/** What the tablet tells the employer after an action; the screen words it. */
export type BoothNotice =
  | { kind: 'recorded'; outcome: 'hired' | 'not-hired' | 'pending' }
  | { kind: 'called'; label: string }
  | { kind: 'saved' }
  | { kind: 'error'; text: string };

interface BoothState {
  session: BoothSession | null;
  tab: BoothTab;
  applicants: CandidateView[];
  candidates: CandidateView[];
  /** The person the employer is dealing with: identified at the booth or picked from a list. */
  focus: CandidateView | null;
  notice: BoothNotice | null;
  busy: boolean;
  /** Occupations and districts for the job form. */
  taxonomy: Taxonomy | null;
  loadTaxonomy(): Promise<void>;
  reload(): Promise<void>;
  refresh(): void;
  setTab(tab: BoothTab): void;
  cardTapped(): Promise<void>;
  scanSlip(text: string): Promise<void>;
  pick(person: CandidateView): void;
  closeFocus(): void;
  callPerson(workerId: string): Promise<void>;
  record(input: MethodInput<'booth.recordOutcome'>): Promise<boolean>;
  saveProfile(input: MethodInput<'booth.saveProfile'>): Promise<EmployerProfile | null>;
  saveJob(
    jobId: string | null,
    draft: BoothJobDraft,
  ): Promise<{ ok: true } | { ok: false; issues: Record<string, string> }>;
  setJobStatus(jobId: string, status: 'open' | 'closed' | 'filled'): Promise<void>;
  say(notice: BoothNotice | null): void;
}

const refresher = coalescer<'all'>(() => useBooth.getState().reload(), 300);

/** The employer's tablet: its booth, its jobs, the people it may see, and the one in front of it. */
export const useBooth = create<BoothState>()((set, get) => {
  const identify = async (input: MethodInput<'booth.identify'>) => {
    set({ busy: true });
    try {
      const person = await call('booth.identify', input);
      set({ focus: person, tab: 'people', notice: null });
      refresher.ask('all');
    } catch (err) {
      get().say({ kind: 'error', text: messageOf(err) });
    } finally {
      set({ busy: false });
    }
  };
  return {
    session: null,
    tab: 'people',
    applicants: [],
    candidates: [],
    focus: null,
    notice: null,
    busy: false,
    taxonomy: null,
    async loadTaxonomy() {
      if (get().taxonomy) return;
      try {
        set({ taxonomy: await call('jobs.taxonomy', {}) });
      } catch (err) {
        get().say({ kind: 'error', text: messageOf(err) });
      }
    },
    async reload() {
      try {
        const session = await call('booth.session', {});
        if (!session.employer) {
          set({ session, applicants: [], candidates: [], focus: null });
          return;
        }
        const [applicants, candidates] = await Promise.all([
          call('booth.applicants', {}),
          call('booth.candidates', { limit: 30 }),
        ]);
        const focus = get().focus;
        const fresh = focus && [...applicants, ...candidates].find((p) => p.workerId === focus.workerId);
        set({ session, applicants, candidates, ...(fresh ? { focus: fresh } : {}) });
        useStation.getState().touch();
      } catch (err) {
        if (!(err instanceof StationError && err.error.code === 'unavailable'))
          get().say({ kind: 'error', text: messageOf(err) });
      }
    },
    refresh: () => refresher.ask('all'),
    setTab: (tab) => set({ tab }),
    cardTapped: () => identify({ by: 'card' }),
    scanSlip: (text) => identify({ by: 'slip', text: text.trim() }),
    pick: (person) => set({ focus: person, notice: null }),
    closeFocus: () => set({ focus: null }),
    async callPerson(workerId) {
      try {
        const r = await call('booth.call', { workerId });
        get().say({ kind: 'called', label: r.label });
        refresher.ask('all');
      } catch (err) {
        get().say({ kind: 'error', text: messageOf(err) });
      }
    },
    async record(input) {
      set({ busy: true });
      try {
        await call('booth.recordOutcome', input);
        set({ focus: null, notice: { kind: 'recorded', outcome: input.outcome } });
        await get().reload();
        return true;
      } catch (err) {
        get().say({ kind: 'error', text: messageOf(err) });
        return false;
      } finally {
        set({ busy: false });
      }
    },
    async saveProfile(input) {
      try {
        const saved = await call('booth.saveProfile', input);
        await get().reload();
        get().say({ kind: 'saved' });
        return saved;
      } catch (err) {
        get().say({ kind: 'error', text: messageOf(err) });
        return null;
      }
    },
    async saveJob(jobId, draft) {
      try {
        if (jobId) await call('booth.editJob', { jobId, draft });
        else await call('booth.postJob', { draft });
        await get().reload();
        get().say({ kind: 'saved' });
        return { ok: true };
      } catch (err) {
        get().say({ kind: 'error', text: messageOf(err) });
        return { ok: false, issues: fieldIssues(err) };
      }
    },
    async setJobStatus(jobId, status) {
      try {
        await call('booth.setJobStatus', { jobId, status });
        await get().reload();
      } catch (err) {
        get().say({ kind: 'error', text: messageOf(err) });
      }
    },
    say: (notice) => set({ notice }),
  };
});
