import { useTranslation } from 'react-i18next';
import { NumericKeypad } from '../../components/numeric-keypad';
import { useWizard } from '../wizard-store';
import { groupPhone, PHONE_LENGTH, phoneProblem, typeDigit } from '../wizard-rules';

/**
 * The keypad keeps every digit she types; the number is checked once it is finished (eleven digits,
 * or 下一步 tapped), and what is wrong is said in a few words. The empty field reads as a hint in
 * plain grey, never as digits already typed.
 */
export function PhoneStep({ checked }: { checked: boolean }) {
  const { t } = useTranslation();
  const phone = useWizard((s) => s.draft.phone);
  const update = useWizard((s) => s.update);
  const problem = checked || phone.length >= PHONE_LENGTH ? phoneProblem(phone) : null;
  return (
    <div className="step phone-step">
      <p className="lead">{t('kiosk.wizard.phone.hint')}</p>
      <output className="phone-display" data-testid="phone-display" aria-live="polite">
        {phone ? (
          groupPhone(phone)
        ) : (
          <span className="placeholder" data-testid="phone-placeholder">
            {t('kiosk.wizard.phone.placeholder')}
          </span>
        )}
      </output>
      {problem && (
        <p className="warn" role="alert" data-testid="phone-problem">
          {t(`kiosk.wizard.phone.problems.${problem.code}`, {
            count: 'count' in problem ? problem.count : 0,
          })}
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
