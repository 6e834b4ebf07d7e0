import { create } from 'zustand';
import type { WorkerRow } from '../../electron/api';
import { deskCall } from './desk-call';

interface WorkersState {
  query: string;
  items: WorkerRow[];
  total: number;
  loading: boolean;
  setQuery(q: string): void;
  refresh(): Promise<void>;
}

let latest = 0;

/** The desk's worker list; refreshed on `workers.changed`. Only the newest request's answer is kept. */
export const useWorkers = create<WorkersState>()((set, get) => ({
  query: '',
  items: [],
  total: 0,
  loading: false,
  setQuery(query) {
    set({ query });
    void get().refresh();
  },
  async refresh() {
    const ticket = ++latest;
    set({ loading: true });
    const q = get().query.trim();
    try {
      const page = await deskCall('workers.list', { limit: 100, ...(q ? { q } : {}) });
      if (ticket === latest) set({ items: page.items, total: page.total, loading: false });
    } catch {
      if (ticket === latest) set({ loading: false });
    }
  },
}));
