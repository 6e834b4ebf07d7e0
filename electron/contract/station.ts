import { empty, event, everyone, method, type Role, cardTerminals } from './define';

export interface ReaderStatus {
  id: string;
  serves: Role;
  state: 'connected' | 'disconnected' | 'error';
  detail?: string;
}

export interface StationInfo {
  stationName: string;
  role: Role;
  version: string;
  /** 'standalone' on the embedded default, 'hub' or 'terminal' when syncing. */
  mode: 'standalone' | 'hub' | 'terminal';
  /** True when cards come from the virtual reader (dev, demos): the UI shows the demo control. */
  simulatedReader: boolean;
  /**
   * A keyboard-wedge reader serves this screen: the page listens for the number it types
   * (drivers/wedge/burst-detector.ts) and hands it over with card.typed.
   */
  wedgeReader: boolean;
  readers: ReaderStatus[];
  jobs: number;
  /**
   * How the data at rest is protected: 'os' when an OS keystore guards the key, 'weak' when the key
   * sits in a file beside the data (hub, Linux without a keyring), 'none' for an in-memory station.
   */
  protection: 'os' | 'weak' | 'none';
  /** The booth this terminal is paired to (a booth tablet, or a screen showing one booth), else null. */
  booth: number | null;
  /** The station's IANA time zone: the days staff see and pick are calendar days there. */
  timeZone: string;
}

export interface TodayStats {
  date: string;
  registrations: number;
  returningVisits: number;
  openJobs: number;
  /** People recorded as placed today (reports' 就业人数 for the day). */
  placements: number;
  /** People who completed the 1131 service with a service today (reports' 完成1131服务人数). */
  completions1131: number;
}

export const stationMethods = {
  'station.info': method<StationInfo>()({ input: empty, roles: everyone }),
  'stats.today': method<TodayStats>()({ input: empty, roles: everyone }),
};

export const stationEvents = {
  'reader.status': event<ReaderStatus>()({ roles: cardTerminals }),
  'stats.changed': event<TodayStats>()({ roles: everyone }),
};
