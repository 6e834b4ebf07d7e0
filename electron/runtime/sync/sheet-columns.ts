/**
 * The job spreadsheet's columns, in order: what the template writes and what the import reads.
 * Headers are what staff see; `*` marks a required column.
 */
export const sheetColumns = [
  { key: 'id', header: '编号', width: 14, note: '留空则按内容自动生成；相同编号再次导入即更新' },
  { key: 'title', header: '岗位名称*', width: 18, note: '如：小区保洁员' },
  { key: 'occupation', header: '职业代码*', width: 14, note: '职业分类大典代码（如 4-09-08-02）或职业名称' },
  { key: 'employer', header: '用人单位*', width: 28, note: '单位全称' },
  { key: 'employerId', header: '单位编号', width: 16, note: '统一社会信用代码等；留空自动生成' },
  { key: 'agency', header: '劳务派遣/中介', width: 12, note: '是 / 否；留空按单位名称判断' },
  { key: 'district', header: '区县*', width: 10, note: '如：二道区' },
  { key: 'address', header: '工作地址*', width: 32, note: '街道门牌' },
  { key: 'amount', header: '工资*', width: 8, note: '数字，元' },
  { key: 'amountMax', header: '工资上限', width: 8, note: '数字，元；可空' },
  { key: 'unit', header: '工资单位*', width: 10, note: '时 / 天 / 周 / 月 / 件' },
  { key: 'pieceLabel', header: '计件单位', width: 10, note: '工资单位为“件”时：单、件、箱…' },
  { key: 'settlement', header: '结算方式*', width: 10, note: '日结 / 周结 / 月结' },
  { key: 'schedule', header: '用工类型*', width: 10, note: '日结 / 短期 / 长期' },
  { key: 'headcount', header: '招聘人数*', width: 10, note: '整数' },
  { key: 'startDate', header: '开始日期*', width: 12, note: '2026-11-21' },
  { key: 'validThrough', header: '截止日期*', width: 12, note: '2026-12-21' },
  { key: 'ageMin', header: '最低年龄', width: 10, note: '16-80' },
  { key: 'ageMax', header: '最高年龄', width: 10, note: '16-80' },
  { key: 'certificates', header: '证书要求', width: 16, note: '多个用、分隔' },
  { key: 'workHours', header: '工作时间', width: 14, note: '如：8:00-17:00' },
  { key: 'payProtection', header: '保障条款', width: 20, note: '如：临时取消付4小时工资' },
  { key: 'description', header: '岗位描述', width: 40, note: '纯文字，2000字以内' },
  { key: 'contactPhone', header: '联系电话', width: 14, note: '' },
  { key: 'lat', header: '纬度', width: 10, note: '可空' },
  { key: 'lng', header: '经度', width: 10, note: '可空' },
] as const;

export type SheetKey = (typeof sheetColumns)[number]['key'];

export const settlementWords: Record<string, 'daily' | 'weekly' | 'monthly'> = {
  日结: 'daily',
  周结: 'weekly',
  月结: 'monthly',
};
export const scheduleWords: Record<string, 'day' | 'short' | 'long'> = {
  日结: 'day',
  短期: 'short',
  长期: 'long',
};
