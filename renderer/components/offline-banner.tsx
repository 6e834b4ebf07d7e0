import { useTranslation } from 'react-i18next';
import { timeIn } from '../shared/station-day';
import { useStation } from '../station-store';

/** "离线 · 数据更新于 HH:MM" while the hub is out of reach; the screen keeps showing what it had. */
export function OfflineBanner() {
  const { t } = useTranslation();
  const online = useStation((s) => s.online);
  const lastUpdate = useStation((s) => s.lastUpdate);
  const timeZone = useStation((s) => s.info?.timeZone);
  if (online) return null;
  return (
    <p className="offline-banner" role="status" data-testid="offline">
      {t('app.offline', { time: lastUpdate ? timeIn(lastUpdate, timeZone) : '—' })}
    </p>
  );
}
