import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../electron/api';
import { needsPairing } from './api/bridge';
import { subscribe } from './api/subscriptions';
import { BoothScreen } from './booth/booth-screen';
import { DeskScreen } from './desk/desk-screen';
import { KioskScreen } from './kiosk/kiosk-screen';
import { PairingScreen } from './pairing/pairing-screen';
import { BigScreen } from './screen/big-screen';
import { useStation } from './station-store';

/** One app, four screens: the role comes from the station (the window's or the terminal token's role). */
export function App() {
  return needsPairing() ? <PairingScreen /> : <StationApp />;
}

function StationApp() {
  const { t } = useTranslation();
  const info = useStation((s) => s.info);
  const online = useStation((s) => s.online);
  const load = useStation((s) => s.load);

  useEffect(() => {
    void load().catch(() => useStation.getState().setOnline(false));
  }, [load]);

  const role: Role | undefined = info?.role;
  useEffect(() => (role ? subscribe(role) : undefined), [role]);

  if (!info) return <p className="loading">{online ? t('app.connecting') : t('errors.unavailable')}</p>;
  switch (info.role) {
    case 'kiosk':
      return <KioskScreen />;
    case 'desk':
    case 'admin':
      return <DeskScreen />;
    case 'booth':
      return <BoothScreen />;
    case 'screen':
      return <BigScreen />;
  }
}
