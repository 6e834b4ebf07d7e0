import { create } from 'zustand';
import type { BoothAssignmentView, Employer } from '../../electron/api';
import { assignInputOf, emptyAssignForm, replacedBy, type AssignForm } from './booth-assign-form';
import { boothRows, type BoothRow } from './booth-rows';
import { deskCall } from './desk-call';
import { useEmployerPicker } from './employer-picker-store';
import { dayText, today } from './format';
import { messageOf } from './message-of';
import { useNav } from './nav-store';

interface BoothAssignmentsState {
  /** The day the table shows. */
  day: string;
  rows: BoothRow[];
  loading: boolean;
  /** Loading the table failed. */
  error: string | null;
  form: AssignForm;
  /** What the station said about the last assignment tried. */
  formError: string | null;
  busy: boolean;
  /** The booth is held by another employer that day: staff confirm before it changes hands. */
  replacing: BoothAssignmentView | null;
  /** The booth whose 收回 waits for a second click. */
  unassigning: number | null;
  open(): void;
  setDay(day: string): void;
  refresh(): Promise<void>;
  setField<K extends keyof AssignForm>(field: K, value: AssignForm[K]): void;
  setEmployerName(name: string): void;
  prefill(booth: number): void;
  assign(confirmed?: boolean): Promise<void>;
  cancelReplace(): void;
  askUnassign(booth: number | null): void;
  unassign(booth: number): Promise<void>;
}

let latest = 0;

/** Who holds which booth on a day, and giving booths out and taking them back. The rules are the station's. */
export const useBoothAssignments = create<BoothAssignmentsState>()((set, get) => ({
  day: today(),
  rows: [],
  loading: false,
  error: null,
  form: emptyAssignForm(today()),
  formError: null,
  busy: false,
  replacing: null,
  unassigning: null,
  open() {
    const day = today();
    set({ day, form: emptyAssignForm(day), formError: null, replacing: null, unassigning: null });
    useEmployerPicker.getState().clear();
    void get().refresh();
  },
  setDay(day) {
    set((s) => ({ day, form: { ...s.form, day }, unassigning: null }));
    void get().refresh();
  },
  async refresh() {
    const ticket = ++latest;
    const day = get().day;
    set({ loading: true });
    try {
      const [assignments, summaries, terminals] = await Promise.all([
        deskCall('booth.assignments', { day }),
        // Open jobs and 正在面试 are about today, as the hall's screen counts them.
        day === today() ? deskCall('screen.booths', {}) : Promise.resolve(null),
        deskCall('terminals.list', {}),
      ]);
      if (ticket !== latest) return;
      set({ rows: boothRows(assignments, summaries, terminals), loading: false, error: null });
    } catch (err) {
      if (ticket === latest) set({ loading: false, error: messageOf(err) });
    }
  },
  setField(field, value) {
    set((s) => ({ form: { ...s.form, [field]: value }, formError: null, replacing: null }));
  },
  setEmployerName(name) {
    // A name the station knows keeps that employer's profile; a new name starts another.
    const adopt = (known: Employer[]) => {
      const match = known.find((e) => e.name === name.trim());
      set((s) => ({
        form: {
          ...s.form,
          employerName: name,
          employerId: match?.id ?? null,
          agency: match ? match.agency : s.form.employerId ? false : s.form.agency,
        },
      }));
      return match;
    };
    set({ formError: null, replacing: null });
    if (adopt(useEmployerPicker.getState().known)) return;
    void useEmployerPicker
      .getState()
      .search(name)
      .then((known) => {
        if (known && get().form.employerName === name) adopt(known);
      });
  },
  prefill(booth) {
    set((s) => ({ form: { ...s.form, booth: String(booth) }, formError: null, replacing: null }));
  },
  async assign(confirmed = false) {
    const { form } = get();
    const input = assignInputOf(form);
    set({ busy: true, formError: null });
    try {
      if (!confirmed) {
        const held = await deskCall('booth.assignments', { day: form.day });
        const replacing = replacedBy(held, input);
        if (replacing) return set({ busy: false, replacing });
      }
      const a = await deskCall('booth.assign', input);
      set({ busy: false, replacing: null, day: a.day, form: emptyAssignForm(a.day) });
      useEmployerPicker.getState().clear();
      useNav.getState().notify({
        kind: 'ok',
        key: 'desk.booths.assigned',
        values: { booth: a.booth, employer: a.employerName, day: dayText(a.day) },
      });
      await get().refresh();
    } catch (err) {
      set({ busy: false, replacing: null, formError: messageOf(err) });
    }
  },
  cancelReplace: () => set({ replacing: null }),
  askUnassign: (unassigning) => set({ unassigning }),
  async unassign(booth) {
    const { day } = get();
    set({ busy: true, unassigning: null });
    try {
      const { removed } = await deskCall('booth.unassign', { booth, day });
      set({ busy: false });
      useNav.getState().notify({
        kind: 'ok',
        key: removed ? 'desk.booths.unassigned' : 'desk.booths.wasFree',
        values: { booth },
      });
      await get().refresh();
    } catch (err) {
      set({ busy: false });
      useNav.getState().notify({ kind: 'error', text: messageOf(err) });
    }
  },
}));
