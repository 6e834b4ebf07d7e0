import { create } from 'zustand';
import type { Role } from '../../electron/api';
import { reconnectDelay } from '../api/reconnect';
import { pairingStatus, requestPairing, saveTerminalToken, type PairAnswer } from './pair-client';

/** How often the device asks whether staff have typed its code. */
export const POLL_MS = 1500;

export type PairingPhase =
  | { kind: 'asking' }
  | { kind: 'showing'; code: string }
  | { kind: 'paired'; role: Role }
  | { kind: 'offline' };

interface PairingState {
  phase: PairingPhase;
  start(): () => void;
}

export interface PairingDeps {
  request(): Promise<PairAnswer>;
  status(secret: string): Promise<PairAnswer>;
  /** Called once with the token and role; the page opens as that role. */
  paired(token: string, role: Role): void;
  now(): number;
  wait(ms: number): Promise<void>;
}

const browserDeps: PairingDeps = {
  request: requestPairing,
  status: pairingStatus,
  paired(token, role) {
    saveTerminalToken(token);
    // The page of the role staff chose; the same address (with its ?view) when it already is.
    const here = window.location.pathname.split('/').filter(Boolean).pop();
    if (here === role) window.location.reload();
    else window.location.replace(`/${role}`);
  },
  now: () => Date.now(),
  wait: (ms) => new Promise((r) => setTimeout(r, ms)),
};

/**
 * The unpaired device's loop: get a code, show it, poll until staff approve it at the desk. A code
 * that expired or that the hub no longer knows is replaced by a new one; while the hub cannot be
 * reached the screen says so and keeps trying.
 */
export function createPairingStore(deps: PairingDeps = browserDeps) {
  return create<PairingState>()((set) => ({
    phase: { kind: 'asking' },
    start() {
      let live = true;
      void (async () => {
        let failures = 0;
        let held: { code: string; secret: string; expiresAt: number } | undefined;
        while (live) {
          const answer = held ? await deps.status(held.secret) : await deps.request();
          if (!live) return;
          switch (answer.kind) {
            case 'made':
              held = { code: answer.code, secret: answer.secret, expiresAt: Date.parse(answer.expiresAt) };
              set({ phase: { kind: 'showing', code: answer.code } });
              break;
            case 'waiting':
              // A new code a little before this one runs out, so staff never type a dead one.
              if (held && deps.now() > held.expiresAt - 10_000) held = undefined;
              else if (held) set({ phase: { kind: 'showing', code: held.code } });
              break;
            case 'paired':
              set({ phase: { kind: 'paired', role: answer.role } });
              deps.paired(answer.token, answer.role);
              return;
            case 'gone':
              held = undefined;
              break;
            case 'offline':
              // The code shown may still be good: the next poll after the hub answers again says.
              set({ phase: { kind: 'offline' } });
              await deps.wait(reconnectDelay(failures++));
              continue;
          }
          failures = 0;
          if (held) await deps.wait(POLL_MS);
        }
      })();
      return () => {
        live = false;
      };
    },
  }));
}

export const usePairing = createPairingStore();
