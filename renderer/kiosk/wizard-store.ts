import { create } from 'zustand';
import type { KioskPay } from '../../electron/api';
import { call } from '../api/bridge';
import { useJobs } from './jobs-store';
import { useKiosk } from './kiosk-store';
import { onSessionEnd } from './session-end';
import { answersOf, draftOf, emptyDraft, type WizardDraft } from './wizard-rules';

/** The station's word on her pay wish (kiosk.dailyPay), for the figures it was asked about. */
export type DailyPay = KioskPay & { daily: number; sensible: boolean };

interface WizardState {
  draft: WizardDraft;
  saving: boolean;
  daily: DailyPay | null;
  update(patch: Partial<WizardDraft>): void;
  /** Starts from the worker's stored answers (changing preferences) or from nothing. */
  begin(): void;
  /** Sends the answers; the flow moves on only once they are stored. */
  save(): Promise<boolean>;
  reset(): void;
}

/** The new-worker wizard's answers while they are being given. Phone digits live only here. */
export const useWizard = create<WizardState>()((set, get) => ({
  draft: emptyDraft,
  saving: false,
  daily: null,
  update(patch) {
    set({ draft: { ...get().draft, ...patch } });
    if (patch.pay) void askDaily(patch.pay);
  },
  begin() {
    const stored = useKiosk.getState().answers;
    const taxonomy = useJobs.getState().taxonomy;
    const draft = stored && taxonomy ? draftOf(stored, taxonomy) : emptyDraft;
    set({ draft, daily: null });
    if (draft.pay) void askDaily(draft.pay);
  },
  async save() {
    const worker = useKiosk.getState().worker;
    const taxonomy = useJobs.getState().taxonomy;
    if (!worker || !taxonomy) return false;
    set({ saving: true });
    try {
      const profile = await call('kiosk.saveAnswers', {
        session: worker.session,
        answers: answersOf(get().draft),
      });
      useKiosk.setState({ answers: profile.answers });
      // The typed number is stored now; it need not stay in the page.
      set({ draft: { ...get().draft, phone: '' } });
      return true;
    } finally {
      set({ saving: false });
    }
  },
  reset: () => set({ draft: emptyDraft, saving: false, daily: null }),
}));

let dailySeq = 0;
/** Asks the station what a wish comes to a day; answers can overtake each other, the latest counts. */
async function askDaily(pay: KioskPay) {
  const seq = ++dailySeq;
  const answer = await call('kiosk.dailyPay', pay).catch(() => null);
  if (answer && seq === dailySeq) useWizard.setState({ daily: { ...pay, ...answer } });
}

onSessionEnd(() => useWizard.getState().reset());
