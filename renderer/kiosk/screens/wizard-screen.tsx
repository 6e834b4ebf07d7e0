import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { wizardSteps } from '../kiosk-flow';
import { useKiosk } from '../kiosk-store';
import { useReadAloud } from '../use-read-aloud';
import { PayStep } from '../wizard/pay-step';
import { PhoneStep } from '../wizard/phone-step';
import { WhenStep } from '../wizard/when-step';
import { WhereStep } from '../wizard/where-step';
import { WorkStep } from '../wizard/work-step';
import { useWizard } from '../wizard-store';
import { phoneProblem } from '../wizard-rules';

const titles = {
  phone: 'kiosk.wizard.phone.title',
  work: 'kiosk.wizard.work.title',
  pay: 'kiosk.wizard.pay.title',
  when: 'kiosk.wizard.when.title',
  where: 'kiosk.wizard.where.title',
} as const;

/** One question per screen, five at most; every answer can be skipped. */
export function WizardScreen({ step }: { step: number }) {
  const { t } = useTranslation();
  const dispatch = useKiosk((s) => s.dispatch);
  const phone = useWizard((s) => s.draft.phone);
  const saving = useWizard((s) => s.saving);
  const name = wizardSteps[step] ?? 'phone';
  const last = step === wizardSteps.length - 1;
  const title = t(titles[name]);
  useReadAloud(title);
  // 下一步 with an unfinished or wrong number says what is wrong instead of moving on.
  const [phoneChecked, setPhoneChecked] = useState(false);

  useEffect(() => {
    if (step === 0 || useKiosk.getState().answers) useWizard.getState().begin();
    // Only when the wizard opens, not on every step.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const next = async () => {
    if (name === 'phone' && phoneProblem(phone)) {
      setPhoneChecked(true);
      return;
    }
    if (
      last &&
      !(await useWizard
        .getState()
        .save()
        .catch(() => false))
    ) {
      dispatch({ type: 'failed', message: 'save' });
      return;
    }
    dispatch({ type: 'wizard-next' });
  };
  const skip = name === 'phone' && phone === '';

  return (
    <section className="wizard" data-testid={`wizard-${name}`}>
      <p className="step-count">{t('kiosk.wizard.step', { n: step + 1, total: wizardSteps.length })}</p>
      <h1>{title}</h1>
      {name === 'phone' && <PhoneStep checked={phoneChecked} />}
      {name === 'work' && <WorkStep />}
      {name === 'pay' && <PayStep />}
      {name === 'when' && <WhenStep />}
      {name === 'where' && <WhereStep />}
      <nav className="wizard-nav">
        {step > 0 && (
          <button type="button" onClick={() => dispatch({ type: 'wizard-back' })} data-testid="wizard-back">
            <Icon name="back" size={36} /> {t('kiosk.wizard.back')}
          </button>
        )}
        {name !== 'when' && (
          <button
            type="button"
            className="primary"
            disabled={saving}
            onClick={() => void next()}
            data-testid="wizard-next"
          >
            {skip ? t('kiosk.wizard.skip') : last ? t('kiosk.wizard.finish') : t('kiosk.wizard.next')}
          </button>
        )}
      </nav>
    </section>
  );
}
