import { randomBytes } from 'node:crypto';
import type { Role } from '../../api';
import type { CallContext } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import { reaches, type Audience } from '../event-bus';

/**
 * Kiosk sessions: a random capability handed to the kiosk page when a card registers. Kiosk methods
 * act on the worker behind the capability, never on a worker id the page supplies, so a page cannot
 * ask about anyone but the person standing at it. Held only in memory: a restart ends every session.
 */
export interface KioskSession {
  token: string;
  workerId: string;
  terminal: string;
  role: Role;
  lastUsed: number;
}

/** A forgotten session dies on its own well after any idle timeout. */
const MAX_IDLE_MS = 30 * 60 * 1000;

export class KioskSessions {
  private byToken = new Map<string, KioskSession>();

  constructor(private readonly clock: () => number = Date.now) {}

  /** Starts a session for a worker on a terminal, ending that terminal's previous one. */
  open(workerId: string, caller: CallContext): string {
    this.endTerminal(caller.terminal);
    const token = randomBytes(24).toString('base64url');
    this.byToken.set(token, {
      token,
      workerId,
      terminal: caller.terminal,
      role: caller.role,
      lastUsed: this.clock(),
    });
    return token;
  }

  /** The worker of this session; fails when the token is unknown, expired or from another terminal. */
  workerOf(token: string, caller: CallContext): string {
    const s = this.byToken.get(token);
    const now = this.clock();
    if (!s || s.terminal !== caller.terminal || now - s.lastUsed > MAX_IDLE_MS) {
      if (s && now - s.lastUsed > MAX_IDLE_MS) this.byToken.delete(token);
      throw new ApiFailure('unauthenticated', 'this kiosk session has ended; place the card again');
    }
    s.lastUsed = now;
    return s.workerId;
  }

  end(token: string, caller: CallContext): boolean {
    const s = this.byToken.get(token);
    if (!s || s.terminal !== caller.terminal) return false;
    return this.byToken.delete(token);
  }

  endTerminal(terminal: string): void {
    for (const [t, s] of this.byToken) if (s.terminal === terminal) this.byToken.delete(t);
  }

  /** Card lifted from a reader: the sessions on the screen at that reader end (only there). */
  endAt(at: Audience): number {
    let n = 0;
    for (const [t, s] of this.byToken)
      if (reaches(at, { role: s.role, terminal: s.terminal }) && this.byToken.delete(t)) n++;
    return n;
  }

  get size(): number {
    return this.byToken.size;
  }
}
