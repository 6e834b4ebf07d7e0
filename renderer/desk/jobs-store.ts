import { create } from 'zustand';
import type { DeskJob } from '../../electron/api';
import { StationError } from '../api/bridge';
import { deskCall } from './desk-call';
import {
  draftOfJobForm,
  emptyJobForm,
  issuesOnForm,
  jobFormOf,
  type FieldIssues,
  type JobForm,
} from './job-form';
import { messageOf } from './message-of';
import { useNav } from './nav-store';

type StatusFilter = 'open' | 'closed' | 'filled' | 'all';

export interface JobEditor {
  jobId: string | null;
  employerId: string | undefined;
  form: JobForm;
  issues: FieldIssues;
  /** Problems that belong to no one field (an expired end date, an unknown occupation). */
  error: string | null;
  busy: boolean;
}

interface JobsState {
  query: string;
  status: StatusFilter;
  attention: boolean;
  items: DeskJob[];
  total: number;
  limit: number;
  editor: JobEditor | null;
  /** 'sex-requirement' after saving a posting that demands one sex. */
  warnings: string[];
  setQuery(q: string): void;
  setStatus(s: StatusFilter): void;
  setAttention(a: boolean): void;
  more(): void;
  refresh(): Promise<void>;
  openNew(today: string, district: string): void;
  openEdit(job: DeskJob): void;
  setField<K extends keyof JobForm>(field: K, value: JobForm[K]): void;
  save(notNumber: string): Promise<void>;
  closeEditor(): void;
  changeStatus(jobId: string, status: 'open' | 'closed' | 'filled'): Promise<void>;
  confirm(jobId: string): Promise<void>;
}

let latest = 0;

/** The desk's postings: search, post on an employer's behalf, edit, close, mark filled, confirm. */
export const useJobs = create<JobsState>()((set, get) => {
  const replace = (job: DeskJob) =>
    set((s) => ({ items: s.items.map((i) => (i.job.id === job.job.id ? job : i)) }));
  const failed = (err: unknown) => useNav.getState().notify({ kind: 'error', text: messageOf(err) });
  return {
    query: '',
    status: 'open',
    attention: false,
    items: [],
    total: 0,
    limit: 50,
    editor: null,
    warnings: [],
    setQuery(query) {
      set({ query, limit: 50 });
      void get().refresh();
    },
    setStatus(status) {
      set({ status, limit: 50 });
      void get().refresh();
    },
    setAttention(attention) {
      set({ attention, limit: 50 });
      void get().refresh();
    },
    more() {
      set({ limit: Math.min(200, get().limit + 50) });
      void get().refresh();
    },
    async refresh() {
      const ticket = ++latest;
      const { query, status, attention, limit } = get();
      try {
        const page = await deskCall('jobs.deskSearch', {
          status,
          attention,
          limit,
          ...(query.trim() ? { q: query.trim() } : {}),
        });
        if (ticket === latest) set({ items: page.items, total: page.total });
      } catch {
        // Kept as shown; the next change refreshes it.
      }
    },
    openNew(today, district) {
      set({
        editor: {
          jobId: null,
          employerId: undefined,
          form: emptyJobForm(today, district),
          issues: {},
          error: null,
          busy: false,
        },
        warnings: [],
      });
    },
    openEdit(job) {
      set({
        editor: {
          jobId: job.job.id,
          employerId: job.job.employer.id,
          form: jobFormOf(job.job),
          issues: {},
          error: null,
          busy: false,
        },
        warnings: [],
      });
    },
    setField(field, value) {
      const e = get().editor;
      if (!e) return;
      const issues = { ...e.issues };
      delete issues[field];
      set({ editor: { ...e, form: { ...e.form, [field]: value }, issues } });
    },
    async save(notNumber) {
      const e = get().editor;
      if (!e) return;
      const parsed = draftOfJobForm(e.form, e.employerId, notNumber);
      if (!parsed.ok) return set({ editor: { ...e, issues: parsed.issues, error: null } });
      set({ editor: { ...e, busy: true, issues: {}, error: null } });
      try {
        const saved = e.jobId
          ? await deskCall('jobs.edit', { jobId: e.jobId, draft: parsed.draft })
          : await deskCall('jobs.post', { draft: parsed.draft });
        set({ editor: null, warnings: saved.warnings });
        useNav.getState().notify({ kind: 'ok', key: 'desk.jobs.saved' });
        await get().refresh();
      } catch (err) {
        const issues = err instanceof StationError ? (err.error.issues ?? []) : [];
        const placed = issuesOnForm(issues);
        set({
          editor: {
            ...e,
            busy: false,
            issues: placed.fields,
            error: issues.length ? (placed.rest[0] ?? null) : messageOf(err),
          },
        });
      }
    },
    closeEditor: () => set({ editor: null }),
    async changeStatus(jobId, status) {
      try {
        replace(await deskCall('jobs.setStatus', { jobId, status }));
      } catch (err) {
        failed(err);
      }
    },
    async confirm(jobId) {
      try {
        replace(await deskCall('jobs.confirm', { jobId }));
      } catch (err) {
        failed(err);
      }
    },
  };
});
