import createDebug from 'debug';
import type { MethodParsed, StaffAccount, StaffSession } from '../../api';
import type { CallContext } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import { appendAudit, auditCall } from '../audit/audit-log';
import type { StationContext } from '../context';
import { countFailure, countSuccess, lockFor, type Lock } from './lockout';
import { hashPin, verifyPin } from './pin-hash';
import { toAccount, type StaffRecord } from '../data/staff';

const log = createDebug('station:staff');

export const DEMO_USERNAME = 'demo';
export const DEMO_PIN = '000000';

let dummyHash: Promise<string> | undefined;

/**
 * The one answer to every refused sign-in: unknown name, wrong PIN, disabled, locked. Telling them
 * apart would tell a guesser which usernames exist (only real accounts lock, only real accounts
 * have "tries left"), and "locked" for the right PIN would confirm a guess made during the lock.
 * Staff who cannot sign in learn from it what may have happened and whom to ask.
 */
function refused(maxFailures: number, lockoutMinutes: number): ApiFailure {
  return new ApiFailure(
    'unauthenticated',
    `用户名或密码不对。连续输错${maxFailures}次账号会锁定${lockoutMinutes}分钟，可找管理员解锁`,
  );
}

/** Why a known account may not sign in whatever the PIN, for the audit trail only. */
function barred(
  ctx: StationContext,
  row: StaffRecord,
  lock: Lock | null,
): { reason: 'disabled' | 'demo' | 'locked'; everywhere?: true } | null {
  if (!row.active) return { reason: 'disabled' };
  // The demo account is only good on a demo station, where every reader is the simulator.
  if (row.demo && !ctx.readers.onlySimulated) return { reason: 'demo' };
  if (lock === 'everywhere') return { reason: 'locked', everywhere: true };
  if (lock === 'here') return { reason: 'locked' };
  return null;
}

/**
 * Signs a staff member in on the calling terminal. Only wrong PINs count, towards a lock at that
 * terminal and a hall-wide one (staff/lockout.ts), both in the database so a restart clears neither;
 * every attempt is audited by account id and terminal, never by what was typed.
 */
export async function signIn(
  ctx: StationContext,
  input: MethodParsed<'staff.signIn'>,
  caller: CallContext,
): Promise<StaffSession> {
  const { maxFailures, lockoutMinutes, idleMinutes } = ctx.config.desk;
  const now = ctx.now();
  const row = ctx.data.read((tx) => tx.staff.byUsername(input.username));
  // Every path spends one PIN check and one audited write, so the time taken does not tell them apart.
  const pinOk = await verifyPin(input.pin, row?.pinHash ?? (await (dummyHash ??= hashPin('not-a-pin'))));
  if (!row) {
    await ctx.data.write((tx) => auditCall(tx, caller, now, 'staff.sign_in_failed', 'unknown'));
    throw refused(maxFailures, lockoutMinutes);
  }
  // Locks are read and counted inside the write: of many PINs sent at once, those that arrive after
  // the one that locked are refused uncounted, the right one among them included.
  const outcome = await ctx.data.write((tx) => {
    const bar = barred(ctx, tx.staff.byId(row.id) ?? row, lockFor(tx, row.id, caller.terminal, now));
    if (bar) {
      auditCall(tx, caller, now, 'staff.sign_in_failed', row.id, bar);
      return 'refused';
    }
    if (!pinOk) {
      const c = countFailure(tx, row.id, caller.terminal, now, ctx.config.desk);
      const detail = {
        failures: c.here,
        ...(c.locked === 'everywhere' ? { hall: c.hall, everywhere: true } : {}),
      };
      auditCall(tx, caller, now, c.locked ? 'staff.locked' : 'staff.sign_in_failed', row.id, detail);
      log(
        'failed sign-in on %s (%d of %d here, %d in the hall)',
        caller.terminal,
        c.here,
        maxFailures,
        c.hall,
      );
      return 'refused';
    }
    countSuccess(tx, row.id, caller.terminal, now, ctx.config.desk);
    appendAudit(tx, {
      at: now,
      actor: row.id,
      terminal: caller.terminal,
      action: 'staff.sign_in',
      subject: row.id,
    });
    return 'signed in';
  });
  if (outcome === 'refused') throw refused(maxFailures, lockoutMinutes);
  const session: StaffSession = {
    staffId: row.id,
    username: row.username,
    name: row.name,
    role: row.role,
    signedInAt: now.toISOString(),
    idleMinutes,
  };
  ctx.sessions.start(caller.terminal, session, caller.client);
  log('signed in on %s', caller.terminal);
  return session;
}

