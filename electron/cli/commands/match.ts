import { readFile } from 'node:fs/promises';
import { matchCommand, searchCommand } from '../../runtime/match/commands';
import type { Command } from '../command';
import { UsageError } from '../args';

/** `match --worker FILE [--top 5]`: the top jobs for a worker profile (JSON), with scores and reasons. */
export const matchJobs: Command = {
  words: ['match'],
  usage: 'match --worker FILE [--top 5]',
  summary: 'top jobs for a worker profile (JSON file), with scores and reasons, as JSON',
  needsRuntime: true,
  async run({ runtime, flags }) {
    if (typeof flags.worker !== 'string') throw new UsageError('match needs --worker FILE (a JSON profile)');
    const top = flags.top === undefined ? 5 : Number(flags.top);
    let profile: unknown;
    try {
      profile = JSON.parse(await readFile(flags.worker, 'utf8'));
    } catch (err) {
      throw new UsageError(`cannot read the worker profile ${flags.worker}: ${(err as Error).message}`);
    }
    const result = matchCommand(runtime!.context.match.engine, profile, top);
    if (!result.ok) throw new UsageError(result.error);
    console.log(JSON.stringify(result.value, null, 2));
  },
};

/** `search "QUERY"`: Chinese, pinyin or initials over the cached jobs, as JSON. */
export const searchJobs: Command = {
  words: ['search'],
  usage: 'search "QUERY"',
  summary: 'search the cached jobs (Chinese, pinyin, initials such as bj), as JSON',
  needsRuntime: true,
  async run({ runtime, rest }) {
    if (rest.length === 0) throw new UsageError('search needs a query, e.g. search 保洁 or search bj');
    const result = searchCommand(runtime!.context.match.engine, rest.join(' '));
    if (!result.ok) throw new UsageError(result.error);
    console.log(JSON.stringify(result.value, null, 2));
  },
};
