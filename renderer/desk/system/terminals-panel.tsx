import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PairedTerminal } from '../../../electron/api';
import { PairingCodeInput } from '../../components/pairing-code-input';
import { bigButton } from '../booths/pair-code-box';
import { when } from '../format';
import { useSystem } from '../system-store';

const pairRoles = ['booth', 'screen', 'kiosk', 'desk'] as const;

/** Pair a new device by the code it shows; see, rename and revoke the devices paired so far. */
export function TerminalsPanel() {
  const { t } = useTranslation();
  const terminals = useSystem((s) => s.terminals);
  const approved = useSystem((s) => s.approved);
  const approve = useSystem((s) => s.approve);
  const [code, setCode] = useState('');
  const [role, setRole] = useState<(typeof pairRoles)[number]>('booth');
  const [booth, setBooth] = useState('1');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const ok = await approve({
      code,
      role,
      ...(role === 'booth' ? { booth: Number(booth) } : {}),
      ...(name.trim() ? { name } : {}),
    });
    setBusy(false);
    // A refused code stays, to be corrected; a paired one clears the form for the next device.
    if (ok) {
      setCode('');
      setName('');
    }
  }

  return (
    <section className="panel" aria-labelledby="terminals-title" data-testid="terminals">
      <h2 id="terminals-title">{t('desk.system.terminals')}</h2>
      <p className="muted">{t('desk.system.pairHint')}</p>
      <form className="inline-form" onSubmit={(e) => void submit(e)}>
        <label>
          {t('desk.system.pairCode')}
          <PairingCodeInput value={code} onChange={setCode} data-testid="pair-code" />
        </label>
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
              data-testid="pair-booth"
            />
          </label>
        )}
        <label>
          {t('desk.system.pairName')}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={40}
            data-testid="pair-name"
          />
        </label>
        <button
          type="submit"
          className="primary"
          style={bigButton}
          disabled={busy || code.trim() === ''}
          data-testid="pair-submit"
        >
          {t('desk.system.pairSubmit')}
        </button>
      </form>
      {approved && (
        <p className="notice" role="status" data-testid="pair-approved">
          {t('desk.system.approved', { name: approved })}
        </p>
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
              <TerminalLine key={d.id} device={d} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function TerminalLine({ device: d }: { device: PairedTerminal }) {
  const { t } = useTranslation();
  const rename = useSystem((s) => s.rename);
  const revoke = useSystem((s) => s.revoke);
  const [editing, setEditing] = useState<string | null>(null);

  async function save(e: FormEvent) {
    e.preventDefault();
    if (editing !== null && (await rename(d.id, editing))) setEditing(null);
  }

  return (
    <tr data-testid="terminal-row" data-id={d.id}>
      <td>
        {editing === null ? (
          <>
            <span data-testid="terminal-name">{d.name}</span>{' '}
            <button
              type="button"
              className="quiet"
              onClick={() => setEditing(d.name)}
              data-testid="terminal-rename"
            >
              {t('desk.system.rename')}
            </button>
          </>
        ) : (
          <form className="inline-form" onSubmit={(e) => void save(e)}>
            <input
              value={editing}
              onChange={(e) => setEditing(e.target.value)}
              maxLength={40}
              aria-label={t('desk.system.renameLabel', { name: d.name })}
              autoFocus
              data-testid="terminal-name-input"
            />
            <button type="submit" className="primary" data-testid="terminal-rename-save">
              {t('desk.system.renameSave')}
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              {t('desk.system.renameCancel')}
            </button>
          </form>
        )}
      </td>
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
  );
}
