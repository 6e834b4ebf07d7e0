import type { Resources } from './zh-CN';

/**
 * What a kiosk language must translate: the kiosk and the shared words it shows. Typed against the
 * Chinese resources, so a key missing in Korean or English fails the type-check.
 */
export type KioskLocale = Pick<Resources, 'app' | 'kiosk' | 'jobs' | 'demo' | 'errors'>;
