import { create } from 'zustand';
import type { DeskJob } from '../../electron/api';
import { deskCall } from './desk-call';

interface JobPickerState {
  query: string;
  results: DeskJob[];
  setQuery(q: string): void;
  clear(): void;
}

let latest = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Open postings matching what staff type, for referring a worker; only the newest answer is kept. */
export const useJobPicker = create<JobPickerState>()((set) => ({
  query: '',
  results: [],
  setQuery(query) {
    set({ query });
    clearTimeout(timer);
    const ticket = ++latest;
    const q = query.trim();
    if (!q) return set({ results: [] });
    timer = setTimeout(() => {
      void deskCall('jobs.deskSearch', { q, status: 'open', limit: 8 })
        .then((page) => ticket === latest && set({ results: page.items }))
        .catch(() => ticket === latest && set({ results: [] }));
    }, 150);
  },
  clear: () => {
    latest++;
    set({ query: '', results: [] });
  },
}));

/** The station asks a reason for these outcomes (and, for a no-show, which side did not come). */
export const outcomeNeedsReason = (status: string) => status === 'not-hired' || status === 'no-show';
