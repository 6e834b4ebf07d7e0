/**
 * `npm run station -- [--config FILE] [--data DIR] <command>`: the operator's CLI over the same runtime
 * the kiosks and the hub run. Each capability adds its command to the list below.
 */
import { defaultDataDir } from '../runtime/config';
import { createRuntime } from '../runtime/runtime';
import { exitWithError, parseCommonArgs, UsageError } from './args';
import type { Command } from './command';
import { cardDecode, cardListPorts } from './commands/card';
import { keysRotate } from './commands/keys';
import { importCommand } from './commands/import';
import { info } from './commands/info';
import { jobsList } from './commands/jobs-list';
import { matchJobs, searchJobs } from './commands/match';
import { reportCommand } from './commands/report';
import { staffAdd, staffList, staffUnlock } from './commands/staff';

const commands: Command[] = [
  info,
  jobsList,
  matchJobs,
  searchJobs,
  importCommand,
  reportCommand,
  cardDecode,
  cardListPorts,
  keysRotate,
  staffAdd,
  staffUnlock,
  staffList,
];

function usage(): string {
  const lines = commands.map((c) =>
    c.usage.length > 56
      ? `  ${c.usage}\n  ${' '.repeat(56)} ${c.summary}`
      : `  ${c.usage.padEnd(56)} ${c.summary}`,
  );
  return `usage: npm run station -- [--config FILE] [--data DIR] <command>\n\ncommands:\n${lines.join('\n')}`;
}

async function main() {
  const args = parseCommonArgs(process.argv.slice(2), {
    q: { type: 'string' },
    district: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean' },
    template: { type: 'string' },
    worker: { type: 'string' },
    top: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    period: { type: 'string' },
    out: { type: 'string' },
    'full-ids': { type: 'boolean' },
    admin: { type: 'boolean' },
    name: { type: 'string' },
  });
  if (args.flags.help || args.rest.length === 0) {
    console.log(usage());
    return;
  }
  const command = commands.find((c) => c.words.every((w, i) => args.rest[i] === w));
  if (!command) throw new UsageError(`unknown command '${args.rest.join(' ')}'\n\n${usage()}`);
  command.check?.({ rest: args.rest.slice(command.words.length), flags: args.flags });
  const runtime = command.needsRuntime
    ? await createRuntime(
        { ...args.config, readers: [] },
        { dataDir: args.dataDir ?? args.config.dataDir ?? defaultDataDir(), startSync: false },
      )
    : undefined;
  try {
    await command.run({
      runtime,
      rest: args.rest.slice(command.words.length),
      flags: args.flags,
      config: args.config,
      dataDir: args.dataDir,
    });
  } finally {
    await runtime?.close();
  }
}

main().catch(exitWithError);
