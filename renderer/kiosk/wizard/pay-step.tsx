import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskPay } from '../../../electron/api';
import { Icon } from '../../components/icon';
import { formatNumber } from '../job-view';
import { useJobs } from '../jobs-store';
import { useWizard } from '../wizard-store';
import { payStep, startingPay, stepPay } from '../wizard-rules';

const units: KioskPay['unit'][] = ['day', 'hour', 'month'];

/**
 * Expected pay in her own unit (元/天, 元/小时 or 元/月) with big −/+ steps. The station says what
 * it comes to a day (kiosk.dailyPay, match/wage's rule) and whether that is a sensible day's pay;
 * an absurd one is said kindly here and 下一步 does not take it.
 */
export function PayStep() {
  const { t, i18n } = useTranslation();
  const market = useJobs((s) => s.market);
  const loadMarket = useJobs((s) => s.loadMarket);
  const draft = useWizard((s) => s.draft);
  const daily = useWizard((s) => s.daily);
  const update = useWizard((s) => s.update);
  const codesKey = draft.picked.join(',');

  useEffect(() => {
    void loadMarket(codesKey ? codesKey.split(',') : []);
  }, [codesKey, loadMarket]);

  // The station's one band for her trades, as the results' chart and the hall's screen show it.
  const band = market?.band ?? null;
  const pay = draft.pay ?? startingPay(band?.p50);
  // The figure shown is the answer unless changed: store it once the market is known.
  const settled = market !== null;
  useEffect(() => {
    if (settled && useWizard.getState().draft.pay === null) update({ pay });
  }, [settled, pay, update]);
  const lang = i18n.language;
  const unitText = t(`kiosk.wizard.pay.units.${pay.unit}`);
  const step = payStep(pay.unit);
  const current = daily && daily.amount === pay.amount && daily.unit === pay.unit ? daily : null;
  return (
    <div className="step pay-step">
      <div className="chips pay-units" role="group" aria-label={t('kiosk.wizard.pay.unit')}>
        {units.map((u) => (
          <button
            key={u}
            type="button"
            className={`chip${pay.unit === u ? ' selected' : ''}`}
            aria-pressed={pay.unit === u}
            onClick={() => update({ pay: { amount: pay.amount, unit: u } })}
            data-testid={`pay-unit-${u}`}
          >
            {t(`kiosk.wizard.pay.units.${u}`)}
          </button>
        ))}
      </div>
      <div className="stepper">
        <button
          type="button"
          className="step-btn"
          onClick={() => update({ pay: stepPay(pay, -1) })}
          aria-label={t('kiosk.wizard.pay.less', { step })}
          data-testid="pay-less"
        >
          <Icon name="minus" size={56} />
        </button>
        <output className="pay-value" data-testid="pay-value" aria-live="polite">
          {formatNumber(lang, pay.amount)}
          <small>{unitText}</small>
        </output>
        <button
          type="button"
          className="step-btn"
          onClick={() => update({ pay: stepPay(pay, 1) })}
          aria-label={t('kiosk.wizard.pay.more', { step })}
          data-testid="pay-more"
        >
          <Icon name="plus" size={56} />
        </button>
      </div>
      {current && !current.sensible ? (
        <p className="warn" role="alert" data-testid="pay-absurd">
          {t('kiosk.wizard.pay.absurd', {
            amount: formatNumber(lang, pay.amount),
            unit: unitText,
            daily: formatNumber(lang, current.daily),
          })}
        </p>
      ) : (
        pay.unit !== 'day' && (
          <p className="pay-per-day" data-testid="pay-per-day" aria-live="polite">
            {current ? t('kiosk.wizard.pay.perDay', { amount: formatNumber(lang, current.daily) }) : '\u00a0'}
          </p>
        )
      )}
      <p className="market-band" data-testid="market-band">
        {band
          ? t('kiosk.wizard.pay.market', {
              low: formatNumber(lang, band.p25),
              high: formatNumber(lang, band.p75),
            })
          : t('kiosk.wizard.pay.noMarket')}
      </p>
    </div>
  );
}
