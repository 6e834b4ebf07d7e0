import type { ReferralStatus } from '../../api';

/**
 * applied → referred → interviewed → hired / not hired / no-show. A referral letter may lead straight
 * to a hire (day labour rarely interviews); a settled referral does not move again.
 */
const next: Record<ReferralStatus, ReferralStatus[]> = {
  applied: ['referred', 'not-hired', 'no-show'],
  referred: ['interviewed', 'hired', 'not-hired', 'no-show'],
  interviewed: ['hired', 'not-hired', 'no-show'],
  hired: [],
  'not-hired': [],
  'no-show': [],
};

export const statusLabel: Record<ReferralStatus, string> = {
  applied: '已报名',
  referred: '已推荐',
  interviewed: '已面试',
  hired: '已录用',
  'not-hired': '未录用',
  'no-show': '爽约',
};

export const nextStatuses = (s: ReferralStatus): ReferralStatus[] => next[s];

export type TransitionCheck = { ok: true } | { ok: false; message: string };

export function checkTransition(
  from: ReferralStatus,
  to: ReferralStatus,
  side: 'worker' | 'employer' | undefined,
  reason: string,
): TransitionCheck {
  if (!next[from].includes(to))
    return { ok: false, message: `推荐状态不能从“${statusLabel[from]}”改为“${statusLabel[to]}”` };
  if (to === 'no-show' && !side) return { ok: false, message: '爽约要注明是求职者还是用人单位' };
  if ((to === 'not-hired' || to === 'no-show') && !reason.trim()) return { ok: false, message: '请写明原因' };
  return { ok: true };
}
