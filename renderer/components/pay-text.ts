import type { TFunction } from 'i18next';
import type { Pay } from '../../electron/api';

const num = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });

/** Pay as the posting states it: 26元/小时, 300–350元/天, 8.5元/单. */
export function payText(t: TFunction, pay: Pay): string {
  const amount = pay.amountMax
    ? `${num.format(pay.amount)}–${num.format(pay.amountMax)}`
    : num.format(pay.amount);
  return t(`jobs.pay.${pay.unit}`, { amount, label: pay.pieceLabel ?? '件' });
}
