import type { MarketFigures, WageBoard } from '../../api';

/**
 * The wage comparison on the hall's screen: occupations with postings, those where seekers' wishes
 * are known too first, then by number of postings. An expectation is shown only with at least
 * `minSeekers` people behind it, so no bar is ever one person's wish.
 */
export function wageBoard(figures: MarketFigures, limit: number, minSeekers = 3): WageBoard {
  const occupations = figures.occupations
    .filter((o) => o.offered !== null)
    .map((o) => ({
      occupation: o.occupation,
      name: o.name,
      offered: o.offered!,
      expected: o.expected && o.expected.n >= minSeekers ? o.expected : null,
    }))
    .sort((a, b) => Number(b.expected !== null) - Number(a.expected !== null) || b.offered.n - a.offered.n)
    .slice(0, limit);
  return { asOf: figures.asOf, basis: figures.basis, occupations };
}
