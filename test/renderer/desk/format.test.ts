import { afterEach, describe, expect, it } from 'vitest';
import type { StationInfo } from '../../../electron/api';
import { clock, today, when } from '../../../renderer/desk/format';
import { useStation } from '../../../renderer/station-store';

const info = (timeZone: string): StationInfo => ({
  stationName: '长春市二道区零工驿站',
  role: 'desk',
  version: '0',
  mode: 'standalone',
  simulatedReader: true,
  wedgeReader: false,
  readers: [],
  jobs: 0,
  protection: 'none',
  booth: null,
  timeZone,
});

afterEach(() => useStation.setState({ info: undefined }));

describe("the desk's days and times", () => {
  it("are the station's, whatever zone the desk PC is set to", () => {
    useStation.setState({ info: info('Asia/Shanghai') });
    const morning = '2026-03-01T23:30:00Z';
    expect(today(new Date(morning))).toBe('2026-03-02');
    expect(clock(morning)).toBe('07:30');
    expect(when(morning)).toBe('03/02 07:30');

    useStation.setState({ info: info('America/New_York') });
    expect(today(new Date(morning))).toBe('2026-03-01');
    expect(clock(morning)).toBe('18:30');
  });
});
