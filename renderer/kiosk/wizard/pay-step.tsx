import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { formatNumber } from '../job-view';
import { useJobs } from '../jobs-store';
import { useWizard } from '../wizard-store';
import { bandFor, occupationsFor, startingPay, stepPay } from '../wizard-rules';

/** Expected pay in 元/天 with big −/+ steps, next to what this work usually pays here. */
export function PayStep() {
  const { t, i18n } = useTranslation();
  const taxonomy = useJobs((s) => s.taxonomy);
  const market = useJobs((s) => s.market);
  const loadMarket = useJobs((s) => s.loadMarket);
  const draft = useWizard((s) => s.draft);
  const update = useWizard((s) => s.update);
  const codes = taxonomy ? occupationsFor(draft.groups, draft.picked, taxonomy) : [];
  const codesKey = codes.join(',');

  useEffect(() => {
    void loadMarket(codesKey ? codesKey.split(',') : []);
  }, [codesKey, loadMarket]);

  const band = market ? bandFor(market.occupations, codes) : null;
  const pay = draft.pay ?? startingPay(band?.p50);
  // The figure shown is the answer unless changed: store it once the market is known.
  const settled = market !== null;
  useEffect(() => {
    if (settled && useWizard.getState().draft.pay === null) update({ pay });
  }, [settled, pay, update]);
  const lang = i18n.language;
  return (
    <div className="step pay-step">
      <div className="stepper">
        <button
          type="button"
          className="step-btn"
          onClick={() => update({ pay: stepPay(pay, -1) })}
          aria-label={t('kiosk.wizard.pay.less')}
          data-testid="pay-less"
        >
          <Icon name="minus" size={56} />
        </button>
        <output className="pay-value" data-testid="pay-value" aria-live="polite">
          {formatNumber(lang, pay)}
          <small>{t('jobs.pay.day', { amount: '' }).trim()}</small>
        </output>
        <button
          type="button"
          className="step-btn"
          onClick={() => update({ pay: stepPay(pay, 1) })}
          aria-label={t('kiosk.wizard.pay.more')}
          data-testid="pay-more"
        >
          <Icon name="plus" size={56} />
        </button>
      </div>
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
