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
  readers: ReaderStatus[];
  jobs: number;
  /**
   * How the data at rest is protected: 'os' when an OS keystore guards the key, 'weak' when the key
   * sits in a file beside the data (hub, Linux without a keyring), 'none' for an in-memory station.
   */
  protection: 'os' | 'weak' | 'none';
}

export interface TodayStats {
  date: string;
  registrations: number;
  returningVisits: number;
  openJobs: number;
}

export const stationMethods = {
  'station.info': method<StationInfo>()({ input: empty, roles: everyone }),
  'stats.today': method<TodayStats>()({ input: empty, roles: everyone }),
};

export const stationEvents = {
  'reader.status': event<ReaderStatus>()({ roles: cardTerminals }),
  'stats.changed': event<TodayStats>()({ roles: everyone }),
};
