import { create } from 'zustand';
import type { Notice as StationNotice } from '../../electron/api';
import { deskCall } from './desk-call';
import { messageOf } from './message-of';
import { useNav } from './nav-store';

export interface NoticeForm {
  text: string;
  /** Empty: from today. */
  fromDay: string;
  /** Empty: the first day only. */
  untilDay: string;
}

const emptyForm: NoticeForm = { text: '', fromDay: '', untilDay: '' };

interface NoticesState {
  /** Today's and upcoming notices, as staff manage them. */
  items: StationNotice[];
  form: NoticeForm;
  error: string | null;
  busy: boolean;
  refresh(): Promise<void>;
  setField<K extends keyof NoticeForm>(field: K, value: NoticeForm[K]): void;
  post(): Promise<void>;
  remove(id: string): Promise<void>;
}

/** On the hall's screen on this day. */
export const isShowing = (n: StationNotice, day: string) => n.fromDay <= day && day <= n.untilDay;

let latest = 0;

/** The notices along the bottom of the hall's big screen: put up, taken down. */
export const useStationNotices = create<NoticesState>()((set, get) => ({
  items: [],
  form: emptyForm,
  error: null,
  busy: false,
  async refresh() {
    const ticket = ++latest;
    try {
      const items = await deskCall('notices.list', {});
      if (ticket === latest) set({ items });
    } catch (err) {
      if (ticket === latest) set({ error: messageOf(err) });
    }
  },
  setField: (field, value) => set((s) => ({ form: { ...s.form, [field]: value }, error: null })),
  async post() {
    const { text, fromDay, untilDay } = get().form;
    set({ busy: true, error: null });
    try {
      await deskCall('notices.post', {
        text,
        ...(fromDay ? { fromDay } : {}),
        ...(untilDay ? { untilDay } : {}),
      });
      set({ busy: false, form: emptyForm });
      useNav.getState().notify({ kind: 'ok', key: 'desk.booths.notices.posted' });
      await get().refresh();
    } catch (err) {
      set({ busy: false, error: messageOf(err) });
    }
  },
  async remove(id) {
    set({ error: null });
    try {
      const { removed } = await deskCall('notices.remove', { id });
      if (removed) useNav.getState().notify({ kind: 'ok', key: 'desk.booths.notices.removed' });
      await get().refresh();
    } catch (err) {
      set({ error: messageOf(err) });
    }
  },
}));
