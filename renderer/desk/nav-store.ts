import { create } from 'zustand';

export type DeskPage = 'home' | 'worker' | 'jobs' | 'reports';

interface NavState {
  page: DeskPage;
  workerId: string | null;
  /** One line of feedback at the top of the page ("已登记", an error), cleared on navigation. */
  notice: { kind: 'ok' | 'error'; text: string } | null;
  go(page: DeskPage): void;
  openWorker(id: string): void;
  notify(kind: 'ok' | 'error', text: string): void;
  reset(): void;
}

export const useNav = create<NavState>()((set) => ({
  page: 'home',
  workerId: null,
  notice: null,
  go: (page) => set({ page, notice: null }),
  openWorker: (workerId) => set({ page: 'worker', workerId, notice: null }),
  notify: (kind, text) => set({ notice: { kind, text } }),
  reset: () => set({ page: 'home', workerId: null, notice: null }),
}));
