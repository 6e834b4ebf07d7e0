import { z } from 'zod';
import type { StaffAccount } from '../../api';
import { newStaffSchema, usernameSchema } from '../../contract/staff';
import { ApiFailure } from '../../runtime/api-error';
import { createStaff, updateStaff } from '../../runtime/staff/sign-in';
import { UsageError } from '../args';
import type { Command } from '../command';
import { operator } from '../operator';
import { readNewPin } from '../read-pin';

/*
 * Accounts from the station's console. The station must be stopped (its data directory is locked while
 * it runs), so this is also the way in when no one can sign in at the desk: a station with real readers
 * has no demo account, and an administrator locked out by wrong PINs is unlocked here. Every change is
 * audited with the actor 'console'.
 */

const displayName = z.string().trim().min(1, '显示名不能为空').max(20, '显示名最多20个字');

function one<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new UsageError(`${what}：${r.error.issues.map((i) => i.message).join('；')}`);
  return r.data;
}

function usernameOf(rest: string[], usage: string): string {
  if (rest.length !== 1) throw new UsageError(`usage: npm run station -- ${usage}`);
  return one(usernameSchema, rest[0], '用户名');
}

/** ApiFailures are the runtime's answers to bad input: shown plainly, exit 2. */
async function plainly<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof ApiFailure) throw new UsageError(err.message);
    throw err;
  }
}

const roleWord = (a: StaffAccount) => (a.role === 'admin' ? '管理员' : '工作人员');

export const staffAdd: Command = {
  words: ['staff', 'add'],
  usage: 'staff add NAME [--admin] [--name TEXT]',
  summary:
    'new staff account (--admin: an administrator; --name: the name shown); PIN asked, or one line on stdin',
  needsRuntime: true,
  check({ rest, flags }) {
    usernameOf(rest, this.usage);
    if (flags.name !== undefined) one(displayName, flags.name, '显示名');
  },
  async run({ runtime, rest, flags }) {
    const username = usernameOf(rest, this.usage);
    const name = typeof flags.name === 'string' ? one(displayName, flags.name, '显示名') : username;
    // Asked only now, once the station's data is open: a running station refuses before any typing.
    const pin = await readNewPin();
    const input = one(
      newStaffSchema,
      { username, name, role: flags.admin ? 'admin' : 'staff', pin },
      '没有创建账号',
    );
    const account = await plainly(() => createStaff(runtime!.context, input, operator));
    console.log(`已创建${roleWord(account)}账号 ${account.username}（${account.name}）`);
  },
};

export const staffUnlock: Command = {
  words: ['staff', 'unlock'],
  usage: 'staff unlock NAME',
  summary: 'clears the lock and the count of wrong PINs of an account',
  needsRuntime: true,
  check({ rest }) {
    usernameOf(rest, this.usage);
  },
  async run({ runtime, rest }) {
    const username = usernameOf(rest, this.usage);
    const ctx = runtime!.context;
    const row = ctx.data.read((tx) => tx.staff.byUsername(username));
    if (!row) throw new UsageError(`找不到账号 ${username}，没有改动`);
    await plainly(() => updateStaff(ctx, { staffId: row.id, unlock: true }, operator));
    console.log(
      row.failedAttempts > 0 || row.lockedUntil
        ? `已解锁 ${row.username}（之前连续输错 ${row.failedAttempts} 次）`
        : `${row.username} 没有被锁定；输错次数已清零`,
    );
  },
};

function stateOf(a: StaffAccount, now: Date): string {
  if (!a.active) return '已停用';
  if (a.lockedUntil && a.lockedUntil > now.toISOString()) return `锁定至 ${a.lockedUntil}`;
  return '可用';
}

export const staffList: Command = {
  words: ['staff', 'list'],
  usage: 'staff list [--json]',
  summary: 'staff accounts of the station: username, name, role, whether usable',
  needsRuntime: true,
  async run({ runtime, flags }) {
    const ctx = runtime!.context;
    const accounts = ctx.data.read((tx) => tx.staff.list());
    if (flags.json) {
      console.log(JSON.stringify(accounts, null, 2));
      return;
    }
    if (accounts.length === 0) {
      console.log('还没有账号：npm run station -- staff add NAME --admin 建第一个管理员');
      return;
    }
    for (const a of accounts)
      console.log([a.username, a.name, roleWord(a), stateOf(a, ctx.now())].join('\t'));
  },
};
