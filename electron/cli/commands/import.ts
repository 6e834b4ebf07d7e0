import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { importJobs, importKinds } from '../../runtime/sync/import-jobs';
import { jobSheetTemplate } from '../../runtime/sync/sheet-template';
import { UsageError } from '../args';
import type { Command } from '../command';

/** Progress on stderr, over one line on a terminal; counts and problems on stdout. */
function progress(phase: string, done: number, total: number) {
  if (!process.stderr.isTTY || total < 1000) return;
  process.stderr.write(`\r${phase}：${done}/${total}`.padEnd(30) + (done === total ? '\n' : ''));
}

export const importCommand: Command = {
  words: ['import'],
  usage: 'import FILE.{json,jsonld,xlsx,csv} | import --template FILE.xlsx',
  summary: 'import jobs from a JobPosting feed or a spreadsheet; --template writes the spreadsheet template',
  needsRuntime: true,
  async run({ runtime, rest, flags }) {
    if (typeof flags.template === 'string') {
      if (!flags.template.toLowerCase().endsWith('.xlsx'))
        throw new UsageError('--template writes an .xlsx file');
      await writeFile(resolve(flags.template), await jobSheetTemplate());
      console.log(`模板已写入 ${resolve(flags.template)}`);
      return;
    }
    const [file, ...extra] = rest;
    if (!file || extra.length) throw new UsageError(`usage: npm run station -- ${this.usage}`);
    if (!importKinds.some((k) => file.toLowerCase().endsWith(k))) {
      throw new UsageError(`不支持的文件类型：${file}（可导入 ${importKinds.join('、')}）`);
    }
    const bytes = await readFile(resolve(file)).catch((err: NodeJS.ErrnoException) => {
      throw new UsageError(`无法读取 ${file}：${err.code === 'ENOENT' ? '文件不存在' : err.message}`);
    });
    const report = await importJobs(runtime!.context, { name: file, bytes }, progress);
    if (flags.json) {
      console.log(JSON.stringify(report, null, 2));
    } else {
      console.log(
        `共读取 ${report.total} 条，导入 ${report.imported} 条，未变 ${report.unchanged} 条，有误 ${report.problems.length} 条`,
      );
      for (const p of report.problems) console.log(`  ${p.message}`);
    }
    if (report.problems.length) process.exitCode = 1;
  },
};
