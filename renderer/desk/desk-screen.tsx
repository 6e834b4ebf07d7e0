import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DeskShell } from './desk-shell';
import { useSession } from './session-store';
import { SignInScreen } from './sign-in-screen';

/** The front desk: sign-in first; everything else needs a staff member signed in at this terminal. */
export function DeskScreen() {
  const { t } = useTranslation();
  const checked = useSession((s) => s.checked);
  const session = useSession((s) => s.session);
  const check = useSession((s) => s.check);
  useEffect(() => {
    void check();
  }, [check]);
  if (!checked) return <p className="loading">{t('app.connecting')}</p>;
  return session ? <DeskShell key={session.staffId} session={session} /> : <SignInScreen />;
}
