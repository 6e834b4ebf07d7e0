import { create } from 'zustand';
import type { StaffSession } from '../../electron/api';
import { call } from '../api/bridge';
import { messageOf } from './message-of';

interface SessionState {
  session: StaffSession | null;
  demoHint: boolean;
  checked: boolean;
  busy: boolean;
  error: string | null;
  lastActivity: number;
  check(): Promise<void>;
  signIn(username: string, pin: string): Promise<void>;
  signOut(): Promise<void>;
  touch(): void;
  /** The station ended the session: forget it (the screen then shows sign-in). */
  expire(): void;
}

/** Who is signed in at this desk. The runtime holds the session; this only mirrors it. */
export const useSession = create<SessionState>()((set, get) => ({
  session: null,
  demoHint: false,
  checked: false,
  busy: false,
  error: null,
  lastActivity: Date.now(),
  async check() {
    const r = await call('staff.session', {});
    set({ session: r.session, demoHint: r.demoHint, checked: true });
  },
  async signIn(username, pin) {
    set({ busy: true, error: null });
    try {
      const session = await call('staff.signIn', { username, pin });
      set({ session, busy: false, lastActivity: Date.now() });
    } catch (err) {
      set({ busy: false, error: messageOf(err) });
    }
  },
  async signOut() {
    await call('staff.signOut', {}).catch(() => undefined);
    get().expire();
  },
  touch: () => set({ lastActivity: Date.now() }),
  expire: () => set({ session: null, error: null }),
}));
