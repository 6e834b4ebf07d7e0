import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { Tile } from '../../components/tile';
import { useJobs } from '../jobs-store';
import { useWizard } from '../wizard-store';
import { togglePick } from '../wizard-rules';

/**
 * A group tile opens its trades and chooses none by itself; a trade tile chooses exactly the trade
 * it shows. What she has chosen is listed above, each taken off with one tap: she is filed under
 * what she sees, never under seven trades a group tile implied.
 */
export function WorkStep() {
  const { t } = useTranslation();
  const taxonomy = useJobs((s) => s.taxonomy);
  const opened = useWizard((s) => s.draft.groups);
  const picked = useWizard((s) => s.draft.picked);
  const update = useWizard((s) => s.update);
  if (!taxonomy) return null;
  const shown = opened.at(-1);
  const group = taxonomy.groups.find((g) => g.id === shown);
  const trades = taxonomy.occupations.filter((o) => o.group === shown);
  const nameOf = (code: string) => taxonomy.occupations.find((o) => o.code === code)?.name ?? code;
  const countIn = (g: string) =>
    taxonomy.occupations.filter((o) => o.group === g && picked.includes(o.code)).length;
  return (
    <div className="step work-step">
      <p className="lead">{t('kiosk.wizard.work.hint')}</p>
      <div className="chosen-trades" data-testid="chosen-trades" aria-live="polite">
        {picked.length === 0 ? (
          <p className="muted">{t('kiosk.wizard.work.noneChosen')}</p>
        ) : (
          <>
            <span className="chosen-label">{t('kiosk.wizard.work.chosen')}</span>
            {picked.map((code) => (
              <button
                key={code}
                type="button"
                className="chip chosen-chip"
                aria-label={t('kiosk.wizard.work.remove', { name: nameOf(code) })}
                onClick={() => update({ picked: picked.filter((c) => c !== code) })}
                data-testid={`chosen-${code}`}
              >
                {nameOf(code)} <Icon name="close" size={28} />
              </button>
            ))}
          </>
        )}
      </div>
      <div className="tiles tiles-groups">
        {taxonomy.groups.map((g) => {
          const count = countIn(g.id);
          return (
            <Tile
              key={g.id}
              icon={g.icon}
              label={g.name}
              expanded={g.id === shown}
              onPress={() => update({ groups: [g.id] })}
              testId={`group-${g.id}`}
            >
              {count > 0 && <span className="tile-count">{t('kiosk.wizard.work.count', { count })}</span>}
            </Tile>
          );
        })}
      </div>
      {group && (
        <section className="trades" aria-labelledby="trades-title" data-testid="trades">
          <h2 id="trades-title">{t('kiosk.wizard.work.detail', { group: group.name })}</h2>
          <div className="tiles tiles-small">
            {trades.map((o) => (
              <Tile
                key={o.code}
                icon={o.icon}
                label={o.name}
                selected={picked.includes(o.code)}
                onPress={() => update({ picked: togglePick(picked, o.code) })}
                testId={`trade-${o.code}`}
              />
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
