import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult, MethodName, StationBridge, TodayStats } from '../../../electron/api';
import { setBridge } from '../../../renderer/api/bridge';
import { useStation } from '../../../renderer/station-store';

const stats = (registrations: number) => ({ registrations }) as unknown as TodayStats;

afterEach(() => setBridge(undefined));

describe('today’s figures on a screen that comes back', () => {
  it('keep a change pushed while the reload was under way, not the older answer the reload brings', async () => {
    // The reload asks for the figures; before the answer arrives, a registration is pushed.
    let answer!: (v: unknown) => void;
    const bridge: StationBridge = {
      role: 'screen',
      on: () => () => undefined,
      call<M extends MethodName>(method: M) {
        if (method === 'station.info')
          return Promise.resolve({ ok: true, value: { timeZone: 'Asia/Shanghai' } } as ApiResult<never>);
        return new Promise((resolve) => {
          answer = (v) => resolve({ ok: true, value: v } as ApiResult<never>);
        });
      },
    };
    setBridge(bridge);
    const reload = useStation.getState().load();
    useStation.getState().setStats(stats(1));
    answer(stats(0)); // read before the registration committed
    await reload;
    expect(useStation.getState().stats).toEqual(stats(1));
  });
});
