import type { MarketFigures, WageBoard } from '../../api';
import { seekerFigures } from '../match/market';

/**
 * The wage comparison on the hall's screen: occupations with postings, those where seekers' wishes
 * are known too first, then by number of postings. Each trade's offered figures are its own band
 * (market.ts `marketBand`, as the kiosk shows it); its seekers' are those of the last
 * `seekerFigures.windowDays`, shown only with `seekerFigures.minGroup` people behind them, so no bar
 * is ever one person's wish. The screen says both.
 */
export function wageBoard(figures: MarketFigures, limit: number): WageBoard {
  const occupations = figures.occupations
    .filter((o) => o.offered !== null)
    .map((o) => ({ occupation: o.occupation, name: o.name, offered: o.offered!, expected: o.expected }))
    .sort((a, b) => Number(b.expected !== null) - Number(a.expected !== null) || b.offered.n - a.offered.n)
    .slice(0, limit);
  return {
    asOf: figures.asOf,
    basis: figures.basis,
    seekers: { windowDays: seekerFigures.windowDays, minGroup: seekerFigures.minGroup },
    occupations,
  };
}
