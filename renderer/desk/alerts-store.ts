import { create } from 'zustand';
import type { EventPayload } from '../../electron/api';

export type StaffCall = EventPayload<'kiosk.staffCalled'> & { id: number };

interface AlertsState {
  calls: StaffCall[];
  add(call: EventPayload<'kiosk.staffCalled'>): void;
  dismiss(id: number): void;
}

let next = 1;

/** "呼叫工作人员" from the kiosks, newest first, until someone at the desk acknowledges them. */
export const useAlerts = create<AlertsState>()((set) => ({
  calls: [],
  // One kiosk pressing again replaces its earlier call: one person, one alert.
  add: (call) =>
    set((s) => ({
      calls: [{ ...call, id: next++ }, ...s.calls.filter((c) => c.terminal !== call.terminal)],
    })),
  dismiss: (id) => set((s) => ({ calls: s.calls.filter((c) => c.id !== id) })),
}));
