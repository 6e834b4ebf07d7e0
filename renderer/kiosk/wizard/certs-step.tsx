import { useTranslation } from 'react-i18next';
import { Tile } from '../../components/tile';
import { certificateIcon } from '../certificate-icons';
import { useJobs } from '../jobs-store';
import { useWizard } from '../wizard-store';
import { toggle } from '../wizard-rules';

/** Certificates she holds, each drawn as itself; none is the commonest answer and costs no tap. */
export function CertsStep() {
  const { t } = useTranslation();
  const taxonomy = useJobs((s) => s.taxonomy);
  const certificates = useWizard((s) => s.draft.certificates);
  const update = useWizard((s) => s.update);
  if (!taxonomy) return null;
  return (
    <div className="step certs-step">
      <p className="lead">{t('kiosk.wizard.certs.hint')}</p>
      <div className="tiles tiles-small">
        {taxonomy.certificates.map((c) => (
          <Tile
            key={c}
            icon={certificateIcon(c)}
            label={c}
            selected={certificates.includes(c)}
            onPress={() => update({ certificates: toggle(certificates, c) })}
            testId={`cert-${c}`}
          />
        ))}
      </div>
    </div>
  );
}
