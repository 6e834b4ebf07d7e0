import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../electron/runtime/config';
import { createRuntime, type Runtime } from '../../../../electron/runtime/runtime';
import { importJobs } from '../../../../electron/runtime/sync/import-jobs';
import { jobSheetTemplate } from '../../../../electron/runtime/sync/sheet-template';
import type { Job } from '../../../../electron/schema/job';

let runtime: Runtime;
const now = () => new Date('2026-11-21T09:00:00+08:00');
const job = (id: string) =>
  runtime.context.store.read((db) => db.get<{ data: string }>('SELECT data FROM jobs WHERE id = ?', [id]));
const parsedJob = (id: string) => JSON.parse(job(id)!.data) as Job;
const count = () =>
  runtime.context.store.read((db) => db.get<{ n: number }>('SELECT count(*) AS n FROM jobs')!.n);

beforeEach(async () => {
  // An empty terminal store: an upstream is configured (so no sample feed), sync not started.
  runtime = await createRuntime(
    parseConfig({ readers: [], upstream: { url: 'http://127.0.0.1:9', token: 'x'.repeat(16) } }),
    { dataDir: null, now, startSync: false },
  );
});
afterEach(() => runtime.close());

const posting = (over: Record<string, unknown> = {}) => ({
  '@type': 'JobPosting',
  identifier: { '@type': 'PropertyValue', value: 'jp-1' },
  title: '商场日结保洁',
  description: '<p>负责商场公共区域清洁。</p><ul><li>工具由单位提供</li></ul>',
  datePosted: '2026-11-20T08:00:00+08:00',
  validThrough: '2026-12-20T23:59:59+08:00',
  employmentType: ['TEMPORARY', 'PER_DIEM'],
  occupationalCategory: '4-09-08-02 保洁员',
  totalJobOpenings: 5,
  workHours: '8:00-17:00',
  hiringOrganization: {
    '@type': 'Organization',
    name: '长春市恒泰物业服务有限公司',
    identifier: '91220101MA0000000X',
  },
  jobLocation: {
    '@type': 'Place',
    address: {
      '@type': 'PostalAddress',
      addressRegion: '吉林省',
      addressLocality: '长春市二道区',
      streetAddress: '东盛大街100号',
    },
    geo: { '@type': 'GeoCoordinates', latitude: 43.866, longitude: 125.392 },
  },
  baseSalary: {
    '@type': 'MonetaryAmount',
    currency: 'CNY',
    value: { '@type': 'QuantitativeValue', minValue: 160, maxValue: 200, unitText: 'DAY' },
  },
  ...over,
});

describe('JobPosting (JSON-LD) import', () => {
  it('maps each field of an ItemList feed and reports bad items in Chinese', async () => {
    const feed = {
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, item: posting() },
        {
          '@type': 'ListItem',
          position: 2,
          item: posting({
            identifier: 'jp-2',
            baseSalary: { currency: 'CNY', value: { value: 26, unitText: 'HOUR' } },
            employmentType: 'PART_TIME',
          }),
        },
        {
          '@type': 'ListItem',
          position: 3,
          item: posting({
            identifier: 'jp-3',
            baseSalary: { currency: 'CNY', value: { value: 60000, unitText: 'YEAR' } },
            employmentType: 'FULL_TIME',
            hiringOrganization: { name: '长春市众诚劳务派遣有限公司' },
          }),
        },
        {
          '@type': 'ListItem',
          position: 4,
          item: posting({
            identifier: 'jp-4',
            baseSalary: { currency: 'CNY', value: { value: 200, unitText: 'FORTNIGHT' } },
          }),
        },
        { '@type': 'ListItem', position: 5, item: posting({ identifier: 'jp-5', title: undefined }) },
        {
          '@type': 'ListItem',
          position: 6,
          item: posting({
            identifier: 'jp-6',
            baseSalary: { currency: 'CNY', value: { value: -5, unitText: 'DAY' } },
          }),
        },
        {
          '@type': 'ListItem',
          position: 7,
          item: posting({ identifier: 'jp-7', validThrough: '2026-13-01' }),
        },
        {
          '@type': 'ListItem',
          position: 8,
          item: posting({ identifier: 'jp-8', description: '<script>steal()</script>' }),
        },
      ],
    };
    const report = await importJobs(runtime.context, {
      name: 'feed.jsonld',
      bytes: Buffer.from(JSON.stringify(feed)),
    });
    expect(report).toMatchObject({ total: 8, imported: 3, unchanged: 0 });
    expect(report.problems.map((p) => p.message)).toEqual([
      '第4条：工资单位无法识别（FORTNIGHT）',
      '第5条：缺少岗位名称（title）',
      '第6条：工资金额太小（须为正数）',
      '第7条：截止日期无效（2026-13-01）',
      '第8条：岗位描述含有网页标记或脚本',
    ]);
    expect(parsedJob('jp-1')).toMatchObject({
      title: '商场日结保洁',
      occupation: '4-09-08-02',
      employer: { id: '91220101MA0000000X', name: '长春市恒泰物业服务有限公司', agency: false },
      district: '二道区',
      address: '吉林省长春市二道区东盛大街100号',
      geo: { lat: 43.866, lng: 125.392 },
      pay: { amount: 160, amountMax: 200, unit: 'day' },
      settlement: 'daily',
      schedule: 'day',
      headcount: 5,
      startDate: '2026-11-20',
      validThrough: '2026-12-20',
      workHours: '8:00-17:00',
      description: '负责商场公共区域清洁。\n工具由单位提供',
      source: 'import',
    });
    expect(parsedJob('jp-2')).toMatchObject({ pay: { amount: 26, unit: 'hour' }, schedule: 'short' });
    expect(parsedJob('jp-3')).toMatchObject({
      pay: { amount: 5000, unit: 'month' },
      schedule: 'long',
      settlement: 'monthly',
      employer: { agency: true },
    });
  });

  it('accepts a plain array and says clearly when the file is not JSON', async () => {
    const ok = await importJobs(runtime.context, {
      name: 'a.json',
      bytes: Buffer.from(JSON.stringify([posting()])),
    });
    expect(ok.imported).toBe(1);
    const again = await importJobs(runtime.context, { name: 'a.json', bytes: Buffer.from('[{"title": ') });
    expect(again.problems[0]!.message).toMatch(/^文件不是有效的JSON/);
    expect(count()).toBe(1);
  });
});

