import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CallContext } from '../../../electron/dispatcher';
import { parseConfig } from '../../../electron/runtime/config';
import { startHub } from '../../../electron/hub/start-hub';
import type { Runtime } from '../../../electron/runtime/runtime';

// A hall's station with real readers only: it never gets a demo account, so its first
// administrator has to come from the console.
const stationConfig = {
  readers: [{ driver: 'serial', id: 'desk-reader', serves: 'desk', path: '/dev/no-such-reader' }],
};
const root = mkdtempSync(join(tmpdir(), 'staff-cli-'));
const configFile = join(root, 'station.json');
writeFileSync(configFile, JSON.stringify(stationConfig));
const desk: CallContext = { role: 'desk', terminal: 'desk-1' };

function station(dataDir: string, args: string[], stdin = '') {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'electron/cli/station.ts', '--config', configFile, '--data', dataDir, ...args],
    { encoding: 'utf8', timeout: 60_000, input: stdin },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/**
 * The station itself, started on the same data once the console is done with it: as a hub, so it
 * opens the data (and finds its keys) the way a hall's station does.
 */
async function withStation<T>(dataDir: string, use: (rt: Runtime) => Promise<T>): Promise<T> {
  const hub = await startHub({
    config: parseConfig(stationConfig),
    dataDir,
    port: 0,
    rendererDir: '/nonexistent',
  });
  try {
    return await use(hub.runtime);
  } finally {
    await hub.close();
  }
}

const signIn = (rt: Runtime, username: string, pin: string) =>
  rt.call(desk, 'staff.signIn', { username, pin });

function staffAudit(rt: Runtime) {
  return rt.context.store.read((db) =>
    db.all<{ actor: string; action: string; terminal: string; detail: string | null }>(
      "SELECT actor, action, terminal, detail FROM audit WHERE action IN ('staff.create', 'staff.update') ORDER BY rowid",
    ),
  );
}

const usernames = (dataDir: string) =>
  (JSON.parse(station(dataDir, ['staff', 'list', '--json']).out) as { username: string }[]).map(
    (a) => a.username,
  );

