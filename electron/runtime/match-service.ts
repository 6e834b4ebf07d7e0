import createDebug from 'debug';
import type { Job } from '../schema/job';
import type { EmployerRecord } from '../contract/desk';
import type { Taxonomy as TaxonomyView } from '../contract/match';
import { createMatchEngine, type MatchEngine } from './match/engine';
import type { SeekerExpectation } from './match/market';
import { loadTaxonomy } from './match/taxonomy';
import { stationData } from './data/station-data';
import type { Store } from './store/store';

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
  /** A report or a referral outcome changed what the station knows of this employer. */
  employerChanged(employerId: string): void;
}

export interface MatchServiceOptions {
  /** Postings not confirmed within this many days are not shown to seekers (desk.reconfirmDays). */
  staleAfterDays?: number;
  /** The station's time zone (config timeZone): postings' days are its days. */
  timeZone?: string;
}

export function createMatchService(
  store: Store,
  now: () => Date,
  options: MatchServiceOptions = {},
): MatchService {
  const started = performance.now();
  const data = stationData(store);
  const jobs = data.read((tx) => tx.jobs.all());
  // Two-sided reliability, held in memory: matching asks for every candidate job's employer and must
  // not query per job. The same counts as the desk's employer record.
  const employers = new Map<string, Pick<EmployerRecord, 'disputes' | 'noShows'>>();
  const loadEmployers = (ids: string[] | null) => {
    const known = data.read((tx) => tx.employers.reliability(ids));
    for (const id of ids ?? []) employers.delete(id);
    for (const [id, r] of known) employers.set(id, r);
  };
  loadEmployers(null);
  const engine = createMatchEngine({
    jobs,
    now,
    employerRecord: (id) => employers.get(id),
    ...(options.staleAfterDays ? { staleAfterDays: options.staleAfterDays } : {}),
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  });
  log('engine built over %d jobs in %d ms', engine.size, Math.round(performance.now() - started));
  const tax = loadTaxonomy().data;
  const districts = new Set<string>();
  for (const j of jobs) districts.add(j.district);

  return {
    engine,
    refresh(upserted, removedIds) {
      engine.upsertMany(upserted);
      for (const j of upserted) districts.add(j.district);
      for (const id of removedIds) engine.remove(id);
    },
    taxonomy: () => ({
      groups: tax.groups.map(({ id, name, icon }) => ({ id, name, icon })),
      occupations: tax.occupations.map(({ code, name, group, icon }) => ({ code, name, group, icon })),
      certificates: tax.certificates.map((c) => c.name),
      districts: [...districts].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    }),
    expectations: () => data.read((tx) => tx.kioskProfiles.payExpectations()),
    employerChanged: (employerId) => loadEmployers([employerId]),
  };
}
