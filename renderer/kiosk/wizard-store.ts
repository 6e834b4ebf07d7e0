import { create } from 'zustand';
import { call } from '../api/bridge';
import { useJobs } from './jobs-store';
import { useKiosk } from './kiosk-store';
import { onSessionEnd } from './session-end';
import { answersOf, draftOf, emptyDraft, type WizardDraft } from './wizard-rules';

interface WizardState {
  draft: WizardDraft;
  saving: boolean;
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
  update: (patch) => set({ draft: { ...get().draft, ...patch } }),
  begin() {
    const stored = useKiosk.getState().answers;
    const taxonomy = useJobs.getState().taxonomy;
    set({ draft: stored && taxonomy ? draftOf(stored, taxonomy) : emptyDraft });
  },
  async save() {
    const worker = useKiosk.getState().worker;
    const taxonomy = useJobs.getState().taxonomy;
    if (!worker || !taxonomy) return false;
    set({ saving: true });
    try {
      const profile = await call('kiosk.saveAnswers', {
        session: worker.session,
        answers: answersOf(get().draft, taxonomy),
      });
      useKiosk.setState({ answers: profile.answers });
      // The typed number is stored now; it need not stay in the page.
      set({ draft: { ...get().draft, phone: '' } });
      return true;
    } finally {
      set({ saving: false });
    }
  },
  reset: () => set({ draft: emptyDraft, saving: false }),
}));

onSessionEnd(() => useWizard.getState().reset());
