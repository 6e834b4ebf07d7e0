/** A decoded identity document, as the card-reader drivers deliver it. Knows nothing of workers or databases. */
export const cardTypes = ['resident', 'foreign-2017', 'foreign-2023', 'hmt', 'unknown'] as const;
export type CardType = (typeof cardTypes)[number];

export interface CardValidation {
  /** GB 11643 structure, date and MOD 11-2 check character. */
  checksum: boolean;
  /** Birth date in the number equals the card's birth-date field. */
  birthMatches: boolean;
  /** Sex parity of the number agrees with the card's sex field. */
  sexMatches: boolean;
  /**
   * What the three flags rest on: the full GB 11643 rules (resident, HMT, 2023 foreign cards), or only the
   * number's shape (2017 foreign cards, whose number carries no public check rule), or nothing (unknown card).
   */
  scheme?: 'gb11643' | 'structure-only' | 'none';
}

export interface IdCard {
  cardType: CardType;
  name?: string;
  englishName?: string;
  sex?: 'male' | 'female' | 'unknown' | 'unspecified';
  nation?: string;
  birthDate?: string;
  address?: string;
  idNumber?: string;
  authority?: string;
  validFrom?: string;
  validTo?: string;
  permanent?: boolean;
  passNumber?: string;
  issueCount?: string;
  nationality?: string;
  renewalCount?: string;
  validation: CardValidation;
  /** The 256-byte text block and the WLT photo, base64, kept as read. The photo is never decoded here. */
  raw?: { text: string; photo?: string };
  /** How the card arrived: the SAM verified it, or a keyboard wedge typed a number nobody verified. */
  source?: 'sam' | 'wedge';
}

export type ReaderErrorKind = 'not-id-card' | 'card-moved' | 'reader-fault' | 'reader-busy';

/** What every reader (real or virtual) emits. */
export type ReaderEvent =
  | { type: 'connected' }
  | { type: 'disconnected'; reason?: string }
  | { type: 'card'; card: IdCard }
  | { type: 'removed' }
  | { type: 'error'; kind: ReaderErrorKind; message: string };

export interface CardReader {
  readonly id: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  on(listener: (event: ReaderEvent) => void): () => void;
}
