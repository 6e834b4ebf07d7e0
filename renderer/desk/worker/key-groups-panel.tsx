import { useTranslation } from 'react-i18next';
import type { WorkerRecord } from '../../../electron/api';
import { keyGroupChoices } from '../choices';
import { when } from '../format';
import { useWorker } from '../worker-store';

/** 重点群体, each ticked by a staff member who saw the proof, with who and when. */
export function KeyGroupsPanel({ record }: { record: WorkerRecord }) {
  const { t } = useTranslation();
  const act = useWorker((s) => s.act);
  const busy = useWorker((s) => s.busy);
  return (
    <section className="panel" aria-labelledby="groups-title" data-testid="key-groups">
      <h2 id="groups-title">{t('desk.worker.keyGroups')}</h2>
      <p className="hint">{t('desk.worker.keyGroupsHint')}</p>
      <ul className="key-groups">
        {keyGroupChoices.map((g) => {
          const on = record.keyGroups.find((k) => k.group === g);
          return (
            <li key={g}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={!!on}
                  disabled={busy}
                  onChange={(e) =>
                    void act('workers.setKeyGroup', { workerId: record.id, group: g, on: e.target.checked })
                  }
                />
                {t(`desk.keyGroups.${g}`)}
              </label>
              {on && (
                <span className="muted">
                  {t('desk.worker.confirmedBy', { name: on.confirmedBy ?? '—', time: when(on.confirmedAt) })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
