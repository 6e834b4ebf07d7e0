import { create } from 'zustand';
import { call, StationError } from '../api/bridge';
import { attract, nextPhase, type KioskAction, type KioskPhase } from './kiosk-flow';

interface KioskState {
  phase: KioskPhase;
  shareWithEmployers: boolean;
  dispatch(action: KioskAction): void;
  setShare(share: boolean): void;
  reset(): void;
}

/** UI state of one kiosk session. Registration is the only side effect and follows from the phase. */
export const useKiosk = create<KioskState>()((set, get) => ({
  phase: attract,
  shareWithEmployers: false,
  dispatch(action) {
    const before = get().phase;
    const phase = nextPhase(before, action);
    set({ phase });
    if (phase.name === 'registering' && before.name !== 'registering') void register(phase.card.token);
    if (phase.name === 'attract') set({ shareWithEmployers: false });
  },
  setShare: (shareWithEmployers) => set({ shareWithEmployers }),
  reset: () => set({ phase: attract, shareWithEmployers: false }),
}));

async function register(token: string) {
  const { dispatch, shareWithEmployers } = useKiosk.getState();
  try {
    const result = await call('workers.registerFromCard', {
      token,
      consent: { registration: true, shareWithEmployers },
    });
    dispatch({ type: 'registered', result });
  } catch (err) {
    dispatch({ type: 'failed', message: err instanceof StationError ? err.error.code : 'internal' });
  }
}
