import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { wizardSteps } from '../kiosk-flow';
import { useJobs } from '../jobs-store';
import { useKiosk } from '../kiosk-store';
import { useReadAloud } from '../use-read-aloud';
import { CertsStep } from '../wizard/certs-step';
import { DistanceStep } from '../wizard/distance-step';
import { DistrictStep } from '../wizard/district-step';
import { PayStep } from '../wizard/pay-step';
import { PhoneStep } from '../wizard/phone-step';
import { WhenStep } from '../wizard/when-step';
import { WorkStep } from '../wizard/work-step';
import { WizardProblemPanel } from '../wizard/wizard-problem';
import { useWizard } from '../wizard-store';
import { phoneProblem, wizardProblem, type WizardProblem } from '../wizard-rules';

const titles = {
  phone: 'kiosk.wizard.phone.title',
  work: 'kiosk.wizard.work.title',
  pay: 'kiosk.wizard.pay.title',
  when: 'kiosk.wizard.when.title',
  district: 'kiosk.wizard.where.title',
  distance: 'kiosk.wizard.distance.title',
  certs: 'kiosk.wizard.certs.title',
} as const;

/** Screens answered by one tap on a tile, which moves on by itself. */
const oneTap = new Set<string>(['when', 'district', 'distance']);
/**
 * The pay step ends with 日结 asked in the same tap that moves on: 要日结 · 下一步 or 都行 · 下一步,
 * so the question costs no tap of its own.
 */
const settleChoices = [
  { wants: true, label: 'kiosk.wizard.pay.settleDaily', testId: 'pay-next-daily' },
  { wants: false, label: 'kiosk.wizard.pay.settleAny', testId: 'pay-next-any' },
] as const;

/** One question per screen; every answer but the trade can be skipped. */
export function WizardScreen({ step }: { step: number }) {
  const { t } = useTranslation();
  const dispatch = useKiosk((s) => s.dispatch);
  const phone = useWizard((s) => s.draft.phone);
  const saving = useWizard((s) => s.saving);
  const daily = useWizard((s) => s.daily);
  const pay = useWizard((s) => s.draft.pay);
  const dailySettlement = useWizard((s) => s.draft.dailySettlement);
  const name = wizardSteps[step] ?? 'phone';
  const last = step === wizardSteps.length - 1;
  const title = t(titles[name]);
  useReadAloud(title);
  // 下一步 with an unfinished or wrong number says what is wrong instead of moving on.
  const [phoneChecked, setPhoneChecked] = useState(false);
  // What stops the answers from being stored, on a kind screen of its own; nothing is saved meanwhile.
  // Kept with the step it was found on, so moving to another question leaves it behind.
  const [found, setFound] = useState<{ step: number; problem: WizardProblem } | null>(null);
  const problem = found?.step === step ? found.problem : null;

  useEffect(() => {
    if (step === 0 || useKiosk.getState().answers) useWizard.getState().begin();
    // Only when the wizard opens, not on every step.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The station has said this wish is no sensible day's pay: the pay screen says so and keeps her there.
  const absurdPay =
    name === 'pay' &&
    !!pay &&
    !!daily &&
    daily.amount === pay.amount &&
    daily.unit === pay.unit &&
    !daily.sensible;

  const next = async () => {
    if (name === 'phone' && phoneProblem(phone)) {
      setPhoneChecked(true);
      return;
    }
    if (absurdPay) return;
    const taxonomy = useJobs.getState().taxonomy;
    const stop = taxonomy ? wizardProblem(useWizard.getState().draft, taxonomy) : null;
    if (stop && (last || (name === 'work' && stop.code === 'no-trade'))) {
      setFound({ step, problem: stop });
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

  if (problem) {
    return (
      <WizardProblemPanel
        problem={problem}
        onFix={() => {
          setFound(null);
          if (problem.code === 'unknown-district') useWizard.getState().update({ district: undefined });
          dispatch({
            type: 'wizard-to',
            step: wizardSteps.indexOf(problem.code === 'no-trade' ? 'work' : 'district'),
          });
        }}
      />
    );
  }

  return (
    <section className="wizard" data-testid={`wizard-${name}`}>
      <p className="step-count" data-testid="step-count">
        {t('kiosk.wizard.step', { n: step + 1, total: wizardSteps.length })}
      </p>
      <h1>{title}</h1>
      {name === 'phone' && <PhoneStep checked={phoneChecked} />}
      {name === 'work' && <WorkStep />}
      {name === 'pay' && <PayStep />}
      {name === 'when' && <WhenStep />}
      {name === 'district' && <DistrictStep />}
      {name === 'distance' && <DistanceStep />}
      {name === 'certs' && <CertsStep />}
      {name === 'pay' && (
        <div className="settle-choices" role="group" aria-labelledby="settle-question">
          <p className="settle-question" id="settle-question">
            {t('kiosk.wizard.pay.settle')}
          </p>
          <div className="settle-buttons">
            {settleChoices.map((c) => (
              <button
                key={c.testId}
                type="button"
                className={`primary settle-next${dailySettlement === c.wants ? ' selected' : ''}`}
                aria-pressed={dailySettlement === c.wants}
                disabled={saving || absurdPay}
                onClick={() => {
                  useWizard.getState().update({ dailySettlement: c.wants });
                  void next();
                }}
                data-testid={c.testId}
              >
                {dailySettlement === c.wants && <Icon name="check" size={36} />}
                {t(c.label)}
              </button>
            ))}
          </div>
        </div>
      )}
      <nav className="wizard-nav">
        {step > 0 && (
          <button type="button" onClick={() => dispatch({ type: 'wizard-back' })} data-testid="wizard-back">
            <Icon name="back" size={36} /> {t('kiosk.wizard.back')}
          </button>
        )}
        {!oneTap.has(name) && name !== 'pay' && (
          <button
            type="button"
            className="primary"
            disabled={saving || absurdPay}
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
