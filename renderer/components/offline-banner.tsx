import { useTranslation } from 'react-i18next';
import { useStation } from '../station-store';

const hhmm = (d: Date) =>
  `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

/** "离线 · 数据更新于 HH:MM" while the hub is out of reach; the screen keeps showing what it had. */
export function OfflineBanner() {
  const { t } = useTranslation();
  const online = useStation((s) => s.online);
  const lastUpdate = useStation((s) => s.lastUpdate);
  if (online) return null;
  return (
    <p className="offline-banner" role="status" data-testid="offline">
      {t('app.offline', { time: lastUpdate ? hhmm(lastUpdate) : '—' })}
    </p>
  );
}
