import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HallCall, WageRow } from '../../../electron/api';
import { reconnectDelay } from '../../../renderer/api/reconnect';
import { coalescer } from '../../../renderer/screen/coalesce';
import { HALL_LIMITS, withCall } from '../../../renderer/screen/hall-store';
import { nextPanel, rotationPeriodMs } from '../../../renderer/screen/rotation';
import { wageCompareOption } from '../../../renderer/screen/wage-compare-option';

afterEach(() => vi.useRealTimers());

const call = (i: number): HallCall => ({
  kind: 'queue',
  label: `B${i}`,
  place: '1号窗口',
  at: `2026-11-21T09:${String(i % 60).padStart(2, '0')}:00Z`,
});

describe('what keeps the hall screen the same size after weeks', () => {
  it('holds at most the last few calls, newest first, each once', () => {
    let calls: HallCall[] = [];
    for (let i = 0; i < 10_000; i++) calls = withCall(calls, call(i));
    expect(calls).toHaveLength(HALL_LIMITS.calls);
    expect(calls[0]!.label).toBe('B9999');
    calls = withCall(calls, calls[2]!);
    expect(calls.map((c) => c.label)).toEqual(['B9997', 'B9999', 'B9998', 'B9996', 'B9995', 'B9994']);
  });

  it('turns a burst of events into one fetch, and one more for what came during it', async () => {
    vi.useFakeTimers();
    const runs: string[][] = [];
    let release!: () => void;
    const c = coalescer<string>(async (parts) => {
      runs.push(parts);
      if (runs.length === 1) await new Promise<void>((r) => (release = r));
    }, 400);
    for (let i = 0; i < 500; i++) c.ask('board', 'wages');
    await vi.advanceTimersByTimeAsync(400);
    expect(runs).toEqual([['board', 'wages']]);
    c.ask('calls');
    c.ask('board');
    await vi.advanceTimersByTimeAsync(2000);
    expect(runs).toHaveLength(1);
    release();
    await vi.advanceTimersByTimeAsync(400);
    expect(runs).toEqual([
      ['board', 'wages'],
      ['calls', 'board'],
    ]);
  });

  it('backs off from 1 s to 30 s between reconnects, never all screens at once', () => {
    expect(reconnectDelay(0, () => 0)).toBe(500);
    expect(reconnectDelay(0, () => 1)).toBe(1000);
    expect(reconnectDelay(3, () => 0.5)).toBe(6000);
    expect(reconnectDelay(50, () => 1)).toBe(30_000);
    expect(reconnectDelay(50, () => 0)).toBe(15_000);
  });

  it('rotates panels on a period the page may set', () => {
    expect(rotationPeriodMs('')).toBe(20_000);
    expect(rotationPeriodMs('?rotate=5')).toBe(5000);
    expect(rotationPeriodMs('?rotate=0')).toBe(20_000);
    expect(rotationPeriodMs('?rotate=abc')).toBe(20_000);
    expect([0, 1, 2, 3].map((i) => nextPanel(i, 3))).toEqual([1, 2, 0, 1]);
  });

  it('gives the wage chart exactly as many bars and whiskers as occupations', () => {
    const rows: WageRow[] = Array.from({ length: 8 }, (_, i) => ({
      occupation: `o${i}`,
      name: `工种${i}`,
      offered: { n: 10, p25: 150, p50: 180, p75: 210 },
      expected: i % 2 ? { n: 3, p25: 160, p50: 170, p75: 190 } : null,
    }));
    const option = wageCompareOption(rows, { expected: 'e', offered: 'o', unit: '元/天' }, 40, {
      ink: '#fff',
      grid: '#333',
      expected: '#f00',
      offered: '#00f',
    }) as { animation: boolean; series: { data: unknown[] }[]; textStyle: { fontSize: number } };
    expect(option.animation).toBe(false);
    expect(option.series.map((s) => s.data.length)).toEqual([8, 8, 4, 8]);
    expect(option.series[0]!.data).toEqual([null, 170, null, 170, null, 170, null, 170]);
    // Type follows the screen: 40 px at 4K.
    expect(option.textStyle.fontSize).toBe(40);
  });
});
