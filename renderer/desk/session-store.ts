import { create } from 'zustand';
import type { StaffSession } from '../../electron/api';
import { call } from '../api/bridge';
import { messageOf } from './message-of';

/** Why the last session ended without the person signing out: shown on the sign-in screen. */
export type SessionEnd = 'idle' | 'expired';

interface SessionState {
  session: StaffSession | null;
  demoHint: boolean;
  checked: boolean;
  busy: boolean;
  error: string | null;
  ended: SessionEnd | null;
  check(): Promise<void>;
  signIn(username: string, pin: string): Promise<void>;
  /** Signs out at the station; `idle` when the desk's inactivity timer did it. */
  signOut(reason?: 'idle'): Promise<void>;
  /** The station ended the session (idle there, restart, account disabled): forget it. */
  expire(): void;
}

/** Who is signed in at this desk. The runtime holds the session; this only mirrors it. */
export const useSession = create<SessionState>()((set, get) => ({
  session: null,
  demoHint: false,
  checked: false,
  busy: false,
  error: null,
  ended: null,
  async check() {
    try {
      const r = await call('staff.session', {});
      set({ session: r.session, demoHint: r.demoHint, checked: true });
    } catch (err) {
      set({ checked: true, error: messageOf(err) });
    }
  },
  async signIn(username, pin) {
    set({ busy: true, error: null });
    try {
      const session = await call('staff.signIn', { username, pin });
      set({ session, busy: false, ended: null });
    } catch (err) {
      set({ busy: false, error: messageOf(err) });
    }
  },
  async signOut(reason) {
    await call('staff.signOut', {}).catch(() => undefined);
    set({ session: null, error: null, ended: reason ?? null });
  },
  expire: () => {
    if (get().session) set({ session: null, error: null, ended: 'expired' });
  },
}));
