import { useTranslation } from 'react-i18next';
import { Tile } from '../../components/tile';
import { useJobs } from '../jobs-store';
import { useKiosk } from '../kiosk-store';
import { useWizard } from '../wizard-store';

/**
 * Which district, or anywhere: one tap answers and moves on. A stored district this station does not
 * know (another station's list, a desk's typing) is said and is not kept as the answer.
 */
export function DistrictStep() {
  const { t } = useTranslation();
  const taxonomy = useJobs((s) => s.taxonomy);
  const district = useWizard((s) => s.draft.district);
  const update = useWizard((s) => s.update);
  const dispatch = useKiosk((s) => s.dispatch);
  if (!taxonomy) return null;
  const unknown = district !== undefined && !taxonomy.districts.includes(district);
  const choose = (d: string | undefined) => {
    update({ district: d });
    dispatch({ type: 'wizard-next' });
  };
  return (
    <div className="step district-step">
      {unknown ? (
        <p className="warn" role="alert" data-testid="district-unknown">
          {t('kiosk.wizard.where.unknown', { district })}
        </p>
      ) : (
        <p className="lead">{t('kiosk.wizard.where.district')}</p>
      )}
      <div className="tiles tiles-small">
        <Tile
          icon="globe"
          label={t('kiosk.wizard.where.any')}
          selected={district === undefined}
          onPress={() => choose(undefined)}
          testId="district-any"
        />
        {taxonomy.districts.map((d) => (
          <Tile
            key={d}
            icon="pin"
            label={d}
            selected={district === d}
            onPress={() => choose(d)}
            testId={`district-${d}`}
          />
        ))}
      </div>
    </div>
  );
}
