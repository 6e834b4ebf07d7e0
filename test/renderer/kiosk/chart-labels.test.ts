import { describe, expect, it } from 'vitest';
import { chartLabels, employerWithoutPlace } from '../../../renderer/kiosk/chart-labels';

describe('the wage chart’s bar names', () => {
  it('are the titles, told apart by a short name of the employer where two are alike', () => {
    expect(
      chartLabels([
        { title: '医院护工', employer: '长春市兴业护理院', district: '绿园区' },
        { title: '绿化养护工', employer: '长春市春城生态农业有限公司', district: '经开区' },
        { title: '绿化养护工', employer: '长春市永辉达劳务派遣有限公司', district: '朝阳区' },
      ]),
    ).toEqual(['医院护工', '绿化养护工 · 春城', '绿化养护工 · 永辉']);
  });

  it('take as many characters as tell two employers apart, and the district when one employer posts both', () => {
    expect(
      chartLabels([
        { title: '保洁员', employer: '长春市安居家政服务有限公司', district: '宽城区' },
        { title: '保洁员', employer: '长春市安居物业有限公司', district: '二道区' },
        { title: '保洁员', employer: '长春市诚信保洁服务有限公司', district: '绿园区' },
        { title: '保洁员', employer: '长春市诚信保洁服务有限公司', district: '南关区' },
      ]),
    ).toEqual(['保洁员 · 安居家', '保洁员 · 安居物', '保洁员 · 诚信 绿园区', '保洁员 · 诚信 南关区']);
  });

  it('number what nothing else tells apart', () => {
    const same = { title: '搬运工', employer: '长春市速达物流有限公司', district: '二道区' };
    expect(chartLabels([same, same])).toEqual(['搬运工 · 速达 二道区 1', '搬运工 · 速达 二道区 2']);
  });

  it('drop only the province and city an employer is registered in', () => {
    expect(employerWithoutPlace('吉林省长春市安居家政服务有限公司')).toBe('安居家政服务有限公司');
    expect(employerWithoutPlace('安居家政')).toBe('安居家政');
  });
});
