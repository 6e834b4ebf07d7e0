import createDebug from 'debug';
import type { Job } from '../schema/job';
import type { EmployerRecord } from '../contract/desk';
import type { Taxonomy as TaxonomyView } from '../contract/match';
import { createMatchEngine, type MatchEngine } from './match/engine';
import { seekerFigures, type SeekerExpectation } from './match/market';
import { loadTaxonomy } from './match/taxonomy';
import { stationData } from './data/station-data';
import { EngineBuild } from './match-build';
import type { Store } from './store/store';

const log = createDebug('station:match-service');

/**
 * The matching engine as the runtime holds it: built from the store's cached jobs, then kept current
 * by whoever changes the cache (the sync pull loop calls `refresh`). The build starts with `ready()`
 * (the hub calls it once it listens, so a restarted station answers at once) and goes on between
 * other work; a call that needs the engine before it is built waits while the rest is done at once,
 * so no caller ever sees a half-built index.
 */
export interface MatchService {
  /** The engine; its first use before `ready()` has finished completes the build there and then. */
  readonly engine: MatchEngine;
  /** Starts the build in slices between other work; resolves when the index is complete. */
  ready(): Promise<void>;
  /** Applies a batch of cache changes to the in-memory index. */
  refresh(upserted: readonly Job[], removedIds: readonly string[]): void;
  /** Groups, occupations, certificates and districts for the kiosk's tiles. */
  taxonomy(): TaxonomyView;
  /** What seekers expect (元/天, by occupation), as stated in the last `seekerFigures.windowDays`. */
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

/**
 * Jobs read per step, and work done per turn of the event loop by a build in the background. A step
 * reads and indexes its batch at once: 500 keep it near the slice, so a request that arrives
 * meanwhile (the first /healthz) waits a few milliseconds, not a tenth of a second.
 */
const BATCH = 500;
const SLICE_MS = 25;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createMatchService(
  store: Store,
  now: () => Date,
  options: MatchServiceOptions = {},
): MatchService {
  const data = stationData(store);
  // Two-sided reliability, held in memory: matching asks for every candidate job's employer and must
  // not query per job. The same counts as the desk's employer record.
  const employers = new Map<string, Pick<EmployerRecord, 'disputes' | 'noShows'>>();
  const loadEmployers = (ids: string[] | null) => {
    const known = data.read((tx) => tx.employers.reliability(ids));
    for (const id of ids ?? []) employers.delete(id);
    for (const [id, r] of known) employers.set(id, r);
  };
  loadEmployers(null);
  const districts = new Set<string>();
  const build = new EngineBuild(
    (after) => data.read((tx) => tx.jobs.batchAfter(after, BATCH)),
    () =>
      createMatchEngine({
        now,
        employerRecord: (id) => employers.get(id),
        ...(options.staleAfterDays ? { staleAfterDays: options.staleAfterDays } : {}),
        ...(options.timeZone ? { timeZone: options.timeZone } : {}),
        deferText: true,
        // Only the documents a result shows are read, by id; the engine keeps what matching reads.
        documents: (ids) => {
          const found = data.read((tx) => tx.jobs.byIds(ids));
          return ids.map((id) => found.get(id));
        },
      }),
    (job) => districts.add(job.district),
  );

  /** Cache changes made after the build read the cache, kept until its index is complete. */
  let pending: { upserted: readonly Job[]; removedIds: readonly string[] }[] = [];
  const apply = (engine: MatchEngine, upserted: readonly Job[], removedIds: readonly string[]) => {
    engine.upsertMany(upserted);
    for (const id of removedIds) engine.remove(id);
  };
  /** The complete engine, with every change made so far. */
  const complete = (): MatchEngine => {
    const engine = build.complete();
    for (const c of pending) apply(engine, c.upserted, c.removedIds);
    pending = [];
    return engine;
  };
  /** An engine that can match, its search words indexed or not; complete when changes are waiting. */
  const matchable = (): MatchEngine => (pending.length ? complete() : build.matchable());

  const engine: MatchEngine = {
    // Keywords and a list's filter read the search words.
    match: (profile, top) => (profile.keywords.length > 0 ? complete() : matchable()).match(profile, top),
    get: (id) => matchable().get(id),
    visibleCount: () => matchable().visibleCount(),
    visiblePage: (order, limit, offset, where) =>
      (where ? complete() : matchable()).visiblePage(order, limit, offset, where),
    get size() {
      return matchable().size;
    },
    marketFigures: (seekers, occupations) => matchable().marketFigures(seekers, occupations),
    marketBand: (occupations) => matchable().marketBand(occupations),
    search: (query) => complete().search(query),
    upsert: (job) => complete().upsert(job),
    upsertMany: (jobs) => complete().upsertMany(jobs),
    load: (jobs) => complete().load(jobs),
    remove: (id) => complete().remove(id),
    indexText: () => !!complete(),
  };

  let background: Promise<void> | undefined;
  const ready = () => {
    if (!background) {
      background = (async () => {
        // The caller (the hub, once it listens) goes on first: a request already waiting is answered
        // before the first step.
        await nextTurn();
        while (!build.completed) {
          build.step(SLICE_MS);
          await nextTurn();
        }
        complete();
        log('engine built over %d jobs in %d ms of work', build.size, Math.round(build.ms));
      })();
      // Whoever starts the build need not wait for it; a failure (the store closed during start-up)
      // still reaches every caller.
      background.catch((err: unknown) => log('engine not built: %s', (err as Error).message));
    }
    return background;
  };

  return {
    engine,
    ready,
    refresh(upserted, removedIds) {
      for (const j of upserted) districts.add(j.district);
      // A build not begun reads the cache as it is then; one under way gets the change once complete.
      if (build.completed && pending.length === 0) apply(build.complete(), upserted, removedIds);
      else if (build.begun) pending.push({ upserted, removedIds });
    },
    taxonomy: () => {
      // Districts are those of the jobs read: all of them, once the engine can match.
      build.matchable();
      // Checked and indexed on first use, as the engine's build does: not before the hub listens.
      const tax = loadTaxonomy().data;
      return {
        groups: tax.groups.map(({ id, name, icon }) => ({ id, name, icon })),
        occupations: tax.occupations.map(({ code, name, group, icon }) => ({ code, name, group, icon })),
        certificates: tax.certificates.map((c) => c.name),
        districts: [...districts].sort((a, b) => a.localeCompare(b, 'zh-CN')),
      };
    },
    expectations: () => {
      const since = new Date(now().getTime() - seekerFigures.windowDays * 86_400_000).toISOString();
      return data.read((tx) => tx.kioskProfiles.payExpectations(since));
    },
    employerChanged: (employerId) => loadEmployers([employerId]),
  };
}
