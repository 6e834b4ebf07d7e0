import { create } from 'zustand';
import type { DeskJob, Employer } from '../../electron/api';
import { deskCall } from './desk-call';

interface EmployerPickerState {
  /** Employers whose postings match what staff typed, each once. */
  known: Employer[];
  /** The employers found for `name`, or null when a newer search replaced this one. */
  search(name: string): Promise<Employer[] | null>;
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
let superseded: () => void = () => undefined;

/** Employers the station already knows from postings, for giving one a booth; only the newest answer is kept. */
export const useEmployerPicker = create<EmployerPickerState>()((set) => ({
  known: [],
  search(name) {
    clearTimeout(timer);
    superseded();
    const ticket = ++latest;
    const q = name.trim();
    if (!q) {
      set({ known: [] });
      return Promise.resolve([]);
    }
    return new Promise((resolve) => {
      timer = setTimeout(() => {
        void deskCall('jobs.deskSearch', { q, status: 'all', limit: 40 })
          .then((page) => employersOf(page.items).slice(0, 8))
          .catch(() => [])
          .then((known) => {
            if (ticket !== latest) return resolve(null);
            set({ known });
            resolve(known);
          });
      }, 150);
      // A search that never ran (cleared, or replaced while waiting) answers nothing.
      superseded = () => resolve(null);
    });
  },
  clear() {
    clearTimeout(timer);
    superseded();
    latest++;
    set({ known: [] });
  },
}));
