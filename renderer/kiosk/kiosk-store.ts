import { create } from 'zustand';
import type { ApplicationSlip, KioskProfile, KioskSettings, Ticket } from '../../electron/api';
import { call, StationError } from '../api/bridge';
import { runSessionEnd } from './session-end';
import { attract, nextPhase, type KioskAction, type KioskPhase } from './kiosk-flow';

/** The person at the kiosk, as the page knows them: a capability and a masked name, nothing more. */
export interface KioskWorker {
  session: string;
  maskedName: string;
  returning: boolean;
}

interface KioskState {
  phase: KioskPhase;
  worker: KioskWorker | null;
  /** The worker's stored answers (returning workers), to start the wizard from when they change them. */
  answers: KioskProfile['answers'];
  shareWithEmployers: boolean;
  /** The consent screen's own tick box for the phone: unticked until she ticks it. */
  phoneToEmployers: boolean;
  settings: KioskSettings | null;
  slip: ApplicationSlip | null;
  ticket: Ticket | null;
  staffCalled: boolean;
  dispatch(action: KioskAction): void;
  setShare(share: boolean): void;
  setPhoneToEmployers(phone: boolean): void;
  loadSettings(): Promise<void>;
  apply(jobId: string): Promise<void>;
  /** A ticket for the desk; with `viewed`, the person agreed staff may see those jobs. */
  takeTicket(viewed?: readonly string[]): Promise<void>;
  callStaff(): Promise<void>;
  /** Back to the start for the next person: the session is ended at the station too. */
  reset(): void;
}

const personal = {
  phase: attract,
  worker: null,
  answers: null,
  shareWithEmployers: false,
  phoneToEmployers: false,
  slip: null,
  ticket: null,
  staffCalled: false,
} as const;

/** UI state of one kiosk session. Registration follows from the phase; all else is a command. */
export const useKiosk = create<KioskState>()((set, get) => ({
  ...personal,
  settings: null,
  dispatch(action) {
    const before = get().phase;
    const phase = nextPhase(before, action);
    if (phase === before) return;
    if (phase.name === 'attract') {
      get().reset();
      return;
    }
    if (phase.name === 'card-gone') {
      // The session ends with the card: nothing of her stays on screen, and no half-given answers
      // are sent (the wizard stores them in one call, at the end).
      get().reset();
      set({ phase });
      return;
    }
    set({ phase });
    if (phase.name === 'registering' && before.name !== 'registering') void register(phase.card.token);
  },
  setShare: (shareWithEmployers) => set({ shareWithEmployers }),
  setPhoneToEmployers: (phoneToEmployers) => set({ phoneToEmployers }),
  async loadSettings() {
    set({ settings: await call('kiosk.settings', {}) });
  },
  async apply(jobId) {
    const worker = get().worker;
    if (!worker) return;
    try {
      const slip = await call('kiosk.apply', { session: worker.session, jobId });
      set({ slip });
      get().dispatch({ type: 'applied' });
    } catch (err) {
      failed(err);
    }
  },
  async takeTicket(viewed) {
    const { phase, worker } = get();
    // Sent to the desk from a problem screen: they come to register; otherwise about jobs.
    const service = phase.name === 'needs-desk' ? 'register' : 'jobs';
    const context =
      viewed && worker
        ? { consent: true as const, session: worker.session, viewedJobs: [...new Set(viewed)].slice(0, 20) }
        : undefined;
    try {
      set({ ticket: await call('queue.take', { service, ...(context ? { context } : {}) }) });
    } catch (err) {
      failed(err);
    }
  },
  async callStaff() {
    set({ staffCalled: true });
    await call('kiosk.callStaff', { screen: get().phase.name }).catch(() => set({ staffCalled: false }));
  },
  reset() {
    const session = get().worker?.session;
    if (session) void call('kiosk.end', { session }).catch(() => undefined);
    set({ ...personal });
    runSessionEnd();
  },
}));

function failed(err: unknown) {
  const code = err instanceof StationError ? err.error.code : 'internal';
  // A call cut off by the card leaving: the kind screen already says what happened.
  if (useKiosk.getState().phase.name === 'card-gone') return;
  // An ended session (timeout at the station) means start again, not an error page.
  if (code === 'unauthenticated') useKiosk.getState().dispatch({ type: 'finish' });
  else useKiosk.getState().dispatch({ type: 'failed', message: code });
}

async function register(token: string) {
  const { shareWithEmployers, phoneToEmployers } = useKiosk.getState();
  try {
    const result = await call('workers.registerFromCard', {
      token,
      consent: { registration: true, shareWithEmployers, phoneToEmployers },
    });
    if (!result.session) throw new StationError({ code: 'internal', message: 'no kiosk session' });
    const profile = await call('kiosk.profile', { session: result.session });
    // The person may have walked away while this was in flight.
    if (useKiosk.getState().phase.name !== 'registering') {
      void call('kiosk.end', { session: result.session });
      return;
    }
    useKiosk.setState({
      worker: { session: result.session, maskedName: result.maskedName, returning: result.returning },
      answers: profile.answers,
    });
    useKiosk.getState().dispatch({ type: 'signed-in', hasAnswers: profile.answers !== null });
  } catch (err) {
    failed(err);
  }
}
