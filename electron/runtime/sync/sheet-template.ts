import { loadExcelJs } from '../excel';
import { sheetColumns } from './sheet-columns';

/** The import template staff fill in: the header row, one example row, and a sheet explaining each column. */
export async function jobSheetTemplate(): Promise<Buffer> {
  const wb = new (await loadExcelJs()).Workbook();
  const sheet = wb.addWorksheet('岗位');
  sheet.columns = sheetColumns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.addRow({
    title: '小区保洁员',
    occupation: '4-09-08-02',
    employer: '长春市示例物业服务有限公司',
    agency: '否',
    district: '二道区',
    address: '吉林省长春市二道区东盛大街100号',
    amount: 160,
    unit: '天',
    settlement: '日结',
    schedule: '日结',
    headcount: 3,
    startDate: '2026-11-21',
    validThrough: '2026-12-21',
    ageMin: 18,
    ageMax: 60,
    workHours: '8:00-17:00',
    payProtection: '临时取消付4小时工资',
    description: '负责公共区域日常清洁，工具由单位提供。',
    contactPhone: '0431-80000000',
  });
  const help = wb.addWorksheet('填写说明');
  help.columns = [
    { header: '列', key: 'header', width: 16 },
    { header: '说明', key: 'note', width: 60 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of sheetColumns) help.addRow({ header: c.header, note: c.note });
  help.addRow({});
  help.addRow({
    header: '提示',
    note: '带*的列必填。示例行可直接删除或覆盖。每行一个岗位，导入时有误的行会列出行号和原因，其余行照常导入。',
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
