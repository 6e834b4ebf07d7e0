import type { KeyGroup, Outcome, ServiceKind } from '../../api';

/** Chinese labels for the ledger and reports (the renderer has its own in i18n resources). */
export const keyGroupLabel: Record<KeyGroup, string> = {
  'hard-to-employ': '就业困难人员',
  'zero-employment-family': '零就业家庭',
  'poverty-relief': '脱贫劳动力',
  'unemployed-graduate': '离校未就业高校毕业生',
  veteran: '退役军人',
  disabled: '残疾人',
  'rural-migrant': '农村转移劳动力',
};

export const serviceLabel: Record<ServiceKind, string> = {
  policy: '政策宣传',
  guidance: '职业指导',
  referral: '职业介绍',
  training: '技能培训',
  internship: '就业见习',
};

export const outcomeLabel: Record<Outcome, string> = {
  seeking: '求职中',
  employed: '已就业',
  'not-seeking': '暂不求职',
};

export const sexLabel = { male: '男', female: '女', unknown: '' } as const;
