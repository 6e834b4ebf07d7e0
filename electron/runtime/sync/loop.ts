import type { LoopStatus } from '../../contract/sync';
import { fullJitter } from './backoff';

export type RunResult = { ok: true } | { ok: false; error: string };

export interface LoopOptions {
  intervalMs: number;
  backoffBaseMs: number;
  backoffCapMs: number;
  now: () => Date;
  random?: () => number;
  /** Called whenever the status changes (the service turns it into a sync.changed event). */
  onChange: () => void;
}

/**
 * Runs one sync task repeatedly: every `intervalMs` after a success, after a full-jitter backoff after
 * a failure, and at once when kicked. Never two runs at a time; a kick during a run queues one more.
 */
export class SyncLoop {
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private stopped = true;
  private s: LoopStatus = {
    state: 'stopped',
    lastAttemptAt: null,
    lastSuccessAt: null,
    nextAttemptAt: null,
    lastError: null,
    failures: 0,
  };

  constructor(
    private readonly task: () => Promise<RunResult>,
    private readonly options: LoopOptions,
  ) {}

  status(): LoopStatus {
    return { ...this.s };
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.kick();
  }

  /** Runs now (or right after the run in progress) and resolves when that run has finished. */
  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.current) {
      this.queued ??= this.current.then(() => {
        this.queued = null;
        return this.kick();
      });
      return this.queued;
    }
    clearTimeout(this.timer);
    this.current = this.runOnce().finally(() => {
      this.current = null;
    });
    return this.current;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.s = { ...this.s, state: 'stopped', nextAttemptAt: null };
    await this.current?.catch(() => undefined);
  }

  private async runOnce(): Promise<void> {
    this.s = {
      ...this.s,
      state: 'running',
      lastAttemptAt: this.options.now().toISOString(),
      nextAttemptAt: null,
    };
    this.options.onChange();
    let result: RunResult;
    try {
      result = await this.task();
    } catch (err) {
      // A throw is a bug in our code, not the network; keep retrying (slowly) and show it.
      result = { ok: false, error: `internal: ${(err as Error).message}` };
    }
    if (result.ok) {
      this.s = { ...this.s, lastSuccessAt: this.options.now().toISOString(), lastError: null, failures: 0 };
    } else {
      this.s = { ...this.s, lastError: result.error, failures: this.s.failures + 1 };
    }
    if (this.stopped) {
      this.s = { ...this.s, state: 'stopped' };
    } else {
      const wait = result.ok
        ? this.options.intervalMs
        : fullJitter(
            this.s.failures - 1,
            this.options.backoffBaseMs,
            this.options.backoffCapMs,
            this.options.random,
          );
      this.s = {
        ...this.s,
        state: 'waiting',
        nextAttemptAt: new Date(this.options.now().getTime() + wait).toISOString(),
      };
      this.timer = setTimeout(() => void this.kick(), wait);
      this.timer.unref?.();
    }
    this.options.onChange();
  }
}
