import type { StaffSession } from '../../api';

interface Held {
  session: StaffSession;
  lastActivity: number;
}

/**
 * Who is signed in on which terminal, in memory only: a restart signs everyone out, which is the
 * safe direction. A terminal is a window name (IPC) or a paired terminal's name (HTTP).
 */
export class StaffSessions {
  private byTerminal = new Map<string, Held>();

  constructor(
    private readonly idleMs: number,
    private readonly clock: () => number,
    /** Told when a terminal is signed out for inactivity, so it can be audited. */
    private readonly onIdle: (terminal: string, session: StaffSession) => void = () => {},
  ) {}

  start(terminal: string, session: StaffSession): void {
    this.byTerminal.set(terminal, { session, lastActivity: this.clock() });
  }

  end(terminal: string): StaffSession | undefined {
    const held = this.byTerminal.get(terminal);
    this.byTerminal.delete(terminal);
    return held?.session;
  }

  /** The live session on a terminal; an idle one is ended here, lazily. */
  of(terminal: string, touch: boolean): StaffSession | undefined {
    const held = this.byTerminal.get(terminal);
    if (!held) return undefined;
    const now = this.clock();
    if (now - held.lastActivity > this.idleMs) {
      this.byTerminal.delete(terminal);
      this.onIdle(terminal, held.session);
      return undefined;
    }
    if (touch) held.lastActivity = now;
    return held.session;
  }

  /** Ends every session of one staff member (account disabled, PIN changed). */
  endAllOf(staffId: string): void {
    for (const [t, h] of this.byTerminal) if (h.session.staffId === staffId) this.byTerminal.delete(t);
  }
}
