import { create } from 'zustand';
import type { ReaderStatus, StationInfo, TodayStats } from '../electron/api';
import { call } from './api/bridge';

interface StationState {
  info: StationInfo | undefined;
  stats: TodayStats | undefined;
  online: boolean;
  lastUpdate: Date | undefined;
  load(): Promise<void>;
  setStats(stats: TodayStats): void;
  setOnline(online: boolean): void;
  /** A reader connected, went away or failed. */
  setReader(status: ReaderStatus): void;
  /** Fresh data arrived from the station (for "数据更新于 HH:MM" while offline). */
  touch(): void;
}

/**
 * Figures pushed so far. A reload's answer may have been read before a change that was pushed while
 * it travelled (a screen coming back to a hub that is already registering people): the push is the
 * newer, so the reload's figures are dropped when one arrived meanwhile.
 */
let pushes = 0;

/** What every screen knows about the station: its info, today's figures, and whether it is reachable. */
export const useStation = create<StationState>()((set) => ({
  info: undefined,
  stats: undefined,
  online: true,
  lastUpdate: undefined,
  async load() {
    const before = pushes;
    const [info, stats] = await Promise.all([call('station.info', {}), call('stats.today', {})]);
    set({ info, ...(pushes === before ? { stats } : {}), online: true, lastUpdate: new Date() });
  },
  setStats: (stats) => {
    pushes++;
    set({ stats, lastUpdate: new Date() });
  },
  setOnline: (online) => set({ online }),
  setReader: (status) =>
    set((s) =>
      s.info
        ? {
            info: {
              ...s.info,
              readers: s.info.readers.some((r) => r.id === status.id)
                ? s.info.readers.map((r) => (r.id === status.id ? status : r))
                : [...s.info.readers, status],
            },
          }
        : {},
    ),
  touch: () => set({ lastUpdate: new Date() }),
}));
