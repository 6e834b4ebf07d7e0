import type { KeyGroup } from '../../contract/desk';
import type { CardType, Sex } from '../../schema/worker';
import type { HallWorker } from './hall-workers';

/** A registration as stored: only what the station needs (no address, no photo). */
export interface NewWorkerRecord {
  id: string;
  /** HMAC of the ID number under the hall's secret: how terminals of one hall recognise a person. */
  idHash: string;
  idNumber: string;
  name: string;
  sex: Sex;
  birthDate: string | null;
  nation: string | null;
  cardType: CardType;
  shareWithEmployers: boolean;
  /** Employers who may see the worker see their phone too (a tick box of its own); absent is a no. */
  phoneToEmployers?: boolean;
  /** ISO instant of registration: also the consent and the first sighting. */
  at: string;
}

/** A worker as the desk's list shows them, before masking. */
export interface WorkerListing {
  id: string;
  name: string;
  /** Already masked for a person whose card was read at another terminal (masking it again keeps it). */
  idNumber: string;
  sex: Sex;
  birthDate: string | null;
  cardType: CardType;
  verified: boolean;
  registeredAt: string;
  lastSeenAt: string;
}

/** What matching and the kiosk need to know of a worker besides the wizard's answers. */
export interface WorkerFacts {
  name: string;
  phone: string | null;
  birthDate: string | null;
  /** Key groups staff confirmed at the desk (they open 公益性岗位 in matching). */
  keyGroups: KeyGroup[];
}

export interface WorkersRepository {
  /** The worker registered here with this identity hash. */
  byHash(idHash: string): { id: string; name: string } | undefined;
  /** The same worker as the hall's lookup answers for them. */
  registrationByHash(idHash: string): HallWorker | undefined;
  idHashOf(workerId: string): string | undefined;
  /** Every worker's clear ID number, to hash them again under a new hall secret. */
  idNumbers(): { id: string; idNumber: string }[];
  setIdHash(workerId: string, idHash: string): void;
  exists(workerId: string): boolean;
  /** The name as on the card: for masking, never shown as is to a stranger. */
  nameOf(workerId: string): string | undefined;
  /** Stored as read from a chip: verified. */
  insert(worker: NewWorkerRecord): void;
  count(): number;
  /**
   * One page of workers, most recently seen first; `q` matches a name fragment, the last four of
   * the ID number, or a phone fragment.
   */
  page(q: string | undefined, limit: number, offset: number): { total: number; items: WorkerListing[] };
  /** The worker came in at this ISO instant. */
  seen(workerId: string, at: string): void;
  isUnverified(workerId: string): boolean;
  /** Its chip has been read: a record typed in by hand becomes verified. */
  verify(workerId: string): void;
  /** Staff typed the number, nobody read a chip: unverified, with the phone given, profile 'manual'. */
  markTypedByHand(workerId: string, phone: string | null): void;
  /** The number the desk searches by; null clears it. */
  setPhone(workerId: string, phone: string | null): void;
  /** Whether booths may see the worker (their consent, as given at the kiosk or changed at the desk). */
  setShareWithEmployers(workerId: string, share: boolean): void;
  /** Whether those booths see the worker's phone too (a consent of its own, given or taken back). */
  setPhoneToEmployers(workerId: string, phone: boolean): void;
  /** Workers not seen since this ISO instant: due for erasure under retention. */
  lastSeenBefore(cutoff: string): string[];
  facts(workerId: string): WorkerFacts | undefined;
  /** The worker's row (its visits go first: they reference it); rows of the desk's tables cascade. */
  erase(workerId: string): void;
}
