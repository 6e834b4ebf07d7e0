import { create } from 'zustand';
import type { DueFollowUp } from '../../electron/api';
import { deskCall } from './desk-call';

interface FollowUpsState {
  due: DueFollowUp[];
  refresh(): Promise<void>;
}

export const useFollowUps = create<FollowUpsState>()((set) => ({
  due: [],
  async refresh() {
    try {
      set({ due: await deskCall('followUps.due', { limit: 50 }) });
    } catch {
      // Shown empty until the next refresh.
    }
  },
}));