export async function signOut(ctx: StationContext, caller: CallContext): Promise<{ signedOut: boolean }> {
  const ended = ctx.sessions.end(caller.terminal, caller.client);
  if (ended) {
    await ctx.data.write((tx) =>
      appendAudit(tx, {
        at: ctx.now(),
        actor: ended.staffId,
        terminal: caller.terminal,
        action: 'staff.sign_out',
        subject: ended.staffId,
      }),
    );
  }
  return { signedOut: !!ended };
}

/** Creates an account; used by administrators at the desk and by the operator's CLI. */
export async function createStaff(
  ctx: Pick<StationContext, 'data' | 'now'>,
  input: MethodParsed<'staff.create'>,
  caller: CallContext,
): Promise<StaffAccount> {
  const pinHash = await hashPin(input.pin);
  const now = ctx.now();
  return ctx.data.write((tx) => {
    if (tx.staff.byUsername(input.username))
      throw new ApiFailure('conflict', `用户名 ${input.username} 已存在`);
    const id = tx.staff.insert({ ...input, pinHash, createdBy: caller.staff?.staffId ?? 'console', at: now });
    auditCall(tx, caller, now, 'staff.create', id, { role: input.role });
    log('account created (%s)', input.role);
    return toAccount(tx.staff.byId(id)!);
  });
}

/**
 * Demo and development only: a station with no staff whose every reader is the simulator gets one
 * administrator `demo` / `000000`, so `npm start` can be tried. A station with a real reader never
 * gets it (its first administrator comes from `station staff add`), and a demo account left behind
 * stops working once a real reader is configured.
 */
export async function ensureDemoAccount(ctx: StationContext): Promise<boolean> {
  if (!ctx.readers.onlySimulated || ctx.data.read((tx) => tx.staff.count()) > 0) return false;
  const pinHash = await hashPin(DEMO_PIN);
  const now = ctx.now();
  await ctx.data.write((tx) => {
    tx.staff.insert({
      username: DEMO_USERNAME,
      name: '演示管理员',
      role: 'admin',
      pinHash,
      demo: true,
      createdBy: 'system',
      at: now,
    });
  });
  log('demo account created (simulated reader, no staff yet)');
  return true;
}

/** An administrator's changes to an account. A new PIN or a disabled account ends its sessions at once. */
export async function updateStaff(
  ctx: Pick<StationContext, 'data' | 'now' | 'sessions'>,
  input: MethodParsed<'staff.update'>,
  caller: CallContext,
): Promise<StaffAccount> {
  if (input.active === false && input.staffId === caller.staff?.staffId)
    throw new ApiFailure('conflict', '不能停用自己正在使用的账号');
  const pinHash = input.pin ? await hashPin(input.pin) : undefined;
  const now = ctx.now();
  const account = await ctx.data.write((tx) => {
    const row = tx.staff.byId(input.staffId);
    if (!row) throw new ApiFailure('not_found', '找不到这个账号');
    if (input.active !== undefined) tx.staff.setActive(row.id, input.active);
    if (input.unlock) tx.staff.clearFailures(row.id);
    if (pinHash) tx.staff.setPinHash(row.id, pinHash);
    const fields = [
      ...(input.active !== undefined ? [input.active ? 'enabled' : 'disabled'] : []),
      ...(input.unlock ? ['unlocked'] : []),
      ...(pinHash ? ['pin'] : []),
    ];
    auditCall(tx, caller, now, 'staff.update', row.id, { fields });
    return toAccount(tx.staff.byId(row.id)!);
  });
  if (input.active === false || pinHash) ctx.sessions.endAllOf(input.staffId);
  log('account updated');
  return account;
}
