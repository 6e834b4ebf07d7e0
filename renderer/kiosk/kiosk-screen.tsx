import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoReader } from '../components/demo-reader';
import { i18n } from '../i18n';
import { IdleOverlay } from './idle-overlay';
import { useJobs } from './jobs-store';
import { KioskToolbar } from './kiosk-toolbar';
import { useKiosk } from './kiosk-store';
import { AttractScreen } from './screens/attract-screen';
import { BrowseScreen } from './screens/browse-screen';
import { CardGoneScreen } from './screens/card-gone-screen';
import { ConsentScreen } from './screens/consent-screen';
import { FailedScreen } from './screens/failed-screen';
import { NeedsDeskScreen } from './screens/needs-desk-screen';
import { RecommendationsScreen } from './screens/recommendations-screen';
import { SlipScreen } from './screens/slip-screen';
import { WizardScreen } from './screens/wizard-screen';
import { useSessionSettings } from './session-settings';
import { useIdleSession } from './use-idle-session';

/** The kiosk: a toolbar on every screen, one component per phase, and the idle countdown. */
export function KioskScreen() {
  const { t } = useTranslation();
  const phase = useKiosk((s) => s.phase);
  const language = useSessionSettings((s) => s.language);
  const textSize = useSessionSettings((s) => s.textSize);
  const contrast = useSessionSettings((s) => s.highContrast);
  const { remaining, stay } = useIdleSession();

  useEffect(() => {
    void useKiosk
      .getState()
      .loadSettings()
      .catch(() => undefined);
    void useJobs
      .getState()
      .loadTaxonomy()
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [language]);

  return (
    <main
      className="kiosk"
      data-phase={phase.name}
      data-text-size={textSize}
      data-contrast={contrast ? 'high' : 'normal'}
    >
      <KioskToolbar />
      <div className="kiosk-body">
        {phase.name === 'attract' && <AttractScreen />}
        {phase.name === 'consent' && <ConsentScreen maskedName={phase.card.maskedName} />}
        {phase.name === 'registering' && (
          <section className="busy" role="status">
            <h1>{t('kiosk.reading')}</h1>
          </section>
        )}
        {phase.name === 'needs-desk' && <NeedsDeskScreen reason={phase.reason} />}
        {phase.name === 'wizard' && <WizardScreen step={phase.step} />}
        {phase.name === 'recommendations' && <RecommendationsScreen />}
        {phase.name === 'slip' && <SlipScreen />}
        {phase.name === 'browse' && (
          <BrowseScreen anonymous={phase.anonymous} declined={!!phase.declined} cardOnReader={!!phase.card} />
        )}
        {phase.name === 'card-gone' && <CardGoneScreen midQuestion={phase.midQuestion} />}
        {phase.name === 'failed' && <FailedScreen />}
      </div>
      {remaining !== null && <IdleOverlay remaining={remaining} onStay={stay} />}
      <DemoReader />
    </main>
  );
}
