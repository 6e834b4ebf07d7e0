import { BoothDisplayScreen } from './booth-display';
import { BoothTablet } from './booth-tablet';

/** A booth terminal: the employer's tablet, or with `?view=display` the booth's TV. */
export function BoothScreen({ display }: { display: boolean }) {
  return display ? <BoothDisplayScreen /> : <BoothTablet />;
}
