import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from '../api';

export interface Terminal {
  name: string;
  role: Role;
  token: string;
  booth?: number | undefined;
}

/** Who a request comes from: a configured terminal, or one paired through the desk. */
export interface Caller {
  name: string;
  role: Role;
  /** Set for paired terminals (they can be revoked). */
  id?: string;
  /** The booth a booth tablet or a booth's TV serves. */
  booth?: number;
}

/**
 * Who holds which token. For now tokens come from the station config (or are made at start-up for
 * a standalone station's own windows); pairing will add and revoke them through the same table.
 */
export class TerminalRegistry {
  private terminals: Terminal[];

  constructor(
    terminals: Terminal[],
    /** Paired terminals, looked up by token in the station's store. */
    private readonly paired: (token: string) => Caller | undefined = () => undefined,
  ) {
    this.terminals = [...terminals];
  }

  withPaired(paired: (token: string) => Caller | undefined): TerminalRegistry {
    return new TerminalRegistry(this.terminals, paired);
  }

  /** One fresh terminal per role, for a standalone station opening its own browser windows. */
  static forLocalRoles(roles: readonly Role[]): TerminalRegistry {
    return new TerminalRegistry(
      roles.map((role) => ({
        name: `local-${role}`,
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

  byRole(role: Role): Terminal | undefined {
    return this.terminals.find((t) => t.role === role);
  }

  /**
   * Configured tokens are compared in constant time, so response timing says nothing about a guess;
   * paired tokens are looked up by their SHA-256, which leaks nothing either.
   */
  authenticate(token: string | undefined): Caller | undefined {
    if (!token || token.length > 200) return undefined;
    const given = Buffer.from(token);
    const configured = this.terminals.find((t) => {
      const known = Buffer.from(t.token);
      return known.length === given.length && timingSafeEqual(known, given);
    });
    if (!configured) return this.paired(token);
    return {
      name: configured.name,
      role: configured.role,
      ...(configured.booth !== undefined ? { booth: configured.booth } : {}),
    };
  }
}
