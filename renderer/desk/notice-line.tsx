import { useTranslation } from 'react-i18next';
import { useNav } from './nav-store';

/** One line of feedback for the last action, until the page changes. */
export function NoticeLine() {
  const { t } = useTranslation();
  const notice = useNav((s) => s.notice);
  if (!notice) return null;
  const text = 'key' in notice ? t(notice.key, notice.values ?? {}) : notice.text;
  return (
    <p
      className={notice.kind === 'ok' ? 'notice notice-ok' : 'notice notice-error'}
      role={notice.kind === 'ok' ? 'status' : 'alert'}
      data-testid="notice"
    >
      {text}
    </p>
  );
}
