import type { PayUnit } from '../../electron/api';

/** The order pay units are offered in: the way day labour is usually quoted first. */
export const payUnitsShown: PayUnit[] = ['day', 'hour', 'month', 'week', 'piece'];