describe('spreadsheet import', () => {
  async function sheetWith(rows: Record<string, unknown>[]): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await jobSheetTemplate()) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('岗位')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    sheet.spliceRows(2, 1); // drop the example row
    for (const r of rows) sheet.addRow(headers.map((h) => r[h.replace(/\*$/, '')] ?? null));
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
  const good = {
    编号: 'x-1',
    岗位名称: '仓库装卸',
    职业代码: '4-02-01-02',
    用人单位: '长春市顺达物流有限公司',
    区县: '绿园区',
    工作地址: '青年路88号',
    工资: 250,
    工资单位: '天',
    结算方式: '日结',
    用工类型: '日结',
    招聘人数: 10,
    开始日期: new Date(Date.UTC(2026, 10, 22)),
    截止日期: '2026-12-01',
    证书要求: '健康证、叉车证',
  };

  it('round-trips the template it exports, and imports valid rows while listing bad ones by row in Chinese', async () => {
    const template = await importJobs(runtime.context, { name: 't.xlsx', bytes: await jobSheetTemplate() });
    expect(template).toMatchObject({ total: 1, imported: 1, problems: [] });

    const bytes = await sheetWith([
      good,
      { ...good, 编号: 'x-2', 工资单位: '双周' },
      { ...good, 编号: 'x-3', 岗位名称: '' },
      { ...good, 编号: 'x-4', 工资: -20 },
      { ...good, 编号: 'x-5', 截止日期: '2026-02-30' },
      {},
      { ...good, 编号: 'x-6', 职业代码: '宇航员', 结算方式: '年结' },
      { ...good, 编号: 'x-1' },
      { ...good, 编号: 'x-7', 岗位描述: '<script>x</script>' },
    ]);
    const before = count();
    const report = await importJobs(runtime.context, { name: 'jobs.xlsx', bytes });
    expect(report.problems.map((p) => p.message)).toEqual([
      '第3行：工资单位无法识别（双周）',
      '第4行：缺少岗位名称',
      '第5行：工资金额太小（须为正数）',
      '第6行：截止日期不是有效日期（2026-02-30）',
      '第8行：职业代码无法识别（宇航员）；结算方式无法识别（年结）',
      '第9行：编号与第2行重复（x-1）',
      '第10行：岗位描述含有网页标记或脚本',
    ]);
    expect(report).toMatchObject({ total: 8, imported: 1 });
    expect(count()).toBe(before + 1);
    expect(parsedJob('x-1')).toMatchObject({
      pay: { amount: 250, unit: 'day' },
      startDate: '2026-11-22',
      validThrough: '2026-12-01',
      certificates: ['健康证', '叉车证'],
      employer: { agency: false },
    });
  });

  it('reads csv with the same columns, and refuses a sheet without the template header', async () => {
    const header =
      '岗位名称*,职业代码*,用人单位*,区县*,工作地址*,工资*,工资单位*,结算方式*,用工类型*,招聘人数*,开始日期*,截止日期*';
    const csv = `\uFEFF${header}\n夜班分拣,4-02-06-05,长春市启航供应链有限公司,宽城区,长新街1号,25,时,周结,短期,6,2026-11-22,2026-12-22\n`;
    const ok = await importJobs(runtime.context, { name: 'a.csv', bytes: Buffer.from(csv) });
    expect(ok).toMatchObject({ total: 1, imported: 1, problems: [] });
    const noHeader = await importJobs(runtime.context, {
      name: 'b.csv',
      bytes: Buffer.from('a,b,c\n1,2,3\n'),
    });
    expect(noHeader.problems[0]!.message).toMatch(/^第1行（表头）缺少列：岗位名称/);
    const wrongKind = await importJobs(runtime.context, { name: 'c.pdf', bytes: Buffer.from('x') });
    expect(wrongKind.problems[0]!.message).toMatch(/不支持的文件类型/);
  });

  it('tells subscribers what was imported', async () => {
    const seen: string[] = [];
    runtime.context.sync.onJobsChanged((c) => seen.push(`${c.source}:${c.upserted.length}`));
    await importJobs(runtime.context, { name: 'a.json', bytes: Buffer.from(JSON.stringify([posting()])) });
    expect(seen).toEqual(['import:1']);
  });
});
