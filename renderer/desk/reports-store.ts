import { create } from 'zustand';
import type { Report } from '../../electron/api';
import { deskCall } from './desk-call';
import { messageOf } from './message-of';

export type Period = 'today' | 'week' | 'month' | 'range';

interface ReportsState {
  period: Period;
  from: string;
  to: string;
  report: Report | null;
  loading: boolean;
  error: string | null;
  exporting: boolean;
  exported: { fileName: string; rows: number } | null;
  setPeriod(p: Period): void;
  setRange(from: string, to: string): void;
  load(): Promise<void>;
  exportLedger(fullIdNumbers: boolean): Promise<void>;
}

function rangeInput(s: Pick<ReportsState, 'period' | 'from' | 'to'>) {
  return s.period === 'range' ? { from: s.from, to: s.to } : { period: s.period };
}

/** Hands the workbook to the browser as a download; the bytes never leave this page otherwise. */
function download(fileName: string, base64: string) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const blob = new Blob([bytes], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The report for a period and the ledger export. Counting and its definitions are the station's. */
export const useReports = create<ReportsState>()((set, get) => ({
  period: 'today',
  from: '',
  to: '',
  report: null,
  loading: false,
  error: null,
  exporting: false,
  exported: null,
  setPeriod(period) {
    set({ period, exported: null });
    if (period !== 'range') void get().load();
  },
  setRange: (from, to) => set({ from, to }),
  async load() {
    set({ loading: true, error: null });
    try {
      const report = await deskCall('reports.summary', rangeInput(get()));
      set({ report, loading: false, from: report.from, to: report.to });
    } catch (err) {
      set({ loading: false, error: messageOf(err) });
    }
  },
  async exportLedger(fullIdNumbers) {
    set({ exporting: true, error: null, exported: null });
    try {
      const file = await deskCall('reports.export', { range: rangeInput(get()), fullIdNumbers });
      download(file.fileName, file.base64);
      set({ exporting: false, exported: { fileName: file.fileName, rows: file.rows } });
    } catch (err) {
      set({ exporting: false, error: messageOf(err) });
    }
  },
}));
