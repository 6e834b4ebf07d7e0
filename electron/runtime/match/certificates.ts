/**
 * Certificates as people say them (健康证明, C照, 保安证) reduced to the catalogue's names, and the
 * one rule a licence ladder needs: a higher driving licence covers a lower one.
 */
import type { TaxonomyData } from './taxonomy';

export interface CertificateBook {
  /** The catalogue name for what a person or a posting wrote; unknown names pass through trimmed. */
  canonical(name: string): string;
  /** Every requirement is met by something held. Returns the first one that is not. */
  firstMissing(required: readonly string[], held: ReadonlySet<string>): string | undefined;
  /** Canonical names of a list of held certificates, plus what they cover. */
  holdings(held: readonly string[]): Set<string>;
}

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
  return {
    canonical,
    holdings,
    firstMissing: (required, held) => required.find((r) => !held.has(canonical(r))),
  };
}
