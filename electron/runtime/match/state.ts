/** The in-memory index the engine keeps and the query modules (search, match, market) read. */
import type { CertificateBook } from './certificates';
import type { IndexedJob } from './indexed-job';
import type { PinyinVocabulary } from './pinyin';
import type { TextIndex } from './search-index';
import type { Taxonomy } from './taxonomy';
import type { EmployerRecordLookup } from './worker';

/** Buckets for the words a query uses as facets rather than text. */
export type Facet = 'daily' | 'short' | 'long';

export interface EngineState {
  taxonomy: Taxonomy;
  certs: CertificateBook;
  /** Slot → job; holes (undefined) are reused by the next insert. */
  slots: (IndexedJob | undefined)[];
  byOccupation: Map<string, Set<number>>;
  byDistrict: Map<string, Set<number>>;
  byFacet: Map<Facet, Set<number>>;
  text: TextIndex;
  vocab: PinyinVocabulary;
  /** Query words that name a district (南关区, 南关) → district name. */
  districtTerms: Map<string, string>;
  employerRecord: EmployerRecordLookup;
  nowMs(): number;
  /** Postings nobody has confirmed or updated since this instant are hidden as stale. */
  staleBeforeMs(nowMs: number): number;
}
