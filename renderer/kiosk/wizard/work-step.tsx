import { useTranslation } from 'react-i18next';
import { Tile } from '../../components/tile';
import { useJobs } from '../jobs-store';
import { useWizard } from '../wizard-store';
import { toggle } from '../wizard-rules';

/** Occupation groups as icon tiles; a chosen group can be narrowed to its trades (optional). */
export function WorkStep() {
  const { t } = useTranslation();
  const taxonomy = useJobs((s) => s.taxonomy);
  const groups = useWizard((s) => s.draft.groups);
  const picked = useWizard((s) => s.draft.picked);
  const update = useWizard((s) => s.update);
  if (!taxonomy) return null;
  const detail = taxonomy.occupations.filter((o) => groups.includes(o.group));
  return (
    <div className="step work-step">
      <p className="lead">{t('kiosk.wizard.work.hint')}</p>
      <div className="tiles">
        {taxonomy.groups.map((g) => (
          <Tile
            key={g.id}
            icon={g.icon}
            label={g.name}
            selected={groups.includes(g.id)}
            onPress={() => update({ groups: toggle(groups, g.id) })}
            testId={`group-${g.id}`}
          />
        ))}
      </div>
      {detail.length > 0 && (
        <>
          <h2>{t('kiosk.wizard.work.detail')}</h2>
          <div className="chips">
            {detail.map((o) => (
              <button
                key={o.code}
                type="button"
                className={`chip${picked.includes(o.code) ? ' selected' : ''}`}
                aria-pressed={picked.includes(o.code)}
                onClick={() => update({ picked: toggle(picked, o.code) })}
              >
                {o.name}
              </button>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
