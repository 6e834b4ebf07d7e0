import { create } from 'zustand';
import type { BoothDisplay } from '../../electron/api';
import { call } from '../api/bridge';
import { coalescer } from '../screen/coalesce';
import { useStation } from '../station-store';

interface DisplayState {
  display: BoothDisplay | null;
  load(): Promise<void>;
  /** Soon, once for a burst of events. */
  refresh(): void;
}

const refresher = coalescer<'display'>(() => useBoothDisplay.getState().load(), 400);

/** The booth's TV: the company and its jobs, replaced whole on every change (it is small). */
export const useBoothDisplay = create<DisplayState>()((set) => ({
  display: null,
  async load() {
    try {
      set({ display: await call('booth.display', {}) });
      useStation.getState().touch();
    } catch {
      // Offline: keep what is on screen; the banner says since when.
    }
  },
  refresh: () => refresher.ask('display'),
}));
