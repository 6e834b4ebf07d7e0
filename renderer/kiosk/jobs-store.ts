import { create } from 'zustand';
import type { MarketFigures, Recommendations, SearchResult, Taxonomy } from '../../electron/api';
import { call } from '../api/bridge';
import { useKiosk } from './kiosk-store';
import { onSessionEnd } from './session-end';

export interface SearchFilters {
  text: string;
  group?: string;
  dailySettlement?: boolean;
  nearby?: boolean;
  minDailyPay?: number;
}

interface JobsState {
  /** Not personal: kept across sessions so tiles appear at once. */
  taxonomy: Taxonomy | null;
  recommendations: Recommendations | null;
  recommending: boolean;
  filters: SearchFilters;
  results: SearchResult | null;
  /** The wizard's pay screen: market quartiles for the chosen work. */
  market: MarketFigures | null;
  loadTaxonomy(): Promise<void>;
  recommend(): Promise<void>;
  search(patch: Partial<SearchFilters>): Promise<void>;
  loadMarket(occupations: string[]): Promise<void>;
  reset(): void;
}

const personal = {
  recommendations: null,
  recommending: false,
  filters: { text: '' },
  results: null,
  market: null,
} as const;

let searchSeq = 0;

/** Jobs shown at the kiosk: recommendations for the person, and search for anyone. */
export const useJobs = create<JobsState>()((set, get) => ({
  ...personal,
  taxonomy: null,
  async loadTaxonomy() {
    if (!get().taxonomy) set({ taxonomy: await call('jobs.taxonomy', {}) });
  },
  async recommend() {
    const worker = useKiosk.getState().worker;
    if (!worker) return;
    set({ recommending: true });
    try {
      const recommendations = await call('match.recommend', { session: worker.session, top: 5 });
      if (useKiosk.getState().worker?.session === worker.session) set({ recommendations });
    } finally {
      set({ recommending: false });
    }
  },
  async search(patch) {
    const filters = { ...get().filters, ...patch };
    set({ filters });
    const seq = ++searchSeq;
    const district = stationDistrict();
    const results = await call('jobs.search', {
      text: filters.text,
      limit: 12,
      ...(filters.group ? { group: filters.group } : {}),
      ...(filters.dailySettlement ? { dailySettlement: true } : {}),
      ...(filters.nearby && district ? { district } : {}),
      ...(filters.minDailyPay ? { minDailyPay: filters.minDailyPay } : {}),
    });
    // Answers can overtake each other while someone types; only the latest counts.
    if (seq === searchSeq) set({ results });
  },
  async loadMarket(occupations) {
    set({ market: await call('market.figures', { occupations }) });
  },
  reset: () => set({ ...personal }),
}));

/** "附近" means the station's own district. */
function stationDistrict(): string | undefined {
  return useKiosk.getState().settings?.district;
}

onSessionEnd(() => useJobs.getState().reset());
