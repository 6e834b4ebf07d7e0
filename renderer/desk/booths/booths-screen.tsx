import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoothAssignments } from '../booth-assignments-store';
import { useBoothPairing } from '../booth-pairing-store';
import { useStationNotices } from '../notices-store';
import { AssignmentsPanel } from './assignments-panel';
import { NoticesPanel } from './notices-panel';

/** The hall as staff arrange it: which employer recruits at which booth, and the big screen's notices. */
export function BoothsScreen() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t('desk.booths.title')} · ${t('desk.title')}`;
  }, [t]);
  useEffect(() => {
    useBoothAssignments.getState().open();
    useBoothPairing.getState().clear();
    void useStationNotices.getState().refresh();
  }, []);
  return (
    <div className="booths-grid">
      <h1 className="sr-only">{t('desk.booths.title')}</h1>
      <AssignmentsPanel />
      <NoticesPanel />
    </div>
  );
}
