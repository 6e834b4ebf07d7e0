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
  /** By terminal id, then by client: two browsers on one terminal's token each sign in for themselves. */
  private byTerminal = new Map<string, Map<string, Held>>();

  constructor(
    private readonly idleMs: number,
    private readonly clock: () => number,
    /** Told when a terminal is signed out for inactivity, so it can be audited. */
    private readonly onIdle: (terminal: string, session: StaffSession) => void = () => {},
  ) {}

  start(terminal: string, session: StaffSession, client?: string): void {
    const held = this.byTerminal.get(terminal) ?? new Map<string, Held>();
    held.set(client ?? '', { session, client, lastActivity: this.clock() });
    this.byTerminal.set(terminal, held);
  }

  /** Signs out this client's session on a terminal. */
  end(terminal: string, client?: string): StaffSession | undefined {
    const held = this.byTerminal.get(terminal)?.get(client ?? '');
    if (!held) return undefined;
    this.drop(terminal, client);
    return held.session;
  }

  /** The live session of this client on a terminal; an idle one is ended here, lazily. */
  of(terminal: string, client: string | undefined, touch: boolean): StaffSession | undefined {
    const held = this.byTerminal.get(terminal)?.get(client ?? '');
    if (!held || held.client !== client) return undefined;
    const now = this.clock();
    if (now - held.lastActivity > this.idleMs) {
      this.drop(terminal, client);
      this.onIdle(terminal, held.session);
      return undefined;
    }
    if (touch) held.lastActivity = now;
    return held.session;
  }

  /** Ends every session on a terminal that was revoked, whichever browser holds it. */
  endTerminal(terminal: string): StaffSession[] {
    const held = [...(this.byTerminal.get(terminal)?.values() ?? [])].map((h) => h.session);
    this.byTerminal.delete(terminal);
    return held;
  }

  /** Ends every session of one staff member (account disabled, PIN changed). */
  endAllOf(staffId: string): void {
    for (const held of this.byTerminal.values())
      for (const [c, h] of held) if (h.session.staffId === staffId) held.delete(c);
  }

  private drop(terminal: string, client: string | undefined) {
    const held = this.byTerminal.get(terminal);
    held?.delete(client ?? '');
    if (held && held.size === 0) this.byTerminal.delete(terminal);
  }
}
