import { useTranslation } from 'react-i18next';
import { Tile } from '../../components/tile';
import { useKiosk } from '../kiosk-store';
import { useWizard } from '../wizard-store';

const distances = [5, 10, 20] as const;

/** How far she will go, from the district she chose (or the station): one tap answers and moves on. */
export function DistanceStep() {
  const { t } = useTranslation();
  const km = useWizard((s) => s.draft.maxDistanceKm);
  const district = useWizard((s) => s.draft.district);
  const update = useWizard((s) => s.update);
  const dispatch = useKiosk((s) => s.dispatch);
  const choose = (maxDistanceKm: number | undefined) => {
    update({ maxDistanceKm });
    dispatch({ type: 'wizard-next' });
  };
  return (
    <div className="step distance-step">
      <p className="lead">
        {t('kiosk.wizard.distance.from', { place: district ?? t('kiosk.wizard.distance.station') })}
      </p>
      <div className="tiles tiles-2">
        {distances.map((d) => (
          <Tile
            key={d}
            icon="pin"
            label={t('kiosk.wizard.distance.km', { km: d })}
            selected={km === d}
            onPress={() => choose(d)}
            testId={`distance-${d}`}
          />
        ))}
        <Tile
          icon="globe"
          label={t('kiosk.wizard.distance.any')}
          selected={km === undefined}
          onPress={() => choose(undefined)}
          testId="distance-any"
        />
      </div>
    </div>
  );
}
