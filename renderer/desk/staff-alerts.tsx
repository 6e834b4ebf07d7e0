import { useTranslation } from 'react-i18next';
import { useAlerts } from './alerts-store';
import { clock } from './format';

/** "呼叫工作人员" from a kiosk: which kiosk and which screen, never who is standing there. */
export function StaffAlerts() {
  const { t } = useTranslation();
  const calls = useAlerts((s) => s.calls);
  const dismiss = useAlerts((s) => s.dismiss);
  if (calls.length === 0) return null;
  return (
    <section
      className="staff-alerts"
      aria-label={t('desk.alerts.title')}
      role="alert"
      data-testid="staff-alerts"
    >
      {calls.map((c) => (
        <div key={c.id} className="staff-alert">
          <span>
            {t('desk.alerts.called', {
              terminal: c.place,
              screen: t(`desk.alerts.screens.${c.screen}`, { defaultValue: c.screen }),
              time: clock(c.at),
            })}
          </span>
          <button type="button" onClick={() => dismiss(c.id)}>
            {t('desk.alerts.dismiss')}
          </button>
        </div>
      ))}
    </section>
  );
}
