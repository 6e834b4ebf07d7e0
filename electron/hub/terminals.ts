import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { localTerminalId, type Role, type TerminalRole } from '../api';

export interface Terminal {
  /** Unique: sessions, audit and a reader's cards are keyed by it. */
  id: string;
  /** A label for people; not unique, never used to decide anything. */
  name: string;
  role: TerminalRole;
  token: string;
  booth?: number | undefined;
}

/** Who a request comes from: a configured terminal, or one paired through the desk. */
export interface Caller {
  id: string;
  name: string;
  role: TerminalRole;
  /** The booth a booth tablet or a booth's TV serves. */
  booth?: number;
}

/**
 * Who holds which token: terminals from the station config (or made at start-up for a standalone
 * station's own screens), and terminals paired through the desk, looked up in the store.
 */
export class TerminalRegistry {
  private terminals: Terminal[];
  private readonly digests: Buffer[];

  constructor(
    terminals: Terminal[],
    /** Paired terminals, looked up by token in the station's store. */
    private readonly paired: (token: string) => Caller | undefined = () => undefined,
  ) {
    this.terminals = [...terminals];
    this.digests = this.terminals.map((t) => digest(t.token));
  }

  withPaired(paired: (token: string) => Caller | undefined): TerminalRegistry {
    return new TerminalRegistry(this.terminals, paired);
  }

  /** One fresh terminal per role, for a standalone station opening its own browser windows. */
  static forLocalRoles(roles: readonly Role[]): TerminalRegistry {
    return new TerminalRegistry(
      roles.map((role) => ({
        id: localTerminalId(role),
        name: localTerminalId(role),
        role,
        token: randomBytes(32).toString('base64url'),
        // The standalone station's own booth tablet is booth 1.
        ...(role === 'booth' ? { booth: 1 } : {}),
      })),
    );
  }

  list(): readonly Terminal[] {
    return this.terminals;
  }

  byRole(role: TerminalRole): Terminal | undefined {
    return this.terminals.find((t) => t.role === role);
  }

  /**
   * Configured tokens are compared by their SHA-256 in constant time, so neither response timing nor
   * a token's length says anything about a guess; paired tokens are looked up by their SHA-256.
   */
  authenticate(token: unknown): Caller | undefined {
    if (typeof token !== 'string' || !token || token.length > 200) return undefined;
    const given = digest(token);
    const i = this.digests.findIndex((d) => timingSafeEqual(d, given));
    const configured = i >= 0 ? this.terminals[i] : undefined;
    if (!configured) return this.paired(token);
    return {
      id: configured.id,
      name: configured.name,
      role: configured.role,
      ...(configured.booth !== undefined ? { booth: configured.booth } : {}),
    };
  }
}

const digest = (s: string) => createHash('sha256').update(s).digest();
