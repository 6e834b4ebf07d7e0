import { useTranslation } from 'react-i18next';
import { call } from '../api/bridge';
import { useStation } from '../station-store';

/** The virtual reader's control: shown only when this station's cards come from the simulator. */
export function DemoReader() {
  const { t } = useTranslation();
  // Only where a virtual reader serves this terminal's role.
  const shown = useStation(
    (s) => !!s.info?.simulatedReader && s.info.readers.some((r) => r.serves === s.info?.role),
  );
  if (!shown) return null;
  return (
    <aside className="demo-reader" aria-label={t('demo.title')}>
      <span>{t('demo.title')}</span>
      <button type="button" data-testid="demo-place" onClick={() => void call('simulator.placeCard', {})}>
        {t('demo.place')}
      </button>
      <button type="button" data-testid="demo-remove" onClick={() => void call('simulator.removeCard', {})}>
        {t('demo.remove')}
      </button>
    </aside>
  );
}
