import { useTranslation } from 'react-i18next';
import { Tile } from '../../components/tile';
import { useJobs } from '../jobs-store';
import { useWizard } from '../wizard-store';
import { toggle } from '../wizard-rules';

const distances = [5, 10, 20] as const;

/** Where (a district, or how far from the station) and which certificates: the last screen. */
export function WhereStep() {
  const { t } = useTranslation();
  const taxonomy = useJobs((s) => s.taxonomy);
  const draft = useWizard((s) => s.draft);
  const update = useWizard((s) => s.update);
  if (!taxonomy) return null;
  return (
    <div className="step where-step">
      <h2>{t('kiosk.wizard.where.district')}</h2>
      <div className="chips">
        <button
          type="button"
          className={`chip${draft.district === undefined ? ' selected' : ''}`}
          aria-pressed={draft.district === undefined}
          onClick={() => update({ district: undefined })}
        >
          {t('kiosk.wizard.where.any')}
        </button>
        {taxonomy.districts.map((d) => (
          <button
            key={d}
            type="button"
            className={`chip${draft.district === d ? ' selected' : ''}`}
            aria-pressed={draft.district === d}
            onClick={() => update({ district: d })}
          >
            {d}
          </button>
        ))}
      </div>
      <h2>{t('kiosk.wizard.where.distance')}</h2>
      <div className="chips">
        <button
          type="button"
          className={`chip${draft.maxDistanceKm === undefined ? ' selected' : ''}`}
          aria-pressed={draft.maxDistanceKm === undefined}
          onClick={() => update({ maxDistanceKm: undefined })}
        >
          {t('kiosk.wizard.where.anyDistance')}
        </button>
        {distances.map((km) => (
          <button
            key={km}
            type="button"
            className={`chip${draft.maxDistanceKm === km ? ' selected' : ''}`}
            aria-pressed={draft.maxDistanceKm === km}
            onClick={() => update({ maxDistanceKm: km })}
          >
            {t('kiosk.wizard.where.km', { km })}
          </button>
        ))}
      </div>
      <h2>{t('kiosk.wizard.where.certs')}</h2>
      <div className="tiles tiles-small">
        {taxonomy.certificates.map((c) => (
          <Tile
            key={c}
            icon="certificate"
            label={c}
            selected={draft.certificates.includes(c)}
            onPress={() => update({ certificates: toggle(draft.certificates, c) })}
          />
        ))}
      </div>
    </div>
  );
}
