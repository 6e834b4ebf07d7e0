import type { StaffSession } from '../../api';

interface Held {
  session: StaffSession;
  /** The browser or window the staff member signed in from; another one on the same terminal is not signed in. */
  client: string | undefined;
  lastActivity: number;
}

/**
 * Who is signed in on which terminal, in memory only: a restart signs everyone out, which is the
 * safe direction. A terminal is its unique id (a paired device's hub-assigned id, a configured
 * terminal's id, `local-<role>` for the station's own screens), never a name a client chose; the
 * session also belongs to the one browser (HTTP cookie) or window (IPC) it was started from.
 */
export class StaffSessions {
  private byTerminal = new Map<string, Held>();

  constructor(
    private readonly idleMs: number,
    private readonly clock: () => number,
    /** Told when a terminal is signed out for inactivity, so it can be audited. */
    private readonly onIdle: (terminal: string, session: StaffSession) => void = () => {},
  ) {}

  start(terminal: string, session: StaffSession, client?: string): void {
    this.byTerminal.set(terminal, { session, client, lastActivity: this.clock() });
  }

  /** Signs out the session on a terminal, if it is this client's. */
  end(terminal: string, client?: string): StaffSession | undefined {
    const held = this.byTerminal.get(terminal);
    if (!held || held.client !== client) return undefined;
    this.byTerminal.delete(terminal);
    return held.session;
  }

  /** The live session on a terminal for this client; an idle one is ended here, lazily. */
  of(terminal: string, client: string | undefined, touch: boolean): StaffSession | undefined {
    const held = this.byTerminal.get(terminal);
    if (!held || held.client !== client) return undefined;
    const now = this.clock();
    if (now - held.lastActivity > this.idleMs) {
      this.byTerminal.delete(terminal);
      this.onIdle(terminal, held.session);
      return undefined;
    }
    if (touch) held.lastActivity = now;
    return held.session;
  }

  /** Ends the session on a terminal that was revoked, whichever browser holds it. */
  endTerminal(terminal: string): StaffSession | undefined {
    const held = this.byTerminal.get(terminal);
    this.byTerminal.delete(terminal);
    return held?.session;
  }

  /** Ends every session of one staff member (account disabled, PIN changed). */
  endAllOf(staffId: string): void {
    for (const [t, h] of this.byTerminal) if (h.session.staffId === staffId) this.byTerminal.delete(t);
  }
}
