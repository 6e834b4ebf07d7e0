/**
 * Certificates as people say them (健康证明, C照, 保安证) reduced to the catalogue's names, the
 * one rule a licence ladder needs (a higher driving licence covers a lower one), and the trades the
 * law closes to anyone without a certificate, whatever a posting says (`requiredByLaw` in
 * assets/occupations.json, each with the law it comes from).
 */
import type { TaxonomyData } from './taxonomy';

export interface CertificateBook {
  /** The catalogue name for what a person or a posting wrote; unknown names pass through trimmed. */
  canonical(name: string): string;
  /** Every requirement is met by something held. Returns the first one that is not. */
  firstMissing(required: readonly string[], held: ReadonlySet<string>): string | undefined;
  /** Canonical names of a list of held certificates, plus what they cover. */
  holdings(held: readonly string[]): Set<string>;
  /** The first certificate a job needs that is not held: the posting's own, then the law's for its trade. */
  missingFor(
    job: { occupation: string; certificates: readonly string[] },
    held: ReadonlySet<string>,
  ): string | undefined;
  /** Certificates the law requires of anyone working in this occupation (canonical names). */
  requiredByLaw(occupation: string): readonly string[];
  /** Occupations the law closes to someone holding these (the result of holdings()). */
  barredFrom(held: ReadonlySet<string>): Set<string>;
}

const NONE: readonly string[] = [];

const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

export function createCertificateBook(catalogue: TaxonomyData['certificates']): CertificateBook {
  const alias = new Map<string, string>();
  const coveredBy = new Map<string, string[]>();
  for (const c of catalogue) {
    alias.set(squash(c.name), c.name);
    for (const a of c.aliases) alias.set(squash(a), c.name);
  }
  const canonical = (name: string) => alias.get(squash(name)) ?? name.normalize('NFKC').trim();
  for (const c of catalogue)
    for (const higher of c.satisfiedBy ?? []) {
      const h = canonical(higher);
      coveredBy.set(h, [...(coveredBy.get(h) ?? []), c.name]);
    }
  const holdings = (held: readonly string[]) => {
    const out = new Set<string>();
    const add = (name: string) => {
      if (out.has(name)) return;
      out.add(name);
      for (const lower of coveredBy.get(name) ?? []) add(lower);
    };
    for (const h of held) add(canonical(h));
    return out;
  };
  const byLaw = new Map<string, string[]>();
  for (const c of catalogue)
    for (const o of c.requiredByLaw?.occupations ?? []) byLaw.set(o, [...(byLaw.get(o) ?? []), c.name]);
  const barredFrom = (held: ReadonlySet<string>) => {
    const out = new Set<string>();
    for (const [o, need] of byLaw) if (need.some((c) => !held.has(c))) out.add(o);
    return out;
  };
  return {
    canonical,
    holdings,
    requiredByLaw: (o) => byLaw.get(o) ?? NONE,
    barredFrom,
    firstMissing: (required, held) => required.find((r) => !held.has(canonical(r))),
    missingFor: (job, held) =>
      job.certificates.find((r) => !held.has(canonical(r))) ??
      byLaw.get(job.occupation)?.find((c) => !held.has(c)),
  };
}
