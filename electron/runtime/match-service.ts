import createDebug from 'debug';
import type { Job } from '../schema/job';
import type { Taxonomy as TaxonomyView } from '../contract/match';
import { createMatchEngine, type MatchEngine } from './match/engine';
import type { SeekerExpectation } from './match/market';
import { loadTaxonomy } from './match/taxonomy';
import type { Store } from './store/store';
import type { EventBus } from './event-bus';
import { employerRecordsFromStore } from './match/store-source';
import type { EmployerRecord } from './match/worker';

const log = createDebug('station:match-service');

/**
 * The matching engine as the runtime holds it: built once at start-up from the store's cached jobs,
 * then kept current by whoever changes the cache (the sync pull loop calls `refresh`).
 */
export interface MatchService {
  readonly engine: MatchEngine;
  /** Applies a batch of cache changes to the in-memory index. */
  refresh(upserted: readonly Job[], removedIds: readonly string[]): void;
  /** Groups, occupations, certificates and districts for the kiosk's tiles. */
  taxonomy(): TaxonomyView;
  /** What registered seekers expect (元/天, by occupation), for the market figures. */
  expectations(): SeekerExpectation[];
}

export function createMatchService(store: Store, now: () => Date, bus?: EventBus): MatchService {
  const started = performance.now();
  const jobs = store
    .read((db) => db.all<{ data: string }>('SELECT data FROM jobs'))
    .map((r) => JSON.parse(r.data) as Job);
  // Employers' records (disputes, no-shows) demote their postings. Read whole and kept until a desk
  // action on a worker (a report, a referral's outcome) may have changed them; then read again lazily.
  let records: Map<string, EmployerRecord> | null = null;
  bus?.subscribe((e) => {
    if (e.event === 'worker.updated') records = null;
  });
  const employerRecord = (id: string) => (records ??= store.read(employerRecordsFromStore)).get(id);
  const engine = createMatchEngine({ jobs, now, employerRecord });
  log('engine built over %d jobs in %d ms', engine.size, Math.round(performance.now() - started));
  const tax = loadTaxonomy().data;
  const districts = new Set<string>();
  for (const j of jobs) districts.add(j.district);

  return {
    engine,
    refresh(upserted, removedIds) {
      for (const j of upserted) {
        engine.upsert(j);
        districts.add(j.district);
      }
      for (const id of removedIds) engine.remove(id);
    },
    taxonomy: () => ({
      groups: tax.groups.map(({ id, name, icon }) => ({ id, name, icon })),
      occupations: tax.occupations.map(({ code, name, group, icon }) => ({ code, name, group, icon })),
      certificates: tax.certificates.map((c) => c.name),
      districts: [...districts].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    }),
    expectations() {
      const rows = store.read((db) =>
        db.all<{ answers: string }>(
          'SELECT kiosk_answers AS answers FROM worker_profiles WHERE kiosk_answers IS NOT NULL',
        ),
      );
      const out: SeekerExpectation[] = [];
      for (const r of rows) {
        const a = JSON.parse(r.answers) as { occupations?: string[]; expectedDailyPay?: number };
        if (a.expectedDailyPay && a.occupations?.length)
          out.push({ occupations: a.occupations, expectedDailyPay: a.expectedDailyPay });
      }
      return out;
    },
  };
}
