/** Simplified Chinese, the default. Short sentences: many readers read slowly. */
export const zhCN = {
  app: { title: '零工驿站', offline: '离线 · 数据更新于 {{time}}', connecting: '正在连接…' },
  kiosk: {
    attract: {
      title: '找工作，先刷身份证',
      hint: '请把身份证放在下方读卡器上',
      noCard: '没有身份证？请到前台',
    },
    reading: '正在读卡，请不要拿走身份证…',
    consent: {
      title: '{{name}}，您好',
      body: '为了给您推荐工作，我们需要保存您的姓名、身份证号和联系方式。',
      why: '只用于找工作和就业服务，保存一年，只有本驿站工作人员能看到。',
      share: '让招聘单位看到我的求职信息（不显示身份证号）',
      agree: '同意，开始登记',
      decline: '不同意，只看看岗位',
    },
    done: { registered: '登记成功', welcome: '欢迎回来', hello: '{{name}}，您好', next: '正在为您推荐工作…' },
    needsDesk: { title: '这张证件需要人工办理', body: '请到前台，工作人员会帮您登记。' },
    declined: { title: '没关系', body: '您的信息没有保存。您可以先看看岗位。' },
    finish: '完成',
    removed: '身份证已拿走',
  },
  desk: {
    title: '前台 · 求职者',
    search: '姓名 / 身份证后四位 / 电话',
    empty: '还没有求职者登记',
    columns: { name: '姓名', id: '身份证号', age: '年龄', registered: '登记时间', lastSeen: '最近来访' },
    total: '共 {{count}} 人',
    age: '{{age}}岁',
  },
  screen: {
    title: '{{station}} · 今日',
    registrations: '今日登记',
    returning: '再次来访',
    openJobs: '在招岗位',
    latestJobs: '最新岗位',
  },
  booth: { title: '招聘摊位', jobs: '本站在招岗位' },
  jobs: {
    pay: {
      hour: '{{amount}}元/小时',
      day: '{{amount}}元/天',
      week: '{{amount}}元/周',
      month: '{{amount}}元/月',
      piece: '{{amount}}元/{{label}}',
    },
    settlement: { daily: '日结', weekly: '周结', monthly: '月结' },
    headcount: '招{{count}}人',
  },
  pairing: {
    title: '配对这台设备',
    hint: '请在前台电脑上生成配对码，然后在这里输入 6 位数字。',
    wrong: '配对码不对或已过期，请重新生成。',
    tooMany: '尝试次数太多，请 5 分钟后再试。',
    clear: '清空',
    back: '删除',
  },
  demo: { title: '演示读卡器', place: '放一张证', remove: '拿走', next: '下一位' },
  errors: { generic: '出了点问题，请再试一次或找工作人员。', unavailable: '暂时连不上，请稍候。' },
};

export type Resources = typeof zhCN;
