import type { Job } from '../../api';
import type { Command } from '../command';
import { operator, unwrap } from '../operator';
import { UsageError } from '../args';

const unitLabel: Record<Job['pay']['unit'], string> = {
  hour: '元/时',
  day: '元/天',
  week: '元/周',
  month: '元/月',
  piece: '元/件',
};

export const jobsList: Command = {
  words: ['jobs', 'list'],
  usage: 'jobs list [--q TEXT] [--district NAME] [--limit N] [--json]',
  summary: 'the jobs seekers see (open, current, confirmed lately, places left), last updated first',
  needsRuntime: true,
  async run({ runtime, flags }) {
    const limit = flags.limit === undefined ? 20 : Number(flags.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 200)
      throw new UsageError('--limit must be a whole number from 1 to 200');
    const page = unwrap(
      await runtime!.call(operator, 'jobs.list', {
        limit,
        ...(typeof flags.q === 'string' ? { q: flags.q } : {}),
        ...(typeof flags.district === 'string' ? { district: flags.district } : {}),
      }),
    );
    if (flags.json) {
      console.log(JSON.stringify(page, null, 2));
      return;
    }
    for (const j of page.items) {
      const pay = `${j.pay.amount}${j.pay.amountMax ? `-${j.pay.amountMax}` : ''}${j.pay.unit === 'piece' ? `元/${j.pay.pieceLabel ?? '件'}` : unitLabel[j.pay.unit]}`;
      console.log(`${j.id}\t${j.title}\t${pay}\t${j.district}\t${j.employer.name}`);
    }
    console.log(`${page.items.length} of ${page.total} open jobs`);
  },
};