describe('npm run station -- staff', () => {
  it('makes the first administrator of a station with real readers, the PIN read from stdin', async () => {
    const data = join(root, 'first-admin');
    const added = station(data, ['staff', 'add', 'chen', '--admin', '--name', '陈主任'], '246810\n');
    expect(added.err).toBe('');
    expect(added.code).toBe(0);
    expect(added.out).toContain('已创建管理员账号 chen（陈主任）');
    expect(added.out + added.err).not.toContain('246810');
    // Without --admin: an ordinary account, named by its username.
    expect(station(data, ['staff', 'add', 'li'], '135790\n').code).toBe(0);

    await withStation(data, async (rt) => {
      expect(await rt.call(desk, 'staff.session', {})).toEqual({
        ok: true,
        value: { session: null, demoHint: false },
      });
      const admin = await signIn(rt, 'chen', '246810');
      expect(admin).toMatchObject({ ok: true, value: { username: 'chen', name: '陈主任', role: 'admin' } });
      expect(await signIn(rt, 'li', '135790')).toMatchObject({
        ok: true,
        value: { name: 'li', role: 'staff' },
      });
      expect(await signIn(rt, 'demo', '000000')).toMatchObject({ ok: false });
      expect(staffAudit(rt)).toEqual([
        { actor: 'console', action: 'staff.create', terminal: 'cli', detail: '{"role":"admin"}' },
        { actor: 'console', action: 'staff.create', terminal: 'cli', detail: '{"role":"staff"}' },
      ]);
    });
  }, 90_000);

  it('refuses a short PIN, no PIN, a bad or taken username, and changes nothing', () => {
    const data = join(root, 'refusals');
    expect(station(data, ['staff', 'add', 'chen', '--admin'], '246810\n').code).toBe(0);
    const cases: [string[], string, RegExp][] = [
      [['staff', 'add', 'wang', '--admin'], '12345\n', /密码至少6位/],
      [['staff', 'add', 'wang', '--admin'], '', /没有读到密码/],
      [['staff', 'add', '王芳', '--admin'], '246810\n', /用户名为2到32位字母、数字或 _ \. -/],
      [
        ['staff', 'add', 'wang', '--name', '这是一个超过二十个字的很长很长很长的显示名字'],
        '246810\n',
        /显示名最多20个字/,
      ],
      [['staff', 'add', 'CHEN'], '112233\n', /用户名 CHEN 已存在/],
      [['staff', 'add'], '246810\n', /usage: npm run station -- staff add NAME/],
    ];
    for (const [args, stdin, message] of cases) {
      const r = station(data, args, stdin);
      expect(r.err).toMatch(message);
      expect(r.code).toBe(2);
    }
    expect(usernames(data)).toEqual(['chen']);
  }, 120_000);

  it('refuses while the station runs, before asking for a PIN', async () => {
    const data = join(root, 'running');
    await withStation(data, async () => {
      const r = station(data, ['staff', 'add', 'chen', '--admin'], '246810\n');
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/in use by process \d+; stop that station first/);
      expect(r.err).not.toMatch(/密码|at lockDir/);
    });
    expect(usernames(data)).toEqual([]);
  }, 90_000);

  it('unlocks an administrator locked out by wrong PINs, audited as the console', async () => {
    const data = join(root, 'locked-out');
    expect(station(data, ['staff', 'add', 'chen', '--admin'], '246810\n').code).toBe(0);
    await withStation(data, async (rt) => {
      // Anyone at a desk can do this to the only administrator.
      for (let i = 0; i < 5; i++) await signIn(rt, 'chen', '000001');
      expect(await signIn(rt, 'chen', '246810')).toMatchObject({ ok: false });
    });
    expect(station(data, ['staff', 'list']).out).toMatch(/^chen\tchen\t管理员\t锁定至 \S+$/m);
    const unknown = station(data, ['staff', 'unlock', 'nobody']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('找不到账号 nobody');

    const r = station(data, ['staff', 'unlock', 'chen']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('已解锁 chen（之前连续输错 5 次）');
    await withStation(data, async (rt) => {
      expect(await signIn(rt, 'chen', '246810')).toMatchObject({ ok: true, value: { role: 'admin' } });
      expect(staffAudit(rt).at(-1)).toEqual({
        actor: 'console',
        action: 'staff.update',
        terminal: 'cli',
        detail: '{"fields":["unlocked"]}',
      });
    });
  }, 120_000);

  it('asks for the PIN twice on a terminal and never shows it', async () => {
    const data = join(root, 'terminal');
    const typed = await onTerminal(data, ['staff', 'add', 'zhou', '--admin'], ['135790', '135790']);
    expect(typed.code).toBe(0);
    expect(typed.screen).toContain('密码：');
    expect(typed.screen).toContain('再输一次：');
    expect(typed.screen).toContain('已创建管理员账号 zhou（zhou）');
    expect(typed.screen).not.toContain('135790');

    const mismatch = await onTerminal(data, ['staff', 'add', 'sun'], ['111111', '222222']);
    expect(mismatch.code).toBe(2);
    expect(mismatch.screen).toContain('两次输入的密码不一样，没有改动');
    expect(usernames(data)).toEqual(['zhou']);
  }, 90_000);
});

/**
 * Runs the command on a pseudo-terminal (util-linux `script`) and types each line once its prompt
 * is on the screen, as a person would; returns everything the terminal showed.
 */
function onTerminal(dataDir: string, args: string[], lines: string[]) {
  const command = [
    process.execPath,
    '--import',
    'tsx',
    'electron/cli/station.ts',
    '--config',
    configFile,
    '--data',
    dataDir,
    ...args,
  ]
    .map((a) => `'${a}'`)
    .join(' ');
  const child = spawn('script', ['-qfec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const prompts = ['密码：', '再输一次：'];
  let screen = '';
  let sent = 0;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    screen += chunk;
    while (sent < lines.length && screen.includes(prompts[sent]!)) {
      child.stdin.write(`${lines[sent]}\r`);
      sent++;
    }
  });
  return new Promise<{ code: number | null; screen: string }>((resolve) =>
    child.on('close', (code) => {
      child.stdin.end();
      resolve({ code, screen });
    }),
  );
}
