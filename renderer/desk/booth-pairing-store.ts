import { create } from 'zustand';
import { deskCall } from './desk-call';
import { messageOf } from './message-of';

/** A booth's tablet (role booth) or its TV (a screen paired to the booth). */
export type BoothDevice = 'tablet' | 'tv';

interface BoothPairingState {
  /** The row whose device staff are pairing: the code box is open for it. */
  entry: { booth: number; device: BoothDevice } | null;
  code: string;
  busy: boolean;
  error: string | null;
  /** The last device approved, with the label it was given. */
  approved: { booth: number; device: BoothDevice; name: string } | null;
  open(booth: number, device: BoothDevice): void;
  setCode(code: string): void;
  /** Pairs the device showing the typed code as the open row's tablet or TV, named `name`. */
  approve(name: string): Promise<void>;
  clear(): void;
}

/** Pairing a booth's tablet or TV from the booth's row: staff type the code the device shows. */
export const useBoothPairing = create<BoothPairingState>()((set, get) => ({
  entry: null,
  code: '',
  busy: false,
  error: null,
  approved: null,
  open: (booth, device) => set({ entry: { booth, device }, code: '', error: null, approved: null }),
  setCode: (code) => set({ code, error: null }),
  async approve(name) {
    const { entry, code } = get();
    if (!entry) return;
    set({ busy: true, error: null });
    try {
      await deskCall('terminals.approve', {
        code,
        role: entry.device === 'tablet' ? 'booth' : 'screen',
        booth: entry.booth,
        name,
      });
      set({ busy: false, entry: null, code: '', approved: { ...entry, name } });
    } catch (err) {
      // What was typed stays, to be corrected.
      set({ busy: false, error: messageOf(err) });
    }
  },
  clear: () => set({ entry: null, code: '', busy: false, error: null, approved: null }),
}));
