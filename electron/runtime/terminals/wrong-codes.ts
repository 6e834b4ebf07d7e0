import type { CallContext } from '../../dispatcher';
import { FailureWindow } from '../failure-window';

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
  private readonly window = new FailureWindow(WRONG_CODES_PER_SESSION, windowMs);

  private static key(caller: CallContext): string {
    const s = caller.staff;
    return JSON.stringify([caller.terminal, caller.client ?? '', s?.staffId ?? '', s?.signedInAt ?? '']);
  }

  paused(caller: CallContext, now: number): boolean {
    return this.window.blocked(WrongCodes.key(caller), now);
  }

  /** Counts one wrong code; returns how many this session typed in the window. */
  record(caller: CallContext, now: number): number {
    return this.window.record(WrongCodes.key(caller), now);
  }
}
