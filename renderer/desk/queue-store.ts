import { create } from 'zustand';
import type { CalledTicket, QueueService, WaitingTicket } from '../../electron/api';
import { deskCall } from './desk-call';
import { messageOf } from './message-of';

interface QueueState {
  waiting: WaitingTicket[];
  current: CalledTicket | null;
  window: string;
  /** Call only this service's line; null calls whoever waited longest. */
  service: QueueService | null;
  /** 'nobody' when the line was empty, or the station's message. */
  message: string | null;
  refresh(): Promise<void>;
  callNext(): Promise<void>;
  setWindow(w: string): void;
  setService(s: QueueService | null): void;
}

const WINDOW_KEY = 'desk.window';
const savedWindow = () => (typeof localStorage !== 'undefined' && localStorage.getItem(WINDOW_KEY)) || '1';

/** This desk's view of the queue: who waits, and whom this window is serving. */
export const useQueue = create<QueueState>()((set, get) => ({
  waiting: [],
  current: null,
  window: savedWindow(),
  service: null,
  message: null,
  async refresh() {
    try {
      set({ waiting: await deskCall('queue.waiting', {}) });
    } catch {
      // The list refreshes again on the next queue event.
    }
  },
  async callNext() {
    const { window, service } = get();
    try {
      const current = await deskCall('queue.callNext', { window, ...(service ? { service } : {}) });
      set({ current, message: current ? null : 'nobody' });
      await get().refresh();
    } catch (err) {
      set({ message: messageOf(err) });
    }
  },
  setWindow(window) {
    const w = window.trim().slice(0, 12);
    localStorage.setItem(WINDOW_KEY, w);
    set({ window: w });
  },
  setService: (service) => set({ service }),
}));
