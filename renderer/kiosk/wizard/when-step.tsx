import { useTranslation } from 'react-i18next';
import { Tile } from '../../components/tile';
import { useKiosk } from '../kiosk-store';
import { useWizard } from '../wizard-store';

const choices = [
  { id: 'today', icon: 'clock' },
  { id: 'tomorrow', icon: 'calendar' },
  { id: 'week', icon: 'calendar' },
  { id: 'long', icon: 'desk' },
] as const;

/** One tap answers and moves on: the commonest answers should cost the fewest taps. */
export function WhenStep() {
  const { t } = useTranslation();
  const when = useWizard((s) => s.draft.when);
  const update = useWizard((s) => s.update);
  const dispatch = useKiosk((s) => s.dispatch);
  return (
    <div className="step when-step">
      <div className="tiles tiles-2">
        {choices.map((c) => (
          <Tile
            key={c.id}
            icon={c.icon}
            label={t(`kiosk.wizard.when.${c.id}`)}
            selected={when === c.id}
            onPress={() => {
              update({ when: c.id });
              dispatch({ type: 'wizard-next' });
            }}
            testId={`when-${c.id}`}
          />
        ))}
      </div>
    </div>
  );
}
