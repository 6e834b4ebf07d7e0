import type { Job } from '../schema/job';
import type { MatchEngine } from './match/engine';

/**
 * The start-up build of the matching engine over the store's cache, in steps: read the cache a
 * batch at a time into an engine whose search words are deferred, then index the words a slice at a
 * time. A batch's documents are let go once the engine has taken what it keeps of them. `step` does
 * a little and returns, so a station answers while it builds; `matchable` and `complete` do what is
 * left at once, for a caller that cannot wait.
 */
export class EngineBuild {
  private after = 0;
  private reading = true;
  private engine: MatchEngine | undefined;
  private wordsIn = false;
  /** Time spent building, ms. */
  ms = 0;

  constructor(
    /** The cached jobs after a rowid, a batch at a time; undefined past the end. */
    private readonly readAfter: (after: number) => { last: number; jobs: Job[] } | undefined,
    /** An empty engine, its words deferred, that takes the batches (MatchEngine.load). */
    private readonly create: () => MatchEngine,
    private readonly onRead: (job: Job) => void,
  ) {}

  /** Some work has been done: changes to the cache from now on may or may not have been read. */
  get begun(): boolean {
    return this.after > 0 || !this.reading;
  }

  get completed(): boolean {
    return this.wordsIn;
  }

  get size(): number {
    return this.engine?.size ?? 0;
  }

  /** About `budgetMs` of work (a batch is one step however long it takes). */
  step(budgetMs: number): void {
    const started = performance.now();
    const until = started + budgetMs;
    do this.next(until);
    while (!this.wordsIn && performance.now() < until);
    this.ms += performance.now() - started;
  }

  /** The engine, every job read now if not yet: it matches, its words may still be due. */
  matchable(): MatchEngine {
    const started = performance.now();
    while (this.reading) this.next(Infinity);
    this.ms += performance.now() - started;
    return this.engine!;
  }

  /** The engine with every word indexed. */
  complete(): MatchEngine {
    const started = performance.now();
    while (!this.wordsIn) this.next(Infinity);
    this.ms += performance.now() - started;
    return this.engine!;
  }

  private next(until: number): void {
    // Making the engine (its taxonomy, its vocabulary) is a step of its own.
    if (!this.engine) {
      this.engine = this.create();
      return;
    }
    const engine = this.engine;
    if (this.reading) {
      const batch = this.readAfter(this.after);
      if (batch) {
        this.after = batch.last;
        engine.load(batch.jobs);
        for (const job of batch.jobs) this.onRead(job);
      } else this.reading = false;
    } else this.wordsIn = engine.indexText(until - performance.now());
  }
}
