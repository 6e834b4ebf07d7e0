import { workPaths } from './icons-work';

/**
 * Line icons drawn for the kiosk (no icon font: the kiosk must render offline and identically on every
 * terminal). 48×48, stroked in the current colour, so contrast modes recolour them for free.
 */
const paths: Record<string, string[]> = {
  broom: ['M30 6 L20 26', 'M12 26 h16 l4 16 h-24 z', 'M16 32 v8 M22 32 v8 M28 32 v8'],
  boxes: ['M6 24 h16 v18 h-16 z', 'M26 24 h16 v18 h-16 z', 'M16 6 h16 v18 h-16 z'],
  helmet: ['M8 32 a16 16 0 0 1 32 0', 'M4 32 h40 v6 h-40 z', 'M24 16 v-6'],
  bowl: ['M6 24 h36 a18 16 0 0 1 -36 0 z', 'M16 6 q4 6 0 12 M24 6 q4 6 0 12 M32 6 q4 6 0 12'],
  truck: [
    'M4 12 h24 v22 h-24 z',
    'M28 20 h9 l7 8 v6 h-16 z',
    'M12 38 a4 4 0 1 0 0.1 0 M36 38 a4 4 0 1 0 0.1 0',
  ],
  factory: ['M4 42 v-20 l10 6 v-6 l10 6 v-6 l10 6 v-20 h8 v34 z', 'M12 34 h4 M22 34 h4 M32 34 h4'],
  shield: ['M24 4 l16 6 v12 c0 10 -7 18 -16 22 c-9 -4 -16 -12 -16 -22 v-12 z', 'M17 24 l5 5 l9 -10'],
  heart: ['M24 40 c-22 -14 -16 -32 0 -24 c16 -8 22 10 0 24 z'],
  sprout: [
    'M24 44 v-22',
    'M24 24 c0 -10 -8 -14 -16 -14 c0 10 8 14 16 14 z',
    'M24 20 c0 -8 6 -12 14 -12 c0 8 -6 12 -14 12 z',
  ],
  wrench: ['M28 8 a10 10 0 0 0 10 14 l-18 18 a4 4 0 0 1 -6 -6 l18 -18 a10 10 0 0 0 -4 -8 z'],
  cart: ['M4 8 h6 l6 24 h22 l4 -16 h-30', 'M18 40 a3 3 0 1 0 0.1 0 M34 40 a3 3 0 1 0 0.1 0'],
  bed: ['M4 38 v-24 M4 30 h40 v8 M44 30 v-6 a6 6 0 0 0 -6 -6 h-18 v12', 'M10 24 a4 4 0 1 0 0.1 0'],
  scissors: ['M12 36 a6 6 0 1 0 0.1 0 M36 36 a6 6 0 1 0 0.1 0', 'M16 32 l20 -26 M32 32 l-20 -26'],
  desk: ['M4 28 h40 M8 28 v14 M40 28 v14', 'M14 6 h20 v14 h-20 z M24 20 v8'],
  phone: ['M14 4 h20 v40 h-20 z', 'M22 38 h4'],
  coin: ['M24 6 a18 18 0 1 0 0.1 0', 'M17 14 l7 9 l7 -9 M16 25 h16 M16 31 h16 M24 23 v14'],
  clock: ['M24 6 a18 18 0 1 0 0.1 0', 'M24 12 v12 l8 6'],
  pin: ['M24 44 c-10 -12 -14 -19 -14 -26 a14 14 0 0 1 28 0 c0 7 -4 14 -14 26 z', 'M24 13 a5 5 0 1 0 0.1 0'],
  certificate: [
    'M6 8 h36 v26 h-36 z',
    'M12 16 h24 M12 22 h16',
    'M32 30 a5 5 0 1 0 0.1 0 M30 38 l-2 8 l5 -3 l5 3 l-2 -8',
  ],
  speaker: ['M6 18 h8 l10 -8 v28 l-10 -8 h-8 z', 'M30 16 q6 8 0 16 M35 11 q10 13 0 26'],
  contrast: ['M24 6 a18 18 0 1 0 0.1 0', 'M24 6 v36 a18 18 0 0 0 0 -36 z'],
  text: ['M6 38 l10 -28 l10 28 M9 29 h14', 'M30 38 l6 -16 l6 16 M32 33 h8'],
  bell: ['M12 34 v-12 a12 12 0 0 1 24 0 v12 l4 4 h-32 z', 'M20 42 h8'],
  check: ['M8 25 l10 10 l22 -22'],
  search: ['M20 6 a14 14 0 1 0 0.1 0', 'M30 30 l12 12'],
  keyboard: ['M4 12 h40 v24 h-40 z', 'M10 19 h4 M18 19 h4 M26 19 h4 M34 19 h4 M12 28 h24'],
  card: ['M4 10 h40 v28 h-40 z', 'M10 18 h12 M10 24 h12 M10 30 h8', 'M34 22 a5 5 0 1 0 0.1 0'],
  qr: [
    'M6 6 h14 v14 h-14 z M28 6 h14 v14 h-14 z M6 28 h14 v14 h-14 z',
    'M28 28 h6 v6 h-6 z M36 36 h6 v6 h-6 z',
  ],
  back: ['M28 8 l-16 16 l16 16'],
  plus: ['M24 8 v32 M8 24 h32'],
  minus: ['M8 24 h32'],
  globe: ['M24 6 a18 18 0 1 0 0.1 0', 'M6 24 h36 M24 6 c-10 10 -10 26 0 36 c10 -10 10 -26 0 -36'],
  exit: ['M20 6 h-14 v36 h14', 'M18 24 h24 M34 16 l8 8 l-8 8'],
  person: ['M24 6 a8 8 0 1 0 0.1 0', 'M8 44 c0 -10 7 -16 16 -16 c9 0 16 6 16 16'],
  ticket: ['M4 14 h40 v6 a4 4 0 0 0 0 8 v6 h-40 v-6 a4 4 0 0 0 0 -8 z', 'M30 14 v20'],
  printer: ['M12 18 v-12 h24 v12', 'M6 18 h36 v16 h-36 z', 'M12 28 h24 v14 h-24 z'],
  calendar: ['M6 10 h36 v32 h-36 z', 'M6 18 h36 M14 6 v8 M34 6 v8'],
};

/** Whether a name has a drawing of its own (an unknown one falls back to the generic certificate). */
export const hasIcon = (name: string) => name in paths || name in workPaths;

export function Icon({ name, size = 48 }: { name: string; size?: number }) {
  const d = paths[name] ?? workPaths[name] ?? paths.certificate!;
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 48 48"
      fill="none"
      stroke="currentColor"
      strokeWidth={3}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {d.map((p) => (
        <path key={p} d={p} />
      ))}
    </svg>
  );
}
