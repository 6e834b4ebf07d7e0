/**
 * A person registered at another terminal of the hall, as the hub learned from its
 * worker.registered event (by idHash; the hub never holds their clear ID number from that event).
 */
export interface HallWorker {
  workerId: string;
  shareWithEmployers: boolean;
  registeredAt: string;
}

export interface HallWorkersRepository {
  byHash(idHash: string): HallWorker | undefined;
  /** The worker has been erased: the hall forgets them too. */
  forget(workerId: string): void;
}
