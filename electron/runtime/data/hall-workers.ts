/**
 * A person registered at another terminal of the hall, as the hub learned from its
 * worker.registered event (by idHash; the hub never holds their clear ID number from that event).
 */
export interface HallWorker {
  workerId: string;
  shareWithEmployers: boolean;
  registeredAt: string;
}

/** What the hub keeps of another terminal's registration: who, whether shown, and where. */
export interface HallRegistration extends HallWorker {
  idHash: string;
  terminal: string;
}

export interface HallWorkersRepository {
  byHash(idHash: string): HallWorker | undefined;
  /** The first registration of a person in the hall wins: a later one for the same hash is ignored. */
  remember(registration: HallRegistration): void;
  /** The worker has been erased: the hall forgets them too. */
  forget(workerId: string): void;
  /** The hall's secret changed: hashes learned under the old one match nobody now. */
  forgetAll(): void;
}
