import type { Job } from '../schema/job';
import type { MatchEngine } from './match/engine';

/**
 * The start-up build of the matching engine over the store's cache, in steps: read the cache a
 * batch at a time, build the engine with its search words deferred, then index the words a slice
 * at a time. `step` does a little and returns, so a station answers while it builds; `matchable`
 * and `complete` do what is left at once, for a caller that cannot wait.
 */
export class EngineBuild {
  private after = 0;
  private jobs: Job[] | undefined = [];
  private engine: MatchEngine | undefined;
  private wordsIn = false;
  /** Time spent building, ms. */
  ms = 0;

  constructor(
    /** The cached jobs after a rowid, a batch at a time; undefined past the end. */
    private readonly readAfter: (after: number) => { last: number; jobs: Job[] } | undefined,
    /** The engine over every job read, its words deferred. */
    private readonly create: (jobs: Job[]) => MatchEngine,
    private readonly onRead: (job: Job) => void,
  ) {}

  /** Some work has been done: changes to the cache from now on may or may not have been read. */
  get begun(): boolean {
    return this.after > 0 || this.jobs === undefined;
  }

  get completed(): boolean {
    return this.wordsIn;
  }

  get size(): number {
    return this.engine?.size ?? 0;
  }

  /** About `budgetMs` of work (building the engine itself is one longer step). */
  step(budgetMs: number): void {
    const started = performance.now();
    const until = started + budgetMs;
    do this.next(until);
    while (!this.wordsIn && performance.now() < until);
    this.ms += performance.now() - started;
  }

  /** The engine, built now if it is not yet: it matches, its words may still be due. */
  matchable(): MatchEngine {
    const started = performance.now();
    while (!this.engine) this.next(Infinity);
    this.ms += performance.now() - started;
    return this.engine;
  }

  /** The engine with every word indexed. */
  complete(): MatchEngine {
    const started = performance.now();
    while (!this.wordsIn) this.next(Infinity);
    this.ms += performance.now() - started;
    return this.engine!;
  }

  private next(until: number): void {
    if (this.jobs) {
      const batch = this.readAfter(this.after);
      if (batch) {
        this.after = batch.last;
        for (const job of batch.jobs) {
          this.jobs.push(job);
          this.onRead(job);
        }
        return;
      }
      this.engine = this.create(this.jobs);
      this.jobs = undefined;
    } else this.wordsIn = this.engine!.indexText(until - performance.now());
  }
}
