import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { useKiosk } from '../kiosk-store';
import { useReadAloud } from '../use-read-aloud';
import type { WizardProblem } from '../wizard-rules';

/**
 * Answers that cannot be stored as they are (no trade, a district the station does not know): a kind
 * screen that says nothing was saved and what to do next. Looking at all jobs stores nothing either.
 */
export function WizardProblemPanel({ problem, onFix }: { problem: WizardProblem; onFix(): void }) {
  const { t } = useTranslation();
  const dispatch = useKiosk((s) => s.dispatch);
  const key = `kiosk.wizard.problem.${problem.code}`;
  const vars = problem.code === 'unknown-district' ? { district: problem.district } : {};
  const title = t(`${key}.title`);
  useReadAloud(title);
  return (
    <section className="wizard wizard-problem" data-testid="wizard-problem" data-problem={problem.code}>
      <Icon name="person" size={96} />
      <h1>{title}</h1>
      <p className="lead">{t(`${key}.body`, vars)}</p>
      <nav className="wizard-nav">
        <button type="button" className="primary" onClick={onFix} data-testid="problem-fix">
          {t(`${key}.fix`)}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'browse' })} data-testid="problem-browse">
          <Icon name="search" size={36} /> {t('kiosk.wizard.problem.browse')}
        </button>
      </nav>
    </section>
  );
}
