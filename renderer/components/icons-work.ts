/**
 * Drawings for every trade of the taxonomy (assets/occupations.json names them) and one for each
 * certificate, in the same 48×48 stroked style as icon.tsx: someone who reads little finds her
 * trade by its picture, and twelve certificates no longer look alike.
 */
const frame = 'M4 8 h40 v32 h-40 z';

export const workPaths: Record<string, string[]> = {
  // 家政保洁
  home: ['M6 22 l18 -14 l18 14', 'M10 20 v22 h28 v-22', 'M20 42 v-12 h8 v12'],
  baby: [
    'M24 8 a9 9 0 1 0 0.1 0',
    'M20 16 h0.1 M28 16 h0.1 M21 21 q3 2 6 0',
    'M12 44 q0 -14 12 -14 q12 0 12 14',
  ],
  child: ['M24 6 a6 6 0 1 0 0.1 0', 'M24 18 v14 M14 22 h20 M24 32 l-7 10 M24 32 l7 10'],
  drawer: ['M6 8 h36 v34 h-36 z', 'M6 20 h36 M6 31 h36', 'M20 14 h8 M20 25 h8 M20 36 h8'],
  sweeper: ['M34 4 l-12 28', 'M10 32 h24 l-4 10 h-18 z', 'M4 44 h40'],
  shirt: ['M16 6 l-10 8 l5 7 l5 -3 v24 h16 v-24 l5 3 l5 -7 l-10 -8', 'M16 6 q8 6 16 0'],
  // 搬运装卸
  sofa: ['M8 22 v-8 h32 v8', 'M4 22 h8 v8 h24 v-8 h8 v14 h-40 z', 'M8 36 v6 M40 36 v6'],
  warehouse: ['M4 18 l20 -12 l20 12 v24 h-40 z', 'M12 42 v-16 h24 v16', 'M12 32 h24'],
  // 建筑装修
  bricks: [
    'M4 12 h40 v28 h-40 z',
    'M4 21 h40 M4 31 h40',
    'M16 12 v9 M32 12 v9 M24 21 v10 M10 31 v9 M38 31 v9',
  ],
  saw: ['M6 30 l30 -20 l6 8 l-30 20 z', 'M12 38 l2 4 M18 34 l2 4 M24 30 l2 4 M30 26 l2 4', 'M36 10 l6 -4'],
  roller: ['M8 6 h28 v10 h-28 z', 'M36 11 h6 v10 h-18 v8', 'M21 29 h6 v15 h-6 z'],
  flame: [
    'M24 44 c-10 0 -14 -8 -12 -16 c2 -8 8 -10 8 -20 c8 6 14 14 14 24 c0 8 -4 12 -10 12 z',
    'M24 44 c-4 0 -5 -5 -2 -10 c2 3 5 4 5 7',
  ],
  bolt: ['M28 4 l-16 22 h12 l-4 18 l16 -24 h-12 z'],
  rebar: ['M10 6 v36 M24 6 v36 M38 6 v36', 'M4 16 h40 M4 32 h40'],
  mixer: [
    'M10 14 l24 -6 l4 18 l-24 6 z',
    'M14 32 l-4 10 h28',
    'M20 42 a3 3 0 1 0 0.1 0 M34 42 a3 3 0 1 0 0.1 0',
  ],
  scaffold: ['M8 4 v40 M40 4 v40', 'M8 14 h32 M8 28 h32 M8 42 h32', 'M8 14 l32 14 M40 14 l-32 14'],
  drop: ['M24 6 c8 12 14 18 14 26 a14 14 0 0 1 -28 0 c0 -8 6 -14 14 -26 z', 'M18 32 a6 6 0 0 0 6 6'],
  trowel: ['M6 30 l18 -18 l12 12 l-18 18 z', 'M30 18 l8 -8 M36 6 l6 6'],
  pipe: ['M4 14 h20 a10 10 0 0 1 10 10 v20', 'M4 24 h20 v20', 'M4 10 v18 M30 44 h8'],
  crane: ['M12 44 v-38 M12 6 h30 M12 6 l-8 8', 'M12 16 l10 -10', 'M36 6 v12 M32 18 h8 v6 h-8 z', 'M4 44 h16'],
  // 餐饮
  wok: ['M4 22 h32 a16 14 0 0 1 -32 0 z', 'M36 22 h8', 'M14 8 q3 5 0 9 M22 8 q3 5 0 9'],
  dumpling: ['M6 30 q18 -26 36 0 z', 'M12 26 l3 -5 M19 22 l2 -6 M27 22 l-2 -6 M34 26 l-3 -5', 'M4 34 h40'],
  knife: ['M6 38 l26 -28 q8 4 2 12 l-18 16', 'M16 38 l-6 6 M6 38 l4 6'],
  dish: ['M24 8 a16 16 0 1 0 0.1 0', 'M24 16 a8 8 0 1 0 0.1 0', 'M38 6 l-4 8 M42 10 l-8 4'],
  tray: ['M6 34 a18 18 0 0 1 36 0 z', 'M24 16 v-4 M20 12 h8', 'M4 38 h40'],
  lunchbox: ['M6 14 h36 v26 h-36 z', 'M6 24 h36 M24 24 v16', 'M16 14 v-6 h16 v6'],
  // 物流快递
  parcel: ['M6 14 l18 -8 l18 8 v22 l-18 8 l-18 -8 z', 'M6 14 l18 8 l18 -8 M24 22 v22', 'M15 10 l18 8'],
  scooter: ['M10 38 a5 5 0 1 0 0.1 0 M38 38 a5 5 0 1 0 0.1 0', 'M10 34 h20 l6 -18 h6', 'M14 34 v-12 h12 v12'],
  conveyor: [
    'M4 34 h40 a4 4 0 0 1 0 8 h-40 a4 4 0 0 1 0 -8 z',
    'M10 14 h12 v14 h-12 z M28 18 h12 v10 h-12 z',
  ],
  sort: ['M4 10 h16 v12 h-16 z', 'M28 26 h16 v12 h-16 z', 'M20 16 h8 v16', 'M24 28 l4 4 l4 -4'],
  forklift: [
    'M4 14 h16 v18 h-16 z',
    'M20 22 h6 v10',
    'M32 4 v32 h12',
    'M10 38 a4 4 0 1 0 0.1 0 M24 38 a4 4 0 1 0 0.1 0',
  ],
  // 制造普工
  gear: [
    'M24 14 a10 10 0 1 0 0.1 0',
    'M24 4 v6 M24 38 v6 M4 24 h6 M38 24 h6 M10 10 l4 4 M34 34 l4 4 M38 10 l-4 4 M10 38 l4 -4',
  ],
  package: ['M6 16 h36 v26 h-36 z', 'M4 8 h40 v8 h-40 z', 'M20 8 v8 M28 8 v8', 'M18 26 h12'],
  needle: ['M8 40 l28 -32', 'M32 10 a3 3 0 1 0 0.1 0', 'M34 8 q10 10 0 22 q-8 8 -20 4'],
  lathe: ['M4 38 h40 M8 38 v-24 h10 v24', 'M18 22 h18', 'M36 16 v12 h6 v-12 z', 'M12 44 v-6 M38 44 v-6'],
  bread: ['M8 20 q0 -12 16 -12 q16 0 16 12 v20 h-32 z', 'M16 20 l4 -6 M24 20 l4 -6 M32 20 l2 -4'],
  sausage: [
    'M10 34 c-6 -6 0 -16 10 -14 l10 2 c10 2 14 -6 10 -12 c8 4 8 18 -4 24 c-8 4 -20 6 -26 0 z',
    'M8 36 l-4 4 M40 8 l4 -4',
  ],
  mold: ['M6 10 h36 v10 h-36 z', 'M6 28 h36 v10 h-36 z', 'M18 20 v8 M30 20 v8', 'M24 4 v6'],
  // 安保
  scanner: ['M10 4 v14 M38 4 v14 M10 8 h28', 'M4 42 h40', 'M16 18 h16 v24 h-16 z', 'M20 28 h8'],
  extinguisher: ['M16 16 h14 v28 h-14 z', 'M18 16 v-6 h10 v6', 'M28 10 h10 l4 8', 'M16 28 h14'],
  parking: ['M8 6 h32 v36 h-32 z', 'M18 34 v-20 h8 a6 6 0 0 1 0 12 h-8'],
  // 养老护理
  hospital: ['M6 42 v-30 h36 v30', 'M4 42 h40', 'M24 18 v12 M18 24 h12', 'M20 42 v-6 h8 v6'],
  hands: [
    'M4 30 l10 -6 h10 a3 3 0 0 1 0 6 h-6',
    'M14 34 h16 l12 -8',
    'M4 30 v10 h28 l12 -10',
    'M24 10 a5 5 0 1 0 0.1 0',
  ],
  // 农业
  apple: [
    'M24 14 c-10 -6 -20 2 -16 16 c2 8 8 14 16 10 c8 4 14 -2 16 -10 c4 -14 -6 -22 -16 -16 z',
    'M24 14 v-8',
    'M26 8 q6 -4 10 0',
  ],
  tree: ['M24 4 l14 18 h-8 l10 12 h-32 l10 -12 h-8 z', 'M24 34 v10'],
  cow: [
    'M10 16 h28 v16 h-28 z',
    'M10 16 l-6 -8 M38 16 l6 -8',
    'M14 32 v10 M34 32 v10',
    'M18 24 h0.1 M30 24 h0.1',
  ],
  chicken: [
    'M14 24 a12 12 0 0 0 24 4 v-10 a8 8 0 0 0 -16 0 v6 z',
    'M22 10 l2 -4 l2 4',
    'M38 18 l6 2 l-6 2',
    'M24 36 v8 M30 36 v8',
  ],
  // 汽修
  motorbike: [
    'M10 34 a6 6 0 1 0 0.1 0 M38 34 a6 6 0 1 0 0.1 0',
    'M10 34 l10 -12 h10 l8 12',
    'M30 22 l-4 -8 h-6',
    'M20 22 l6 12',
  ],
  car: ['M4 30 v-8 l6 -10 h24 l8 10 v8 z', 'M8 22 h32', 'M12 34 a4 4 0 1 0 0.1 0 M36 34 a4 4 0 1 0 0.1 0'],
  tire: [
    'M24 4 a20 20 0 1 0 0.1 0',
    'M24 14 a10 10 0 1 0 0.1 0',
    'M24 4 v10 M24 34 v10 M4 24 h10 M34 24 h10',
  ],
  // 零售
  register: [
    'M6 26 h36 v16 h-36 z',
    'M10 26 l4 -14 h20 l4 14',
    'M18 6 h12 v6 h-12 z',
    'M14 34 h4 M22 34 h4 M30 34 h4',
  ],
  shelf: ['M6 4 v40 M42 4 v40', 'M6 16 h36 M6 30 h36 M6 44 h36', 'M12 16 v-6 h6 v6 M26 30 v-8 h8 v8'],
  megaphone: ['M6 18 h8 l22 -10 v32 l-22 -10 h-8 z', 'M14 30 l4 12 h6 l-4 -12', 'M40 20 h6 M40 28 h6'],
  // 美容美发
  lipstick: ['M18 44 v-20 h12 v20 z', 'M20 24 v-10 l8 -8 v18', 'M18 32 h12'],
  // 文员客服
  headset: [
    'M8 28 v-4 a16 16 0 0 1 32 0 v4',
    'M4 28 h8 v12 h-8 z M36 28 h8 v12 h-8 z',
    'M40 40 q0 6 -12 6 h-4',
  ],

  close: ['M14 14 l20 20 M34 14 l-20 20'],

  // 证书: a card with what it licenses drawn on it, so each looks like itself.
  'cert-health': [frame, 'M24 14 v20 M14 24 h20'],
  'cert-c1': [frame, 'M12 30 v-5 l4 -7 h16 l4 7 v5 z', 'M17 33 h0.1 M31 33 h0.1'],
  'cert-b2': [frame, 'M10 14 h28 v18 h-28 z', 'M10 22 h28', 'M15 35 h0.1 M33 35 h0.1'],
  'cert-a2': [frame, 'M8 16 h20 v14 h-20 z', 'M28 20 h7 l5 6 v4 h-12', 'M13 34 h0.1 M35 34 h0.1'],
  'cert-electric': [frame, 'M27 12 l-8 12 h8 l-6 12'],
  'cert-weld': [frame, 'M24 34 c-6 0 -8 -5 -6 -10 c1 -4 4 -6 4 -12 c5 4 8 8 8 14 c0 5 -2 8 -6 8 z'],
  'cert-forklift': [frame, 'M10 18 h10 v12 h-10 z', 'M28 12 v20 h10', 'M20 24 h8'],
  'cert-guard': [frame, 'M24 12 l10 4 v7 c0 6 -4 10 -10 13 c-6 -3 -10 -7 -10 -13 v-7 z'],
  'cert-nanny': [frame, 'M24 14 a6 6 0 1 0 0.1 0', 'M14 36 q0 -8 10 -8 q10 0 10 8'],
  'cert-height': [frame, 'M16 36 v-24 M30 36 v-24', 'M16 18 h14 M16 26 h14 M16 34 h14'],
  'cert-tower': [frame, 'M16 36 v-24 h20 M16 12 l-6 6', 'M32 12 v10 M29 22 h6 v4 h-6 z'],
  'cert-fire': [frame, 'M20 18 h8 v18 h-8 z', 'M21 18 v-4 h6 v4', 'M27 14 h6 l3 4'],
};
