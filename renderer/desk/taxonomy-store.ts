import { create } from 'zustand';
import type { Taxonomy } from '../../electron/api';
import { call } from '../api/bridge';

interface TaxonomyState {
  taxonomy: Taxonomy | null;
  load(): Promise<void>;
}

/** The occupation list the desk's pickers offer (the same the kiosk's tiles are made of). */
export const useTaxonomy = create<TaxonomyState>()((set, get) => ({
  taxonomy: null,
  async load() {
    if (get().taxonomy) return;
    try {
      set({ taxonomy: await call('jobs.taxonomy', {}) });
    } catch {
      // Pickers fall back to showing codes until the next load.
    }
  },
}));

/** 保洁员 for 4-09-08-02; the code itself when the list does not know it (or is not loaded). */
export function occupationName(taxonomy: Taxonomy | null, code: string): string {
  return taxonomy?.occupations.find((o) => o.code === code)?.name ?? code;
}
