import type { StationInfo } from '../electron/api';

export type ScreenKind = 'kiosk' | 'desk' | 'booth-tablet' | 'booth-display' | 'hall';

/**
 * Which screen a page shows. A booth token shows the employer's tablet, or the booth's TV when the
 * page asks for the display view; a screen token paired to a booth is that booth's TV (it can record
 * nothing); any other screen token is the hall's big screen.
 */
export function screenKind(info: Pick<StationInfo, 'role' | 'booth'>, view: string | null): ScreenKind {
  switch (info.role) {
    case 'kiosk':
      return 'kiosk';
    case 'desk':
    case 'admin':
      return 'desk';
    case 'booth':
      return view === 'display' ? 'booth-display' : 'booth-tablet';
    case 'screen':
      return info.booth !== null ? 'booth-display' : 'hall';
  }
}
