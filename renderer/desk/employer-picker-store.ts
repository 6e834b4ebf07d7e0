import { create } from 'zustand';
import type { DeskJob, Employer } from '../../electron/api';
import { deskCall } from './desk-call';

interface EmployerPickerState {
  /** Employers whose postings match what staff typed, each once. */
  known: Employer[];
  search(name: string): void;
  clear(): void;
}

/** Each employer once, in the order its newest posting came. */
export function employersOf(jobs: DeskJob[]): Employer[] {
  const seen = new Map<string, Employer>();
  for (const { job } of jobs) if (!seen.has(job.employer.id)) seen.set(job.employer.id, job.employer);
  return [...seen.values()];
}

let latest = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Employers the station already knows from postings, for giving one a booth; only the newest answer is kept. */
export const useEmployerPicker = create<EmployerPickerState>()((set) => ({
  known: [],
  search(name) {
    clearTimeout(timer);
    const ticket = ++latest;
    const q = name.trim();
    if (!q) return set({ known: [] });
    timer = setTimeout(() => {
      void deskCall('jobs.deskSearch', { q, status: 'all', limit: 40 })
        .then((page) => ticket === latest && set({ known: employersOf(page.items).slice(0, 8) }))
        .catch(() => ticket === latest && set({ known: [] }));
    }, 150);
  },
  clear() {
    clearTimeout(timer);
    latest++;
    set({ known: [] });
  },
}));
