import { useTranslation } from 'react-i18next';
import { Icon } from '../components/icon';
import { useKiosk } from './kiosk-store';
import { languages, textSizes, useSessionSettings, type Language } from './session-settings';

/** Each language named in itself, so a reader of it finds it whatever language is showing. */
const languageNames: Record<Language, string> = { 'zh-CN': '中文', ko: '조선말', en: 'English' };

/** On every screen: language, text size, contrast, read-aloud, call staff, and (in a session) finish. */
export function KioskToolbar() {
  const { t } = useTranslation();
  const language = useSessionSettings((s) => s.language);
  const textSize = useSessionSettings((s) => s.textSize);
  const contrast = useSessionSettings((s) => s.highContrast);
  const readAloud = useSessionSettings((s) => s.readAloud);
  const voiceMissing = useSessionSettings((s) => s.voiceMissing);
  const set = useSessionSettings((s) => s.set);
  const offered = useKiosk((s) => s.settings?.languages ?? languages);
  const staffCalled = useKiosk((s) => s.staffCalled);
  const callStaff = useKiosk((s) => s.callStaff);
  const inSession = useKiosk((s) => s.phase.name !== 'attract');
  const dispatch = useKiosk((s) => s.dispatch);

  return (
    <header className="kiosk-toolbar" aria-label={t('kiosk.toolbar.label')}>
      <div className="langs" role="group">
        {offered.map((l) => (
          <button
            key={l}
            type="button"
            lang={l}
            aria-pressed={language === l}
            className={language === l ? 'selected' : ''}
            onClick={() => set({ language: l })}
            data-testid={`lang-${l}`}
          >
            {languageNames[l]}
          </button>
        ))}
      </div>
      {/* Four direct choices: a button that cycles takes her from 大 to 小 in two taps. */}
      <div className="text-sizes" role="group" aria-labelledby="text-size-label">
        <span id="text-size-label" className="group-label">
          <Icon name="text" size={36} /> {t('kiosk.toolbar.textSize')}
        </span>
        {textSizes.map((size) => (
          <button
            key={size}
            type="button"
            aria-pressed={textSize === size}
            className={`size-${size}${textSize === size ? ' selected' : ''}`}
            onClick={() => set({ textSize: size })}
            data-testid={`text-size-${size}`}
          >
            {t(`kiosk.toolbar.sizes.${size}`)}
          </button>
        ))}
      </div>
      <button
        type="button"
        aria-pressed={contrast}
        className={contrast ? 'selected' : ''}
        onClick={() => set({ highContrast: !contrast })}
        data-testid="contrast"
      >
        <Icon name="contrast" size={36} /> {t('kiosk.toolbar.contrast')}
      </button>
      <button
        type="button"
        aria-pressed={readAloud}
        className={readAloud ? 'selected' : ''}
        onClick={() => set({ readAloud: !readAloud, voiceMissing: false })}
        data-testid="read-aloud"
      >
        <Icon name="speaker" size={36} /> {t('kiosk.toolbar.readAloud')}
      </button>
      <button type="button" className="call-staff" onClick={() => void callStaff()} data-testid="call-staff">
        <Icon name="bell" size={36} /> {t('kiosk.toolbar.callStaff')}
      </button>
      {inSession && (
        <button type="button" onClick={() => dispatch({ type: 'finish' })} data-testid="finish">
          <Icon name="exit" size={36} /> {t('kiosk.toolbar.finish')}
        </button>
      )}
      {(staffCalled || (readAloud && voiceMissing)) && (
        <p className="toolbar-note" role="status" data-testid="toolbar-note">
          {staffCalled ? t('kiosk.toolbar.staffCalled') : t('kiosk.toolbar.noVoice')}
        </p>
      )}
    </header>
  );
}
