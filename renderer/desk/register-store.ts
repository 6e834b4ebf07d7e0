import { create } from 'zustand';
import { deskCall } from './desk-call';
import { messageOf } from './message-of';
import { useNav } from './nav-store';

export interface RegisterDraft {
  idNumber: string;
  name: string;
  phone: string;
  consent: boolean;
  share: boolean;
  phoneToEmployers: boolean;
}

const empty: RegisterDraft = {
  idNumber: '',
  name: '',
  phone: '',
  consent: false,
  share: false,
  phoneToEmployers: false,
};

interface RegisterState {
  draft: RegisterDraft;
  busy: boolean;
  error: string | null;
  set(d: Partial<RegisterDraft>): void;
  submit(): Promise<void>;
  reset(): void;
}

/**
 * Registration by hand. The station checks the number (GB 11643) and, when it is already registered,
 * answers with the existing record, which opens instead: nobody is registered twice.
 */
export const useRegister = create<RegisterState>()((set, get) => ({
  draft: empty,
  busy: false,
  error: null,
  set: (d) => set({ draft: { ...get().draft, ...d }, error: null }),
  async submit() {
    const d = get().draft;
    if (!d.consent) return set({ error: 'consent' });
    set({ busy: true, error: null });
    try {
      const r = await deskCall('workers.registerManual', {
        idNumber: d.idNumber,
        name: d.name,
        ...(d.phone.trim() ? { phone: d.phone.trim() } : {}),
        consent: { registration: true, shareWithEmployers: d.share, phoneToEmployers: d.phoneToEmployers },
      });
      set({ draft: empty, busy: false });
      useNav.getState().openWorker(
        r.workerId,
        r.existing
          ? { kind: 'ok', key: 'desk.registerForm.existing' }
          : {
              kind: 'ok',
              key: r.converted ? 'desk.registerForm.converted' : 'desk.registerForm.created',
              values: { name: d.name },
            },
      );
    } catch (err) {
      set({ busy: false, error: messageOf(err) });
    }
  },
  reset: () => set({ draft: empty, busy: false, error: null }),
}));
