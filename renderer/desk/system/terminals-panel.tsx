import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { clock, when } from '../format';
import { useSystem } from '../system-store';

const pairRoles = ['booth', 'screen', 'kiosk', 'desk'] as const;

/** Pair a booth tablet or TV box with a one-time code; see and revoke the devices paired so far. */
export function TerminalsPanel() {
  const { t } = useTranslation();
  const { terminals, code, pair, revoke } = useSystem();
  const [role, setRole] = useState<(typeof pairRoles)[number]>('booth');
  const [booth, setBooth] = useState('1');

  function submit(e: FormEvent) {
    e.preventDefault();
    void pair(role, role === 'booth' ? Number(booth) : undefined);
  }

  return (
    <section className="panel" aria-labelledby="terminals-title" data-testid="terminals">
      <h2 id="terminals-title">{t('desk.system.terminals')}</h2>
      <form className="inline-form" onSubmit={submit}>
        <label>
          {t('desk.system.pairRole')}
          <select
            value={role}
            onChange={(e) => setRole(e.target.value as typeof role)}
            data-testid="pair-role"
          >
            {pairRoles.map((r) => (
              <option key={r} value={r}>
                {t(`desk.system.roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
        {role === 'booth' && (
          <label>
            {t('desk.system.pairBooth')}
            <input
              className="narrow"
              type="number"
              min={1}
              max={99}
              value={booth}
              onChange={(e) => setBooth(e.target.value)}
            />
          </label>
        )}
        <button type="submit" className="primary" data-testid="pair-create">
          {t('desk.system.pairCreate')}
        </button>
      </form>
      {code && (
        <div className="pair-code" role="status" data-testid="pair-code">
          <strong className="mono">{t('desk.system.pairCode', { code: code.code })}</strong>
          <span>{t('desk.system.pairHint', { time: clock(code.expiresAt) })}</span>
        </div>
      )}
      {terminals.length === 0 ? (
        <p className="muted">{t('desk.system.noTerminals')}</p>
      ) : (
        <table className="workers" data-testid="terminal-list">
          <thead>
            <tr>
              <th>{t('desk.system.terminalColumns.name')}</th>
              <th>{t('desk.system.terminalColumns.role')}</th>
              <th>{t('desk.system.terminalColumns.pairedBy')}</th>
              <th>{t('desk.system.terminalColumns.createdAt')}</th>
              <th>{t('desk.system.terminalColumns.state')}</th>
            </tr>
          </thead>
          <tbody>
            {terminals.map((d) => (
              <tr key={d.id}>
                <td>{d.name}</td>
                <td>
                  {t(`desk.system.serves.${d.role}`)}
                  {d.booth !== null && ` ${d.booth}`}
                </td>
                <td>{d.pairedBy}</td>
                <td>{when(d.createdAt)}</td>
                <td>
                  {d.revokedAt ? (
                    <span className="muted">{t('desk.system.revoked', { time: when(d.revokedAt) })}</span>
                  ) : (
                    <>
                      <span className="pill pill-ok">{t('desk.system.active')}</span>{' '}
                      <button type="button" onClick={() => void revoke(d.id)} data-testid="terminal-revoke">
                        {t('desk.system.revoke')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
