import { create } from 'zustand';
import { deskCall } from './desk-call';
import { messageOf } from './message-of';

/** A booth's tablet (role booth) or its TV (a screen paired to the booth). */
export type BoothDevice = 'tablet' | 'tv';

interface BoothPairingState {
  code: { code: string; expiresAt: string; booth: number; device: BoothDevice } | null;
  error: string | null;
  pair(booth: number, device: BoothDevice): Promise<void>;
  clear(): void;
}

/** A one-time code for a booth's tablet or TV, made from the booth's row. */
export const useBoothPairing = create<BoothPairingState>()((set) => ({
  code: null,
  error: null,
  async pair(booth, device) {
    set({ error: null });
    try {
      const made = await deskCall('terminals.createPairingCode', {
        role: device === 'tablet' ? 'booth' : 'screen',
        booth,
      });
      set({ code: { ...made, booth, device } });
    } catch (err) {
      set({ code: null, error: messageOf(err) });
    }
  },
  clear: () => set({ code: null, error: null }),
}));
