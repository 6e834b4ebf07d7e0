/** Chinese wording for reasons, flags and the daily-wage figure. The UI may use its own i18n instead. */
import type { DailyWage, Flag, Reason } from '../../contract/match';

const scheduleZh = { day: '日结零活', short: '短期工', long: '长期工' } as const;
const unitZh = { hour: '时', day: '天', week: '周', month: '月', piece: '件' } as const;

export function reasonZh(r: Reason): string {
  switch (r.code) {
    case 'occupation-exact':
      return '工种对口';
    case 'occupation-minor-group':
      return `相近工种（${r.name}）`;
    case 'occupation-group':
      return `同属${r.name}`;
    case 'occupation-related':
      return `相关工种（${r.name}）`;
    case 'keyword':
      return `符合“${r.keyword}”`;
    case 'pay-above':
      return `日薪比期望高${r.amount}元`;
    case 'pay-meets':
      return '日薪符合期望';
    case 'pay-below':
      return `日薪比期望低${r.amount}元`;
    case 'pay-not-comparable':
      return '计件工资，多劳多得';
    case 'distance':
      return r.from === 'home' ? `距离${r.km}公里` : `距驿站${r.km}公里`;
    case 'schedule-fit':
      return `是您想要的${scheduleZh[r.schedule]}`;
    case 'settles-daily':
      return '当天结工资';
    case 'starts-today':
      return '今天可上岗';
    case 'starts-in':
      return `${r.days}天后上岗`;
    case 'confirmed':
      return r.hoursAgo < 1
        ? '刚刚确认过'
        : r.hoursAgo < 24
          ? `${r.hoursAgo}小时前确认过`
          : `${Math.floor(r.hoursAgo / 24)}天前确认过`;
    case 'posted':
      return r.daysAgo === 0 ? '今天新发布' : `${r.daysAgo}天前发布`;
    case 'public-welfare':
      return '公益性岗位（您符合条件）';
    case 'pay-protection':
      return `保障：${r.terms}`;
    case 'employer-disputes':
      return `该单位有${r.count}次工资纠纷记录`;
    case 'employer-no-shows':
      return `该单位有${r.count}次爽约记录`;
  }
}

export function flagZh(f: Flag): string {
  switch (f.code) {
    case 'sex-requirement':
      return `招聘限${f.sex === 'male' ? '男' : '女'}性，请工作人员核实`;
    case 'agency':
      return '劳务派遣/中介';
    case 'age-unchecked':
      return `有年龄要求（${f.ageMin ?? ''}–${f.ageMax ?? ''}岁），请核实`;
    case 'duplicates':
      return `另有${f.ids.length}条相同招聘已合并`;
  }
}

/** "约 300 元/天（按每天8小时）", or the stated piece rate when it cannot be converted. */
export function dailyWageZh(w: DailyWage): string {
  const range = (a: number, b: number | null) => (b !== null && b !== a ? `${a}–${b}` : `${a}`);
  const s = w.stated;
  switch (w.basis.code) {
    case 'per-day':
      return `${range(s.amount, s.amountMax ?? null)} 元/天`;
    case 'hourly':
      return `约 ${range(w.daily!, w.dailyMax)} 元/天（${s.amount}元/${unitZh.hour}，按每天${w.basis.hoursPerDay}小时）`;
    case 'monthly':
      return `约 ${range(w.daily!, w.dailyMax)} 元/天（${s.amount}元/${unitZh.month}，按每月${w.basis.daysPerMonth}天）`;
    case 'weekly':
      return `约 ${range(w.daily!, w.dailyMax)} 元/天（${s.amount}元/${unitZh.week}，按每周${w.basis.daysPerWeek}天）`;
    case 'piece-stated-output':
      return `约 ${w.daily} 元/天（${s.amount}元/${s.pieceLabel ?? unitZh.piece}，按每天${w.basis.piecesPerDay}${s.pieceLabel ?? unitZh.piece}）`;
    case 'piece-not-comparable':
      return `${s.amount}元/${s.pieceLabel ?? unitZh.piece}（计件）`;
  }
}
