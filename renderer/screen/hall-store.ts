import { create } from 'zustand';
import type { BoardJob, BoothSummary, HallCall, Notice, WageBoard, WageRow } from '../../electron/api';
import { call } from '../api/bridge';
import { useStation } from '../station-store';
import { coalescer } from './coalesce';

/** Everything the hall's screen holds is capped: it runs for weeks, and arrays that grow are leaks. */
export const HALL_LIMITS = { board: 40, wages: 8, calls: 6, notices: 10, booths: 12 } as const;

export type HallPart = 'board' | 'wages' | 'calls' | 'notices' | 'booths';
const allParts: HallPart[] = ['board', 'wages', 'calls', 'notices', 'booths'];

interface HallState {
  board: BoardJob[];
  wages: WageRow[];
  /** Whose wishes the wage bars count, as the hub applied it (the screen says so). */
  wageSeekers: WageBoard['seekers'] | null;
  calls: HallCall[];
  notices: Notice[];
  booths: BoothSummary[];
  load(parts?: HallPart[]): Promise<void>;
  /** Refetch these parts soon (events ask; bursts become one fetch). */
  refresh(...parts: HallPart[]): void;
  addCall(c: HallCall): void;
}

/** The newest call first, the same call once, at most `limit`. */
export function withCall(
  calls: readonly HallCall[],
  c: HallCall,
  limit: number = HALL_LIMITS.calls,
): HallCall[] {
  const same = (x: HallCall) =>
    x.kind === c.kind && x.label === c.label && x.place === c.place && x.at === c.at;
  return [c, ...calls.filter((x) => !same(x))].slice(0, limit);
}

async function fetchParts(parts: HallPart[]): Promise<Partial<HallState>> {
  const out: Partial<HallState> = {};
  await Promise.all(
    parts.map(async (p) => {
      switch (p) {
        case 'board': {
          out.board = (await call('screen.board', { limit: HALL_LIMITS.board })).items.slice(
            0,
            HALL_LIMITS.board,
          );
          return;
        }
        case 'wages': {
          const w = await call('screen.wages', { limit: HALL_LIMITS.wages });
          out.wages = w.occupations.slice(0, HALL_LIMITS.wages);
          out.wageSeekers = w.seekers;
          return;
        }
        case 'calls':
          out.calls = (await call('screen.calls', { limit: HALL_LIMITS.calls })).slice(0, HALL_LIMITS.calls);
          return;
        case 'notices':
          out.notices = (await call('screen.notices', {})).slice(0, HALL_LIMITS.notices);
          return;
        case 'booths':
          out.booths = (await call('screen.booths', {})).slice(0, HALL_LIMITS.booths);
          return;
      }
    }),
  );
  return out;
}

const refresher = coalescer<HallPart>(async (parts) => {
  await useHall.getState().load(parts);
}, 400);

/** What the hall's big screen shows: postings, wages, calls, notices, booths. Never a person. */
export const useHall = create<HallState>()((set) => ({
  board: [],
  wages: [],
  wageSeekers: null,
  calls: [],
  notices: [],
  booths: [],
  async load(parts = allParts) {
    try {
      set(await fetchParts(parts));
      useStation.getState().touch();
    } catch {
      // Offline: keep showing what we had; the banner says since when.
    }
  },
  refresh: (...parts) => refresher.ask(...parts),
  addCall: (c) => set((s) => ({ calls: withCall(s.calls, c) })),
}));
