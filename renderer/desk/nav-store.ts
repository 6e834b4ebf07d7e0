import { create } from 'zustand';

export type DeskPage = 'home' | 'workers' | 'register' | 'worker' | 'jobs' | 'booths' | 'reports' | 'system';

/** A translation key with its values, or the station's own words as they came. */
export type Notice =
  | { kind: 'ok' | 'error'; key: string; values?: Record<string, string | number> }
  | { kind: 'ok' | 'error'; text: string };

interface NavState {
  page: DeskPage;
  workerId: string | null;
  /** One line of feedback at the top of the page ("已登记", an error), cleared on navigation. */
  notice: Notice | null;
  go(page: DeskPage): void;
  openWorker(id: string, notice?: Notice): void;
  notify(notice: Notice): void;
  reset(): void;
}

export const useNav = create<NavState>()((set) => ({
  page: 'home',
  workerId: null,
  notice: null,
  go: (page) => set({ page, notice: null }),
  openWorker: (workerId, notice) => set({ page: 'worker', workerId, notice: notice ?? null }),
  notify: (notice) => set({ notice }),
  reset: () => set({ page: 'home', workerId: null, notice: null }),
}));
