import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from '../api';

export interface Terminal {
  name: string;
  role: Role;
  token: string;
}

/**
 * Who holds which token. For now tokens come from the station config (or are made at start-up for
 * a standalone station's own windows); pairing will add and revoke them through the same table.
 */
export class TerminalRegistry {
  private terminals: Terminal[];

  constructor(terminals: Terminal[]) {
    this.terminals = [...terminals];
  }

  /** One fresh terminal per role, for a standalone station opening its own browser windows. */
  static forLocalRoles(roles: readonly Role[]): TerminalRegistry {
    return new TerminalRegistry(
      roles.map((role) => ({ name: `local-${role}`, role, token: randomBytes(32).toString('base64url') })),
    );
  }

  list(): readonly Terminal[] {
    return this.terminals;
  }

  byRole(role: Role): Terminal | undefined {
    return this.terminals.find((t) => t.role === role);
  }

  /** Constant-time comparison, so response timing says nothing about a guessed token. */
  authenticate(token: string | undefined): Terminal | undefined {
    if (!token) return undefined;
    const given = Buffer.from(token);
    return this.terminals.find((t) => {
      const known = Buffer.from(t.token);
      return known.length === given.length && timingSafeEqual(known, given);
    });
  }
}
