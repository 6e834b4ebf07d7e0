/**
 * Watches for a person's inactivity: after `idleMs` without a touch, key or card event it calls
 * `onWarn` (the countdown starts), and after `warnMs` more it calls `onExpire`. Any activity resets it.
 * Pure timers; the kiosk screen decides what warning and expiry look like.
 */
export interface IdleTimerOptions {
  idleMs: number;
  warnMs: number;
  onWarn(remainingMs: number): void;
  onExpire(): void;
  now?: () => number;
}

export class IdleTimer {
  private warnTimer: ReturnType<typeof setTimeout> | undefined;
  private expireTimer: ReturnType<typeof setTimeout> | undefined;
  private running = false;

  constructor(private readonly options: IdleTimerOptions) {}

  start(): void {
    this.running = true;
    this.touch();
  }

  /** Activity: restart the wait. */
  touch(): void {
    if (!this.running) return;
    this.clear();
    this.warnTimer = setTimeout(() => {
      this.options.onWarn(this.options.warnMs);
      this.expireTimer = setTimeout(() => {
        this.running = false;
        this.options.onExpire();
      }, this.options.warnMs);
    }, Math.max(0, this.options.idleMs - this.options.warnMs));
  }

  stop(): void {
    this.running = false;
    this.clear();
  }

  private clear() {
    clearTimeout(this.warnTimer);
    clearTimeout(this.expireTimer);
  }
}
