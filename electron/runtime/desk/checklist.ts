import type { Checklist, ServiceKind } from '../../api';

/**
 * The 1131 service standard (人社部 public employment services): at least 1 policy briefing,
 * 1 career guidance, 3 job referrals and 1 training or internship opportunity per registered seeker.
 */
export const REQUIRED = { policy: 1, guidance: 1, referral: 3, trainingOrInternship: 1 } as const;

export function checklistOf(kinds: readonly ServiceKind[]): Checklist {
  const count = (...k: ServiceKind[]) => kinds.filter((x) => k.includes(x)).length;
  const items = {
    policy: { done: count('policy'), required: REQUIRED.policy },
    guidance: { done: count('guidance'), required: REQUIRED.guidance },
    referral: { done: count('referral'), required: REQUIRED.referral },
    trainingOrInternship: { done: count('training', 'internship'), required: REQUIRED.trainingOrInternship },
  };
  const missing = (Object.keys(items) as (keyof typeof items)[]).filter(
    (k) => items[k].done < items[k].required,
  );
  return { ...items, complete: missing.length === 0, missing };
}
