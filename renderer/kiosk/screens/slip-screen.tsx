import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { payText } from '../../components/pay-text';
import { QrCode } from '../../components/qr-code';
import { station } from '../../api/bridge';
import { useKiosk } from '../kiosk-store';
import { useReadAloud } from '../use-read-aloud';
import { formatDay, perDayText } from '../wage-text';
import { TicketPanel } from './ticket-panel';

/** Prints through the shell when it can (silent, to the receipt printer); a browser's own dialog otherwise. */
function printSlip(): void {
  const bridge = station();
  if (bridge.print) void bridge.print({ silent: true });
  else window.print();
}

/**
 * The application slip: the job, its pay as stated and as 约 X 元/天, when to go and the hours, where,
 * the employer's and the station's phones, and a QR code for the desk.
 */
export function SlipScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const slip = useKiosk((s) => s.slip);
  const prints = useKiosk((s) => s.settings?.printsSlips ?? false);
  const dispatch = useKiosk((s) => s.dispatch);
  const title = slip?.repeated ? t('kiosk.slip.repeated') : t('kiosk.slip.title');
  useReadAloud(
    slip
      ? [
          title,
          t('kiosk.slip.body'),
          slip.address,
          `${t('kiosk.slip.starts')} ${formatDay(lang, slip.startDate)}`,
        ]
      : '',
  );

  useEffect(() => {
    if (slip && prints && !slip.repeated) printSlip();
  }, [slip, prints]);

  if (!slip) return null;
  return (
    <section className="slip-screen" data-testid="slip">
      <p className="tick" aria-hidden="true">
        <Icon name="check" size={96} />
      </p>
      <h1>{title}</h1>
      <p className="lead">{t('kiosk.slip.body')}</p>
      <article className="slip" data-testid="slip-paper">
        <h2>{slip.title}</h2>
        <p className="slip-employer">{slip.employer}</p>
        <p className="slip-pay" data-testid="slip-pay">
          {payText(t, slip.pay)}
          {slip.pay.unit !== 'day' && <span className="slip-perday">{perDayText(t, slip.wage, lang)}</span>}
        </p>
        <dl>
          <dt>{t('kiosk.slip.starts')}</dt>
          <dd data-testid="slip-starts">{formatDay(lang, slip.startDate)}</dd>
          {slip.workHours && (
            <>
              <dt>{t('kiosk.slip.hours')}</dt>
              <dd data-testid="slip-hours">{slip.workHours}</dd>
            </>
          )}
          <dt>{t('kiosk.slip.address')}</dt>
          <dd>{slip.address}</dd>
          {slip.employerPhone && (
            <>
              <dt>{t('kiosk.slip.employerPhone')}</dt>
              <dd data-testid="slip-employer-phone">{slip.employerPhone}</dd>
            </>
          )}
          <dt>{t('kiosk.slip.phone')}</dt>
          <dd>{slip.stationPhone}</dd>
        </dl>
        {slip.payProtection && <p>{t('kiosk.job.protection', { terms: slip.payProtection })}</p>}
        <QrCode text={slip.qr} label={t('kiosk.slip.qr')} />
        <p className="slip-note">{t('kiosk.slip.qr')}</p>
        <p className="slip-station">{slip.stationName}</p>
      </article>
      <div className="actions no-print">
        <button type="button" onClick={printSlip} data-testid="print">
          <Icon name="printer" size={40} /> {t('kiosk.slip.print')}
        </button>
        <TicketPanel />
        <button type="button" onClick={() => dispatch({ type: 'recommendations' })}>
          {t('kiosk.slip.more')}
        </button>
      </div>
    </section>
  );
}
