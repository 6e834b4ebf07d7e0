import { create } from 'zustand';
import type { CardPresented } from '../../electron/api';
import { deskCall } from './desk-call';
import { messageOf } from './message-of';
import { useNav } from './nav-store';

interface CardState {
  /** A card on the desk's reader whose holder is not registered yet, waiting for consent. */
  card: CardPresented | null;
  consent: boolean;
  share: boolean;
  /** Her own consent that employers see her phone: unticked unless she says yes. */
  phoneToEmployers: boolean;
  busy: boolean;
  error: string | null;
  /** The reader told this desk of a card. */
  read(card: CardPresented): Promise<void>;
  removed(): void;
  setConsent(consent: boolean): void;
  setShare(share: boolean): void;
  setPhoneToEmployers(phone: boolean): void;
  register(): Promise<void>;
  dismiss(): void;
}

/**
 * A card placed on the desk's reader: a registered worker's record opens at once (their visit is
 * recorded); a newcomer is registered after staff confirm the person's consent.
 */
export const useCard = create<CardState>()((set, get) => ({
  card: null,
  consent: false,
  share: false,
  phoneToEmployers: false,
  busy: false,
  error: null,
  async read(card) {
    set({ card: null, consent: false, share: false, phoneToEmployers: false, error: null });
    if (card.returning && card.workerId) {
      try {
        const opened = await deskCall('workers.openFromCard', { token: card.token });
        useNav
          .getState()
          .openWorker(
            opened.workerId,
            opened.verifiedNow ? { kind: 'ok', key: 'desk.card.verifiedNow' } : undefined,
          );
      } catch (err) {
        set({ card, error: messageOf(err) });
      }
      return;
    }
    set({ card });
  },
  removed: () => {
    if (!get().busy) set({ card: null, error: null });
  },
  setConsent: (consent) => set({ consent }),
  setShare: (share) => set({ share }),
  setPhoneToEmployers: (phoneToEmployers) => set({ phoneToEmployers }),
  async register() {
    const { card, consent, share, phoneToEmployers } = get();
    if (!card || !consent) return;
    set({ busy: true, error: null });
    try {
      const r = await deskCall('workers.registerFromCard', {
        token: card.token,
        consent: { registration: true, shareWithEmployers: share, phoneToEmployers },
      });
      set({ card: null, busy: false });
      useNav.getState().openWorker(r.workerId);
    } catch (err) {
      set({ busy: false, error: messageOf(err) });
    }
  },
  dismiss: () => set({ card: null, error: null }),
}));
