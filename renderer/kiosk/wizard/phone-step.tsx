import { useTranslation } from 'react-i18next';
import { NumericKeypad } from '../../components/numeric-keypad';
import { useWizard } from '../wizard-store';
import { groupPhone, PHONE_LENGTH, phonePattern, typeDigit } from '../wizard-rules';

export function PhoneStep() {
  const { t } = useTranslation();
  const phone = useWizard((s) => s.draft.phone);
  const update = useWizard((s) => s.update);
  const full = phone.length === PHONE_LENGTH;
  return (
    <div className="step phone-step">
      <p className="lead">{t('kiosk.wizard.phone.hint')}</p>
      <output className="phone-display" data-testid="phone-display" aria-live="polite">
        {groupPhone(phone) || '1__ ____ ____'}
      </output>
      {full && !phonePattern.test(phone) && (
        <p className="warn" role="alert">
          {t('kiosk.wizard.phone.invalid')}
        </p>
      )}
      <NumericKeypad
        onDigit={(d) => update({ phone: typeDigit(phone, d) })}
        onDelete={() => update({ phone: phone.slice(0, -1) })}
        onClear={() => update({ phone: '' })}
        deleteLabel={t('kiosk.wizard.phone.delete')}
        clearLabel={t('kiosk.wizard.phone.clear')}
      />
    </div>
  );
}

export const phoneStepReady = (phone: string) => phone === '' || phonePattern.test(phone);
