import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffAccount, StaffRole } from '../../../electron/api';
import { when } from '../format';
import { useSystem } from '../system-store';

/** Administrators make staff accounts, unlock them after wrong PINs, set new PINs, disable them. */
export function StaffPanel({ self }: { self: string }) {
  const { t } = useTranslation();
  const { staff, createStaff } = useSystem();
  const [form, setForm] = useState({ username: '', name: '', role: 'staff' as StaffRole, pin: '' });

  function submit(e: FormEvent) {
    e.preventDefault();
    void createStaff(form).then((ok) => ok && setForm({ username: '', name: '', role: 'staff', pin: '' }));
  }

  return (
    <section className="panel" aria-labelledby="staff-title" data-testid="staff">
      <h2 id="staff-title">{t('desk.system.staff')}</h2>
      <form className="inline-form wrap" onSubmit={submit}>
        <label>
          {t('desk.system.staffUsername')}
          <input
            value={form.username}
            onChange={(e) => setForm({ ...form, username: e.target.value })}
            required
          />
        </label>
        <label>
          {t('desk.system.staffName')}
          <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required />
        </label>
        <label>
          {t('desk.system.staffRole')}
          <select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as StaffRole })}>
            <option value="staff">{t('desk.roles.staff')}</option>
            <option value="admin">{t('desk.roles.admin')}</option>
          </select>
        </label>
        <label>
          {t('desk.system.staffPin')}
          <input
            type="password"
            autoComplete="new-password"
            value={form.pin}
            onChange={(e) => setForm({ ...form, pin: e.target.value })}
            required
          />
        </label>
        <button type="submit" className="primary">
          {t('desk.system.staffCreate')}
        </button>
      </form>
      {staff && (
        <table className="workers">
          <thead>
            <tr>
              <th>{t('desk.system.staffColumns.username')}</th>
              <th>{t('desk.system.staffColumns.name')}</th>
              <th>{t('desk.system.staffColumns.role')}</th>
              <th>{t('desk.system.staffColumns.state')}</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((a) => (
              <StaffRow key={a.id} account={a} self={a.id === self} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function StaffRow({ account: a, self }: { account: StaffAccount; self: boolean }) {
  const { t } = useTranslation();
  const updateStaff = useSystem((s) => s.updateStaff);
  const [pin, setPin] = useState<string | null>(null);
  // The station clears an expired lock on the next sign-in; until then the list says when it ends.
  const locked = a.lockedUntil !== null;
  return (
    <tr>
      <td className="mono">{a.username}</td>
      <td>{a.name}</td>
      <td>{t(`desk.roles.${a.role}`)}</td>
      <td>
        <div className="actions">
          {!a.active ? (
            <span className="pill pill-warn">{t('desk.system.disabled')}</span>
          ) : locked ? (
            <span className="pill pill-warn">{t('desk.system.locked', { time: when(a.lockedUntil!) })}</span>
          ) : (
            <span className="pill pill-ok">{t('desk.system.enabled')}</span>
          )}
          {locked && (
            <button type="button" onClick={() => void updateStaff(a.id, { unlock: true })}>
              {t('desk.system.unlock')}
            </button>
          )}
          {pin === null ? (
            <button type="button" onClick={() => setPin('')}>
              {t('desk.system.newPin')}
            </button>
          ) : (
            <form
              className="inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                void updateStaff(a.id, { pin }).then((ok) => ok && setPin(null));
              }}
            >
              <input
                type="password"
                autoComplete="new-password"
                autoFocus
                value={pin}
                aria-label={t('desk.system.newPinPrompt')}
                placeholder={t('desk.system.newPinPrompt')}
                onChange={(e) => setPin(e.target.value)}
              />
              <button type="submit" className="primary">
                {t('desk.worker.save')}
              </button>
              <button type="button" onClick={() => setPin(null)}>
                {t('desk.worker.cancel')}
              </button>
            </form>
          )}
          {!self && (
            <button type="button" onClick={() => void updateStaff(a.id, { active: !a.active })}>
              {a.active ? t('desk.system.disable') : t('desk.system.enable')}
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}
