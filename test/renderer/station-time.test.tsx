// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CandidateView, Job, StationInfo } from '../../electron/api';
import { PersonCard } from '../../renderer/booth/person-card';
import { Clock } from '../../renderer/components/clock';
import { msUntilNightly } from '../../renderer/components/nightly-reload';
import { OfflineBanner } from '../../renderer/components/offline-banner';
import '../../renderer/i18n';
import { freshness } from '../../renderer/kiosk/job-view';
import { useStation } from '../../renderer/station-store';

/**
 * Every screen shows the hall's own clock (station.info's timeZone), whatever zone the TV box, tablet
 * or kiosk PC is set to. These run again with the host on UTC and on New York time.
 */
const info = (timeZone: string): StationInfo => ({
  stationName: '长春市二道区零工驿站',
  role: 'screen',
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

const HOUR = 3_600_000;
// 07:30 on 2 March in Beijing; still 1 March in London and New York.
const beijingMorning = '2026-03-01T23:30:00Z';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  useStation.setState({ info: undefined, online: true, lastUpdate: undefined });
});

describe("the hall's clock", () => {
  it("reads the station's time", () => {
    useStation.setState({ info: info('Asia/Shanghai') });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(beijingMorning));
    expect(render(<Clock />).container.textContent).toBe('07:30');
  });

  it("says when the data was last fresh in the station's time while offline", () => {
    useStation.setState({ info: info('Asia/Shanghai'), online: false, lastUpdate: new Date(beijingMorning) });
    expect(render(<OfflineBanner />).container.textContent).toContain('数据更新于 07:30');
  });
});

describe("a screen's nightly reload", () => {
  it("comes at 03:30 station time, spread over the hall's screens", () => {
    const beijingEvening = new Date('2026-11-21T14:00:00Z'); // 22:00 in Beijing
    expect(msUntilNightly(beijingEvening, 0, 'Asia/Shanghai')).toBe(5.5 * HOUR);
    expect(msUntilNightly(beijingEvening, 600_000, 'Asia/Shanghai')).toBe(5.5 * HOUR + 600_000);
    const justAfter = new Date('2026-11-21T19:30:05Z'); // 03:30:05 in Beijing
    expect(msUntilNightly(justAfter, 0, 'Asia/Shanghai')).toBe(24 * HOUR - 5000);
  });

  it('counts the hour a zone skips: 23:00 to 03:30 is 3½ hours on the night New York springs forward', () => {
    expect(msUntilNightly(new Date('2026-03-08T04:00:00Z'), 0, 'America/New_York')).toBe(3.5 * HOUR);
  });
});

describe("a kiosk job's freshness", () => {
  const job = (at: string): Job => ({
    id: 'hall-1',
    title: '商场保洁员',
    occupation: '4-09-08-02',
    employer: { id: 'e', name: '某公司', agency: false },
    district: '二道区',
    address: '',
    pay: { amount: 180, unit: 'day' },
    settlement: 'daily',
    schedule: 'day',
    headcount: 2,
    filled: 0,
    startDate: '2026-03-02',
    validThrough: '2026-03-31',
    certificates: [],
    publicWelfare: false,
    description: '',
    status: 'open',
    postedAt: at,
    updatedAt: at,
    source: 'hall',
  });
  const tenAm = new Date('2026-03-02T02:00:00Z'); // 10:00 in Beijing

  it("shows only the time for a posting updated on the station's today", () => {
    expect(freshness(job(beijingMorning), 'zh-CN', tenAm, 'Asia/Shanghai')).toEqual({
      when: '07:30',
      verified: false,
    });
    // Half past midnight is 00:30 in every language, never 24:30.
    expect(freshness(job('2026-03-01T16:30:00Z'), 'en', tenAm, 'Asia/Shanghai').when).toBe('00:30');
  });

  it("adds the station's date for an older one", () => {
    expect(freshness(job('2026-02-28T23:30:00Z'), 'zh-CN', tenAm, 'Asia/Shanghai').when).toBe('3/1 07:30');
  });
});

describe("a booth's candidate", () => {
  it("was called at the station's time", () => {
    useStation.setState({ info: info('Asia/Shanghai') });
    const person: CandidateView = {
      workerId: 'w1',
      maskedName: '王**',
      age: 50,
      occupations: [],
      certificates: [],
      expectedDailyPay: null,
      phone: null,
      applied: [],
      fits: [],
      outcome: null,
      calledAt: beijingMorning,
      present: false,
      inHallToday: false,
    };
    const card = render(<PersonCard person={person} onCall={() => {}} onRecord={() => {}} />);
    expect(card.container.textContent).toContain('已呼叫 07:30');
  });
});
