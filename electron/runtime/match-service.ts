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

/**
 * Two-sided reliability, as matching weighs it: wage disputes (unpaid wages, sent home early) reported
 * by workers at the desk, and referrals where the employer did not turn up. Same counts as the desk's
 * employer record (desk/employer-record).
 */
const employerRecordsSql = `
  SELECT employer_id AS id, sum(disputes) AS disputes, sum(no_shows) AS no_shows FROM (
    SELECT employer_id, count(*) AS disputes, 0 AS no_shows FROM employer_reports
     WHERE kind IN ('unpaid-wages', 'sent-home-early') GROUP BY employer_id
    UNION ALL
    SELECT employer_id, 0, count(*) FROM referrals WHERE status = 'no-show' AND side = 'employer' GROUP BY employer_id)
  WHERE employer_id IN (SELECT value FROM json_each(?)) OR ? IS NULL
  GROUP BY employer_id`;

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
  const jobs = stationData(store).read((tx) => tx.jobs.all());
  // Held in memory: matching asks for every candidate job's employer and must not query per job.
  const employers = new Map<string, Pick<EmployerRecord, 'disputes' | 'noShows'>>();
  const loadEmployers = (ids: string[] | null) => {
    const rows = store.read((db) =>
      db.all<{ id: string; disputes: number; no_shows: number }>(employerRecordsSql, [
        ids ? JSON.stringify(ids) : null,
        ids ? JSON.stringify(ids) : null,
      ]),
    );
    for (const id of ids ?? []) employers.delete(id);
    for (const r of rows) employers.set(r.id, { disputes: Number(r.disputes), noShows: Number(r.no_shows) });
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
    employerChanged: (employerId) => loadEmployers([employerId]),
  };
}
