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
  /** The next page of the same search, added below what is shown (再看 12 个). */
  more(): Promise<void>;
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

/** Cards a search shows at a time; 再看 adds as many again. */
export const SEARCH_PAGE = 12;

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
    const results = await call('jobs.search', searchQuery(filters, 0));
    // Answers can overtake each other while someone types; only the latest counts.
    if (seq === searchSeq) set({ results });
  },
  async more() {
    const { filters, results } = get();
    if (!results || results.items.length >= results.total) return;
    const seq = ++searchSeq;
    const next = await call('jobs.search', searchQuery(filters, results.items.length));
    // The engine's order does not depend on the page (no job twice); a newer search wins.
    if (seq === searchSeq) set({ results: { ...next, items: [...results.items, ...next.items] } });
  },
  async loadMarket(occupations) {
    set({ market: await call('market.figures', { occupations }) });
  },
  reset: () => set({ ...personal }),
}));

function searchQuery(filters: SearchFilters, offset: number) {
  const district = stationDistrict();
  return {
    text: filters.text,
    limit: SEARCH_PAGE,
    offset,
    ...(filters.group ? { group: filters.group } : {}),
    ...(filters.dailySettlement ? { dailySettlement: true } : {}),
    ...(filters.nearby && district ? { district } : {}),
    ...(filters.minDailyPay ? { minDailyPay: filters.minDailyPay } : {}),
  };
}

/** "附近" means the station's own district. */
function stationDistrict(): string | undefined {
  return useKiosk.getState().settings?.district;
}

onSessionEnd(() => useJobs.getState().reset());
