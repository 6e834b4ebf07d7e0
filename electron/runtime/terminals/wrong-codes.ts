import type { CallContext } from '../../dispatcher';

/** Wrong codes one staff session may type in `windowMs` before its approvals pause. */
export const WRONG_CODES_PER_SESSION = 10;
const windowMs = 10 * 60_000;

/**
 * Wrong pairing codes typed at the desk, counted per staff session (staff member, terminal, browser,
 * sign-in). Only that session is ever paused: no one else's mistakes, and no request a stranger
 * sends, can stop a staff member from pairing. (A session is signed in staff, who could approve a
 * device of their own anyway; the pause is against a runaway script on a desk left signed in.)
 */
export class WrongCodes {
  private bySession = new Map<string, number[]>();

  private static key(caller: CallContext): string {
    const s = caller.staff;
    return JSON.stringify([caller.terminal, caller.client ?? '', s?.staffId ?? '', s?.signedInAt ?? '']);
  }

  private recent(key: string, now: number): number[] {
    const hits = (this.bySession.get(key) ?? []).filter((t) => now - t < windowMs);
    if (hits.length) this.bySession.set(key, hits);
    else this.bySession.delete(key);
    return hits;
  }

  paused(caller: CallContext, now: number): boolean {
    return this.recent(WrongCodes.key(caller), now).length >= WRONG_CODES_PER_SESSION;
  }

  /** Counts one wrong code; returns how many this session typed in the window. */
  record(caller: CallContext, now: number): number {
    const key = WrongCodes.key(caller);
    const hits = [...this.recent(key, now), now];
    this.bySession.set(key, hits);
    if (this.bySession.size > 1000) for (const k of [...this.bySession.keys()]) this.recent(k, now);
    return hits.length;
  }
}
