import { create } from 'zustand';
import type { CalledTicket, WaitingTicket } from '../../electron/api';
import { deskCall } from './desk-call';
import { messageOf } from './message-of';

interface QueueState {
  waiting: WaitingTicket[];
  current: CalledTicket | null;
  window: string;
  message: string | null;
  refresh(): Promise<void>;
  callNext(): Promise<void>;
  setWindow(w: string): void;
}

const WINDOW_KEY = 'desk.window';

/** This desk's view of the queue: who waits, and whom this window is serving. */
export const useQueue = create<QueueState>()((set, get) => ({
  waiting: [],
  current: null,
  window: (typeof localStorage !== 'undefined' && localStorage.getItem(WINDOW_KEY)) || '1',
  message: null,
  async refresh() {
    try {
      set({ waiting: await deskCall('queue.waiting', {}) });
    } catch {
      // The list refreshes again on the next queue event.
    }
  },
  async callNext() {
    try {
      const current = await deskCall('queue.callNext', { window: get().window });
      set({ current, message: current ? null : 'nobody' });
      await get().refresh();
    } catch (err) {
      set({ message: messageOf(err) });
    }
  },
  setWindow(window) {
    localStorage.setItem(WINDOW_KEY, window);
    set({ window });
  },
}));
